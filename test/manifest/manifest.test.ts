// Offline checks on manifest.xml: what Outlook, AppSource validation or a sideload would reject, and what
// the add-in's code relies on (surfaces, function name, permission). `npm run validate` needs Microsoft's
// service, so it stays out of the tests; no official XSD is available offline either.
import fs from "fs";
import path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { OfficeAddinManifest } from "office-addin-manifest";
import { DEV_URL, publicBaseUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const manifestXml = fs.readFileSync(MANIFEST_PATH, "utf8");

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  overrides11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};

/** Parses XML and fails on anything the parser reports, warnings included. */
function parseStrict(xml: string): Element {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
    xml,
    "text/xml",
  );
  if (problems.length > 0) throw new Error(`manifest is not well-formed XML:\n${problems.join("\n")}`);
  if (!doc.documentElement) throw new Error("manifest has no root element");
  return doc.documentElement;
}

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function descendants(parent: Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

function onlyChild(parent: Element, localName: string): Element {
  const matches = childElements(parent).filter((e) => e.localName === localName);
  if (matches.length !== 1)
    throw new Error(`expected one <${localName}> in <${parent.localName}>, found ${matches.length}`);
  return matches[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** Asserts the children's names follow `order` (entries not present may be skipped, unknown names fail). */
function expectSchemaOrder(parent: Element, order: readonly string[]): void {
  const names = childElements(parent).map((e) => e.localName ?? "");
  const positions = names.map((name) => order.indexOf(name));
  expect(names.filter((_, i) => positions[i] < 0)).toEqual([]);
  const inOrder = [...positions].sort((a, b) => a - b);
  expect(names).toEqual(inOrder.map((p) => order[p]));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every absolute URL in the document: attribute values and text content. */
function allUrls(root: Element): string[] {
  const urls: string[] = [];
  const visit = (el: Element) => {
    for (const attr of Array.from(el.attributes)) {
      if (/^[a-z]+:\/\//i.test(attr.value) && attr.namespaceURI !== "http://www.w3.org/2000/xmlns/") {
        urls.push(attr.value);
      }
    }
    const text = childElements(el).length === 0 ? (el.textContent ?? "").trim() : "";
    if (/^[a-z]+:\/\//i.test(text)) urls.push(text);
    childElements(el).forEach(visit);
  };
  visit(root);
  return urls;
}

interface WebpackPluginLike {
  userOptions?: { filename?: string };
  patterns?: { from: string; to?: string }[];
}
type WebpackConfigFactory = (env: object, argv: { mode: string }) => { plugins: WebpackPluginLike[] };

/** Output paths of the production build: HtmlWebpackPlugin pages plus what CopyWebpackPlugin copies. */
function filesTheBuildEmits(): Set<string> {
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigFactory;
  const emitted = new Set<string>();
  for (const plugin of makeConfig({}, { mode: "production" }).plugins) {
    if (plugin.userOptions?.filename) emitted.add(plugin.userOptions.filename);
    for (const { from, to = "[name][ext]" } of plugin.patterns ?? []) {
      const dir = path.dirname(from);
      const namePattern = new RegExp(`^${path.basename(from).replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`);
      for (const file of fs.readdirSync(path.join(ROOT, dir)).filter((f) => namePattern.test(f))) {
        const { name, ext } = path.parse(file);
        emitted.add(to.replace("[name]", name).replace("[ext]", ext));
      }
    }
  }
  return emitted;
}

const officeApp = parseStrict(manifestXml);
const overrides10 = onlyChild(officeApp, "VersionOverrides");
const overrides11 = onlyChild(overrides10, "VersionOverrides");
const resources = onlyChild(overrides11, "Resources");
const desktop = descendants(overrides11, "DesktopFormFactor")[0];

function extensionPoint(type: string): Element {
  const matches = childElements(desktop).filter((e) => e.localName === "ExtensionPoint" && xsiType(e) === type);
  if (matches.length !== 1) throw new Error(`expected one ${type} extension point, found ${matches.length}`);
  return matches[0];
}

function buttons(surface: Element, actionType: string): Element[] {
  return descendants(surface, "Control").filter((control) =>
    descendants(control, "Action").some((action) => xsiType(action) === actionType),
  );
}

/** resource id → its element, across Images, Urls, ShortStrings and LongStrings. */
const resourceElements = childElements(resources).flatMap((section) => childElements(section));
const resourceUrl = (resid: string): string =>
  resourceElements.find((e) => e.getAttribute("id") === resid)?.getAttribute("DefaultValue") ?? "";

describe("manifest.xml structure", () => {
  it("is a MailApp in the appforoffice 1.1 namespace", () => {
    expect(officeApp.localName).toBe("OfficeApp");
    expect(officeApp.namespaceURI).toBe(NS.officeApp);
    expect(xsiType(officeApp)).toBe("MailApp");
  });

  it("lists the OfficeApp children in the order the MailApp schema demands", () => {
    expectSchemaOrder(officeApp, [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisabledEntities",
      "VersionOverrides",
    ]);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"]) {
      onlyChild(officeApp, required);
    }
    for (const required of ["FormSettings", "Permissions", "Rule", "Requirements", "Hosts"]) {
      onlyChild(officeApp, required);
    }
  });

  it("orders VersionOverrides, resources and controls as their schemas demand", () => {
    expectSchemaOrder(overrides11, ["Requirements", "Hosts", "Resources"]);
    expectSchemaOrder(resources, ["Images", "Urls", "ShortStrings", "LongStrings"]);
    for (const control of descendants(desktop, "Control")) {
      expectSchemaOrder(control, ["Label", "Supertip", "Icon", "Action"]);
    }
    for (const action of descendants(desktop, "Action")) {
      expectSchemaOrder(action, ["SourceLocation", "SupportsPinning", "FunctionName"]);
    }
    expect(childElements(desktop)[0].localName).toBe("FunctionFile");
    expectSchemaOrder(desktop, ["FunctionFile", "ExtensionPoint", "SupportsSharedFolders"]);
  });

  it("is available in shared folders and shared mailboxes (delegate access)", () => {
    expect(onlyChild(desktop, "SupportsSharedFolders").textContent).toBe("true");
  });

  it("nests a 1.1 VersionOverrides inside the 1.0 one", () => {
    expect(overrides10.namespaceURI).toBe(NS.overrides10);
    expect(xsiType(overrides10)).toBe("VersionOverridesV1_0");
    expect(overrides11.namespaceURI).toBe(NS.overrides11);
    expect(xsiType(overrides11)).toBe("VersionOverridesV1_1");
    const host = onlyChild(onlyChild(overrides11, "Hosts"), "Host");
    expect(xsiType(host)).toBe("MailHost");
  });

  it("has a GUID Id and an n.n.n.n Version", () => {
    expect(onlyChild(officeApp, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(onlyChild(officeApp, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it("names the add-in and targets the mailbox", () => {
    expect(onlyChild(officeApp, "DisplayName").getAttribute("DefaultValue")).toBe("Decline Assistant");
    expect(onlyChild(officeApp, "DefaultLocale").textContent).toBe("en-US");
    const hosts = childElements(onlyChild(officeApp, "Hosts")).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Mailbox"]);
  });
});

describe("manifest.xml requirements and permissions", () => {
  it("asks for the same Mailbox requirement set in both places", () => {
    const legacySets = descendants(onlyChild(officeApp, "Requirements"), "Set");
    expect(legacySets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["Mailbox", "1.5"]]);
    const sets = descendants(onlyChild(overrides11, "Requirements"), "Sets")[0];
    const setNames = descendants(sets, "Set").map((s) => s.getAttribute("Name"));
    expect(setNames).toEqual(["Mailbox"]);
    const overrideVersion =
      descendants(sets, "Set")[0].getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion");
    expect(overrideVersion).toBe("1.5");
  });

  it("requests ReadWriteItem, enough to insert a reply and no more", () => {
    expect(onlyChild(officeApp, "Permissions").textContent).toBe("ReadWriteItem");
  });

  it("activates on read messages, read appointments and message compose", () => {
    const rule = onlyChild(officeApp, "Rule");
    expect(xsiType(rule)).toBe("RuleCollection");
    expect(rule.getAttribute("Mode")).toBe("Or");
    const itemRules = childElements(rule).map(
      (r) => `${xsiType(r)} ${r.getAttribute("ItemType")} ${r.getAttribute("FormType")}`,
    );
    expect(itemRules.sort()).toEqual(["ItemIs Appointment Read", "ItemIs Message Edit", "ItemIs Message Read"]);
  });

  it("opens the task pane from both legacy forms", () => {
    const forms = childElements(onlyChild(officeApp, "FormSettings"));
    expect(forms.map(xsiType).sort()).toEqual(["ItemEdit", "ItemRead"]);
    for (const form of forms) {
      expect(descendants(form, "SourceLocation")[0].getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
    }
  });
});

describe("manifest.xml commands", () => {
  const readSurfaces = ["MessageReadCommandSurface", "AppointmentAttendeeCommandSurface"];

  it.each([...readSurfaces, "MessageComposeCommandSurface"])("%s has a button that opens the task pane", (type) => {
    const [paneButton, ...others] = buttons(extensionPoint(type), "ShowTaskpane");
    expect(others).toHaveLength(0);
    expect(resourceUrl(descendants(paneButton, "SourceLocation")[0].getAttribute("resid") ?? "")).toBe(
      `${DEV_URL}taskpane.html`,
    );
    const label = descendants(paneButton, "Label")[0].getAttribute("resid") ?? "";
    expect(resourceElements.find((e) => e.getAttribute("id") === label)?.getAttribute("DefaultValue")).toBe(
      "Decline Assistant",
    );
    for (const tab of descendants(extensionPoint(type), "OfficeTab")) expect(tab.getAttribute("id")).toBe("TabDefault");
  });

  it.each(readSurfaces)("%s lets the pane be pinned", (type) => {
    const [paneButton] = buttons(extensionPoint(type), "ShowTaskpane");
    expect(descendants(paneButton, "SupportsPinning").map((e) => e.textContent)).toEqual(["true"]);
  });

  it.each(readSurfaces)("%s has a 'Decline with message' function command calling declineWithMessage", (type) => {
    const commands = buttons(extensionPoint(type), "ExecuteFunction");
    expect(commands).toHaveLength(1);
    expect(descendants(commands[0], "FunctionName").map((e) => e.textContent)).toEqual(["declineWithMessage"]);
    const label = descendants(commands[0], "Label")[0].getAttribute("resid") ?? "";
    expect(resourceElements.find((e) => e.getAttribute("id") === label)?.getAttribute("DefaultValue")).toBe(
      "Decline with message",
    );
  });

  it("loads function commands from commands.html", () => {
    const functionFile = onlyChild(desktop, "FunctionFile");
    expect(resourceUrl(functionFile.getAttribute("resid") ?? "")).toBe(`${DEV_URL}commands.html`);
  });

  it("gives every control and group a unique id", () => {
    const ids = [...descendants(desktop, "Control"), ...descendants(desktop, "Group")].map((e) => e.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("manifest.xml resources", () => {
  const defined = resourceElements.map((e) => e.getAttribute("id") ?? "");
  const referenced = descendants(overrides11, "*")
    .map((e) => e.getAttribute("resid"))
    .filter((id): id is string => Boolean(id));

  it("defines every resid it references, and references everything it defines", () => {
    expect([...new Set(referenced)].sort()).toEqual([...defined].sort());
  });

  it("keeps resource ids unique and at most 32 characters", () => {
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
  });

  it("keeps labels within 125 characters and supertips within 250", () => {
    const lengthOf = (section: string) =>
      childElements(onlyChild(resources, section)).map((e) => (e.getAttribute("DefaultValue") ?? "").length);
    expect(Math.max(...lengthOf("ShortStrings"))).toBeLessThanOrEqual(125);
    expect(Math.max(...lengthOf("LongStrings"))).toBeLessThanOrEqual(250);
  });

  it("declares each button icon at the size its image file really has", () => {
    const iconRefs = descendants(desktop, "Image");
    expect(iconRefs.length).toBeGreaterThan(0);
    for (const ref of iconRefs) {
      const size = Number(ref.getAttribute("size"));
      const file = resourceUrl(ref.getAttribute("resid") ?? "").replace(DEV_URL, "");
      expect({ file, ...pngSize(path.join(ROOT, file)) }).toEqual({ file, width: size, height: size });
    }
  });

  it("uses a 64 px IconUrl and a 128 px HighResolutionIconUrl that exist", () => {
    for (const [element, size] of [
      ["IconUrl", 64],
      ["HighResolutionIconUrl", 128],
    ] as const) {
      const file = (onlyChild(officeApp, element).getAttribute("DefaultValue") ?? "").replace(DEV_URL, "");
      expect(pngSize(path.join(ROOT, file))).toEqual({ width: size, height: size });
    }
  });
});

describe("manifest.xml URLs", () => {
  const urls = allUrls(officeApp).filter((u) => !Object.values(NS).includes(u));

  it("uses https everywhere, all on the dev server in the source", () => {
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
  });

  it("points only at files the build emits", () => {
    const emitted = filesTheBuildEmits();
    const missing = urls.map((u) => u.slice(DEV_URL.length)).filter((file) => !emitted.has(file));
    expect(missing).toEqual([]);
  });
});

describe("production URL rewrite", () => {
  const publicUrl = "https://addin.example.com/decline";

  it("turns every dev-server URL into the public one and leaves no localhost behind", () => {
    const rewritten = rewriteManifestUrls(manifestXml, publicUrl);
    expect(rewritten).not.toMatch(/localhost/i);
    const before = allUrls(officeApp).filter((u) => u.startsWith(DEV_URL));
    const after = allUrls(parseStrict(rewritten)).filter((u) => u.startsWith("https://addin.example.com/"));
    expect(after).toEqual(before.map((u) => u.replace(DEV_URL, `${publicUrl}/`)));
  });

  it("treats the public URL the same with or without a trailing slash", () => {
    expect(rewriteManifestUrls(manifestXml, `${publicUrl}/`)).toBe(rewriteManifestUrls(manifestXml, publicUrl));
  });

  it("keeps the manifest well-formed when the path holds XML-special characters", () => {
    const rewritten = rewriteManifestUrls(manifestXml, "https://example.com/a&b");
    const icon = onlyChild(parseStrict(rewritten), "IconUrl").getAttribute("DefaultValue");
    expect(icon).toBe("https://example.com/a&b/assets/icon-64.png");
  });

  it.each(["http://addin.example.com/", "addin.example.com", "https://addin.example.com/?v=2"])(
    "refuses %s, which Outlook could not load",
    (bad) => {
      expect(() => publicBaseUrl(bad)).toThrow(/ADDIN_PUBLIC_URL/);
    },
  );
});

describe("Office tooling", () => {
  it("office-addin-manifest (used to sideload) reads the manifest as an Outlook mail add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(info).toMatchObject({
      id: onlyChild(officeApp, "Id").textContent,
      displayName: "Decline Assistant",
      officeAppType: "MailApp",
      hosts: ["Mailbox"],
      permissions: "ReadWriteItem",
      iconUrl: `${DEV_URL}assets/icon-64.png`,
    });
  });
});
