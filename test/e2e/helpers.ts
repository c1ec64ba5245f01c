/**
 * Shared set-up for the browser tests: one Chromium per test file, a fresh context per test,
 * the preview page and the pane frame inside it, axe checks and screenshots.
 * The runner (run.mjs) serves dist/ and passes its address in E2E_BASE_URL.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before } from "node:test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../src/cli/chromium";
import { en } from "../../src/taskpane/strings/en";
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "";
export const ROOT = path.resolve(__dirname, "..", "..");
export const SCREENSHOT_DIR = path.join(ROOT, "test-results", "screenshots");
const AXE_PATH = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/** Human names of the categories, as the pane's Category select lists them (ui-contract.md). */
export const CATEGORY_NAMES = en.categories;

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** Call once at the top of a test file: one browser for its tests, closed at the end. */
export function useBrowser(): void {
  before(async () => {
    assert.ok(BASE_URL, "E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`");
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  });
  after(async () => {
    await browser?.close();
  });
}

/**
 * A fresh context (own storage, own roaming settings) and page for one test. The pane's
 * Content-Security-Policy is set aside (axe-core is injected as an inline script) except where a test
 * checks the policy itself (`enforceCsp`).
 */
export async function newPage(
  viewport = { width: 1280, height: 800 },
  { enforceCsp = false }: { enforceCsp?: boolean } = {},
): Promise<Page> {
  assert.ok(browser, "useBrowser() was not called in this file");
  for (const stale of contexts.splice(0)) await stale.close();
  const context = await browser.newContext({
    viewport,
    permissions: ["clipboard-read", "clipboard-write"],
    bypassCSP: !enforceCsp,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  (page as PageWithProblems).problems = problems;
  return page;
}

type PageWithProblems = Page & { problems?: string[] };

/** Uncaught errors in the preview or the pane; a test ends by asserting there are none. */
export function pageErrors(page: Page): string[] {
  return (page as PageWithProblems).problems ?? [];
}

export function previewUrl(params: Record<string, string> = {}): string {
  return `${BASE_URL}/preview.html?${new URLSearchParams(params)}`;
}

/** Opens the preview on a sample and returns the pane frame once the pane has drawn a state. */
export async function openPreview(page: Page, params: Record<string, string> = {}): Promise<Frame> {
  await page.goto(previewUrl(params));
  return paneFrame(page);
}

/** The task pane iframe's frame, after the pane has finished loading the item. */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("iframe.addin-frame").elementHandle();
  assert.ok(handle, "no task pane iframe");
  const frame = await handle.contentFrame();
  assert.ok(frame, "the task pane iframe has no frame");
  await frame.waitForLoadState("load");
  await waitForPaneSettled(frame);
  return frame;
}

/** The pane is past "Reading the invitation…". */
export async function waitForPaneSettled(frame: Frame): Promise<void> {
  await frame
    .getByRole("combobox", { name: "Category" })
    .or(frame.getByRole("alert"))
    .or(frame.getByRole("status"))
    .first()
    .waitFor();
  await frame.getByText("Reading the invitation…").waitFor({ state: "hidden" });
}

/** Clicks an item in the preview's message list, by its subject. */
export async function selectItem(page: Page, subject: string | RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Messages" }).getByRole("button", { name: subject }).click();
}

export async function detectedText(frame: Frame): Promise<string> {
  return (
    (await frame
      .getByText(/^Detected: /)
      .first()
      .textContent()) ?? ""
  );
}

/** Polls until `check` stops throwing (Playwright's expect is not available under node:test). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Tabster (Fluent's focus manager, e.g. in TabList) adds focusable `aria-hidden` sentinels marked
 * data-tabster-dummy that hand focus straight on; by design, and exempted the same way by
 * Accessibility Insights (microsoft/accessibility-insights-web#7605, microsoft/tabster#288).
 */
function withoutTabsterSentinels(violation: AxeViolation): AxeViolation {
  if (violation.id !== "aria-hidden-focus") return violation;
  return { ...violation, nodes: violation.nodes.filter((node) => !node.html.includes("data-tabster-dummy")) };
}

/** Serious and critical axe-core violations in the frame (usually the pane). */
export async function seriousAxeViolations(frame: Frame): Promise<AxeViolation[]> {
  const hasAxe = await frame.evaluate(() => "axe" in window);
  if (!hasAxe) await frame.addScriptTag({ path: AXE_PATH });
  const violations = await frame.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations
    .map(withoutTabsterSentinels)
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"));
}

export async function assertAccessible(frame: Frame, state: string): Promise<void> {
  const violations = await seriousAxeViolations(frame);
  const described = violations.map(
    (v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(described, [], `axe found serious or critical violations in the pane (${state})`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** A screenshot of the task pane alone (its iframe), as Outlook would show it. */
export async function paneScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.locator("iframe.addin-frame").screenshot({ path: file });
  return file;
}

/** Sizes the preview's task pane to exactly `width` × `height` CSS pixels, as Outlook's pane would be. */
export async function sizePane(page: Page, width: number, height: number): Promise<void> {
  await page.addStyleTag({
    content: `.addin { width: auto; } .addin-frame { flex: none; width: ${width}px; height: ${height}px; }`,
  });
}

/** The raw HTML the add-in passed to displayReplyForm / displayReplyAllForm. */
export async function replyFormHtml(page: Page): Promise<string> {
  const form = page.getByRole("dialog", { name: "Reply form" });
  await form.waitFor();
  return (await form.getAttribute("data-html")) ?? "";
}
