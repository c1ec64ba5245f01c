import { readFileSync } from "fs";
import { join } from "path";

const template = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
// Inlined into the page at build time (and allowed by its hash in the Content-Security-Policy).
const inlineScript = readFileSync(join(__dirname, "../../src/taskpane/unsupportedCheck.js"), "utf8");
const body = /<body>([\s\S]*)<\/body>/.exec(template)![1].replace(/<script[\s\S]*?<\/script>/g, "");

/** Runs the page's inline check against a window that has (or lacks) the modern features. */
function runCheck(features: Record<string, unknown>) {
  document.documentElement.removeAttribute("data-unsupported");
  document.body.innerHTML = body;
  // The check reads `window` and `document` as globals; here they are handed in.
  new Function("window", "document", inlineScript)(features, document);
  return document.getElementById("unsupported")!;
}

describe("taskpane.html on an old Outlook", () => {
  const modern = { Promise, fetch: () => undefined, Symbol };

  it("shows the too-old message when Promise, fetch or Symbol is missing", () => {
    for (const missing of ["Promise", "fetch", "Symbol"]) {
      const message = runCheck({ ...modern, [missing]: undefined });
      expect(message.style.display).toBe("block");
      expect(message.textContent).toMatch(/too old for Decline Assistant/);
      expect(document.documentElement.hasAttribute("data-unsupported")).toBe(true);
    }
  });

  it("stays hidden where the bundle can run", () => {
    expect(runCheck(modern).style.display).toBe("none");
    expect(document.documentElement.hasAttribute("data-unsupported")).toBe(false);
  });

  it("is written in ES5, which Internet Explorer can parse", () => {
    const code = inlineScript.replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
  });
});
