/**
 * The Content-Security-Policy of the pages Outlook loads: the real pane bundle runs under it (in the
 * preview, whose pane page carries the same policy plus the local fake Graph) and the browser reports
 * no violation, while a script from anywhere else is refused, so the check can fail.
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Frame } from "playwright-core";
import { type FakeGraph, startFakeGraph } from "../fakes/graphServer";
import { BASE_URL, eventually, newPage, openPreview, useBrowser } from "./helpers";

useBrowser();

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph({ allowedOrigins: [new URL(BASE_URL).origin] });
});
afterEach(() => fake.close());

type Watched = Window & { __cspViolations?: string[] };

const violations = (frame: Frame) => frame.evaluate(() => (window as Watched).__cspViolations ?? []);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

test("the pane loads, reads the meeting and declines under its policy with no violation reported", async () => {
  const page = await newPage();
  // In every frame, before any script of the page runs.
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      watched.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const frame = await openPreview(page, { sample: "calendar-dinner", graph: fake.url });
  const policy = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.ok(policy, "the pane page has no Content-Security-Policy");
  assert.match(
    directives(policy).get("script-src")!.join(" "),
    /^'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-/,
  );

  const calendar = frame.getByRole("region", { name: "Calendar" });
  await calendar.getByRole("button", { name: "Decline without notifying", exact: true }).click();
  await calendar.getByRole("button", { name: "Confirm decline", exact: true }).click();
  await frame
    .getByRole("status")
    .filter({ hasText: /^Declined/ })
    .waitFor();
  // The lazily loaded templates panel runs under the policy too.
  await frame.getByRole("button", { name: "Templates and settings" }).click();
  await frame.getByRole("tab", { name: "Settings" }).waitFor();
  assert.equal(fake.state.declines.length, 1);
  assert.deepEqual(await violations(frame), []);

  // The watch works: a script from another origin is refused and reported.
  await frame.evaluate(() => {
    const script = document.createElement("script");
    script.src = "https://example.invalid/injected.js";
    document.head.append(script);
  });
  await eventually(async () =>
    assert.match((await violations(frame)).join("\n"), /^script-src.* https:\/\/example\.invalid/m),
  );
});

test("taskpane.html, commands.html and dialog.html allow only the add-in, office.js, Graph and Microsoft sign-in", async () => {
  for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
    const html = await (await fetch(`${BASE_URL}/${page}`)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(policy, `${page} has no Content-Security-Policy`);
    const rules = directives(policy);
    assert.deepEqual(rules.get("default-src"), ["'self'"], page);
    assert.deepEqual(rules.get("script-src")?.slice(0, 2), ["'self'", "https://appsforoffice.microsoft.com"], page);
    assert.deepEqual(
      rules.get("connect-src"),
      ["'self'", "https://graph.microsoft.com", "https://login.microsoftonline.com"],
      `${page}: the local fake Graph must never be allowed in Outlook's pages`,
    );
    assert.deepEqual(rules.get("object-src"), ["'none'"], page);
  }
});
