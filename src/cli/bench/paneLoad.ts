/**
 * Time from navigation start to the first suggestion card in the task pane, in headless
 * Chromium over the local Office stand-in page, in fresh browser contexts (cold cache).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";
import { serveDirectory } from "../staticServer";
import { median } from "./stats";

const PREVIEW_PAGE = "preview-pane.html";
const SAMPLE_QUERY = "?sample=internal_meeting";
const WAIT_MS = 20_000;

export type PaneLoadResult =
  | {
      ok: true;
      samplesMs: number[];
      medianMs: number;
      source: string;
      /** Our scripts (dist/ paths) the first run fetched before its first suggestion showed. */
      scriptsBeforeSuggestion: string[];
      /** Our scripts the first run fetched once the page had settled (lazy chunks loaded at start). */
      scriptsAfterSettling: string[];
    }
  | { ok: false; reason: string };

/** The preview's stand-in for office.js, which Outlook loads from Microsoft's CDN instead. */
const STAND_IN_SCRIPT = /^officeStandIn\b/;
const SETTLE_MS = 1500;

/*
 * The page-side code is kept as source text: tsx (esbuild with keepNames) wraps functions in a
 * `__name` helper that does not exist in the page, so serialised functions would not run there.
 */

/**
 * Runs in the page before its own scripts: notes when a suggestion card is first visible, for a
 * pane build that does not set the "first-suggestion" performance mark.
 */
const WATCH_FOR_SUGGESTION_CARD = `(() => {
  const visibleCard = () => {
    const card = document.querySelector('[data-testid="suggestion-card"]');
    if (!card) return false;
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    if (window.__firstSuggestionCardMs === undefined && visibleCard()) {
      window.__firstSuggestionCardMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** Evaluates in the page to the first-suggestion time, preferring the pane's own mark; null until then. */
const READ_FIRST_SUGGESTION = `(() => {
  const mark = performance.getEntriesByName("first-suggestion")[0];
  if (mark) return { ms: mark.startTime, source: 'performance.mark("first-suggestion")' };
  const seen = window.__firstSuggestionCardMs;
  return seen === undefined ? null : { ms: seen, source: "suggestion card visible (MutationObserver)" };
})()`;

/** Median over `runs` fresh contexts, or why it could not be measured. */
export async function measurePaneLoad(distDir: string, runs: number): Promise<PaneLoadResult> {
  if (!existsSync(CHROMIUM_PATH)) return { ok: false, reason: `Chromium not found at ${CHROMIUM_PATH}` };
  if (!existsSync(join(distDir, PREVIEW_PAGE))) {
    return { ok: false, reason: `${PREVIEW_PAGE} not in ${distDir} (the preview build is not there yet)` };
  }

  const { chromium } = await import("playwright-core");
  const server = await serveDirectory(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const samplesMs: number[] = [];
    let source = "";
    let scriptsBeforeSuggestion: string[] = [];
    let scriptsAfterSettling: string[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const fetched: string[] = [];
        if (run === 0) {
          page.on("request", (request) => {
            const url = new URL(request.url());
            const file = url.pathname.replace(/^\//, "");
            if (url.origin === server.url && file.endsWith(".js") && !STAND_IN_SCRIPT.test(file)) fetched.push(file);
          });
        }
        await page.addInitScript({ content: WATCH_FOR_SUGGESTION_CARD });
        await page.goto(`${server.url}/${PREVIEW_PAGE}${SAMPLE_QUERY}`);
        const found = await page
          .waitForFunction(READ_FIRST_SUGGESTION, undefined, { timeout: WAIT_MS, polling: 50 })
          .then((handle) => handle.jsonValue() as Promise<{ ms: number; source: string }>)
          .catch(() => null);
        if (!found) {
          return { ok: false, reason: `no suggestion card appeared within ${WAIT_MS / 1000} s on ${PREVIEW_PAGE}` };
        }
        samplesMs.push(found.ms);
        source = found.source;
        if (run === 0) {
          scriptsBeforeSuggestion = [...fetched];
          await page.waitForTimeout(SETTLE_MS);
          scriptsAfterSettling = [...new Set(fetched)];
        }
      } finally {
        await context.close();
      }
    }
    return {
      ok: true,
      samplesMs,
      medianMs: median(samplesMs),
      source,
      scriptsBeforeSuggestion: [...new Set(scriptsBeforeSuggestion)],
      scriptsAfterSettling,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
