import { screen, within } from "@testing-library/react";
import type { ReplyTemplate } from "../../src/core/replies/types";
import { defaultData, serialize, type StoredData } from "../../src/settings/schema";
import { STORE_KEY } from "../../src/settings/store";
import { EXPORT_FORMAT, exportData } from "../../src/settings/transfer";
import { readFileText } from "../../src/taskpane/templates/files";
import { MemoryRoaming } from "../settings/memoryRoaming";
import { persisted, renderPanel } from "./harness";

function coffeeTemplate(id: string, strategy: string): ReplyTemplate {
  return { id, category: "coffee_chat", strategy, whenToUse: "", texts: { brief: `${strategy}, thanks.` }, custom: true };
}

const mine: StoredData = { ...defaultData(), templates: [coffeeTemplate("mine-1", "Too busy")] };

function storeWith(data: StoredData): MemoryRoaming {
  return new MemoryRoaming({ [STORE_KEY]: serialize(data) });
}

function jsonFile(text: string): File {
  return new File([text], "templates.json", { type: "application/json" });
}

async function openTransfer(user: ReturnType<typeof renderPanel>["user"]) {
  await user.click(screen.getByRole("tab", { name: "Export and import" }));
  return screen.getByLabelText("Import from a file") as HTMLInputElement;
}

describe("export", () => {
  const createObjectURL = URL.createObjectURL;
  const revokeObjectURL = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    jest.restoreAllMocks();
  });

  it("downloads everything stored as decline-assistant-templates.json", async () => {
    // jsdom has no object URLs and does not download: record what the browser would be given.
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return "blob:export";
    };
    URL.revokeObjectURL = () => undefined;
    const downloads: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });

    const { user } = renderPanel({ store: storeWith(mine) });
    await openTransfer(user);
    await user.click(screen.getByRole("button", { name: "Export" }));

    expect(downloads).toEqual(["decline-assistant-templates.json blob:export"]);
    const exported = JSON.parse(await readFileText(blobs[0]));
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, ...mine });
    expect(screen.getByText("The file decline-assistant-templates.json was downloaded.")).toBeTruthy();
  });
});

describe("import", () => {
  it("refuses a file that is not JSON with the specific reason, changing nothing", async () => {
    const store = storeWith(mine);
    const { user, onChange } = renderPanel({ store });
    const input = await openTransfer(user);
    expect(input.getAttribute("accept")).toBe("application/json,.json");
    await user.upload(input, jsonFile("{ templates: oops"));

    const error = await screen.findByText(/^This file is not valid JSON: /);
    expect(error.closest("[role=alert]")).not.toBeNull();
    expect(store.memory.get(STORE_KEY)).toBe(serialize(mine));
    expect(onChange).not.toHaveBeenCalled();
  });

  it("names the field that makes an export unusable, changing nothing", async () => {
    const store = storeWith(mine);
    const { user } = renderPanel({ store });
    const input = await openTransfer(user);
    const broken = JSON.parse(exportData({ ...defaultData(), templates: [coffeeTemplate("x", "Broken")] }));
    broken.templates[0].texts = {};
    await user.upload(input, jsonFile(JSON.stringify(broken)));

    await screen.findByText("This file cannot be imported: templates[0].texts has no text in any tone.");
    expect(store.memory.get(STORE_KEY)).toBe(serialize(mine));
  });

  it("asks about a template already here, and Keep both keeps both", async () => {
    const store = storeWith(mine);
    const { user, onChange } = renderPanel({ store });
    const input = await openTransfer(user);
    const file = exportData({ ...defaultData(), templates: [coffeeTemplate("mine-1", "Imported wording")] });
    await user.upload(input, jsonFile(file));

    const dialog = await screen.findByRole("alertdialog", { name: "Some templates are already here" });
    expect(within(dialog).getByText(/same id as yours \(mine-1\)/)).toBeTruthy();
    // findBy: the dialog is in the document before its content is in the accessibility tree (it
    // opens with aria-hidden until its focus trap is ready); wait for the button, not for time.
    await user.click(await within(dialog).findByRole("button", { name: "Keep both" }));

    await screen.findByText("Imported 1 template and the file's settings.");
    const stored = persisted(store)!;
    expect(stored.templates.map((t) => [t.id, t.strategy])).toEqual([
      ["mine-1", "Too busy"],
      ["mine-1-2", "Imported wording"],
    ]);
    expect(onChange).toHaveBeenLastCalledWith(stored);

    // findBy: the panel is back in the accessibility tree once the dialog has closed.
    await user.click(await screen.findByRole("tab", { name: "Templates" }));
    expect(await screen.findByRole("listitem", { name: "Too busy" })).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "Imported wording" })).toBeTruthy();
  });

  it("Replace puts the file's version in place of yours", async () => {
    const store = storeWith(mine);
    const { user } = renderPanel({ store });
    const input = await openTransfer(user);
    await user.upload(input, jsonFile(exportData({ ...defaultData(), templates: [coffeeTemplate("mine-1", "Newer")] })));
    const dialog = await screen.findByRole("alertdialog", { name: "Some templates are already here" });
    await user.click(await within(dialog).findByRole("button", { name: "Replace" }));

    await screen.findByText("Imported 1 template and the file's settings.");
    expect(persisted(store)!.templates.map((t) => [t.id, t.strategy])).toEqual([["mine-1", "Newer"]]);
  });
});
