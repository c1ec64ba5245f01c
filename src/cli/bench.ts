/**
 * npm run bench -- [--rounds N] [--quick] [--build]
 * Classification speed on the dev corpus, worst-case inputs, peak memory, the task pane's
 * first-load JavaScript size and its time to the first suggestion in headless Chromium.
 * The last line is the machine-readable summary.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { numberOption, parseArgs, runCommand } from "./args";
import { loadCorpus, timeClassification } from "./bench/classifyTiming";
import { buildProduction, measureBundle, measureScripts, reasonToBuild, type BundleSize } from "./bench/bundleSize";
import { measurePaneLoad, type PaneLoadResult } from "./bench/paneLoad";
import { timePathological } from "./bench/pathological";
import { PeakMemory } from "./bench/stats";
import { table } from "./format";
import { reasonOf } from "../core/reasonOf";

const USAGE = `Usage: npm run bench -- [--rounds N] [--quick] [--build]

Options:
  --rounds N  passes over the dev corpus for the classification timing (default 1000)
  --quick     one run per worst-case input; skip the production build and the browser
  --build     rebuild dist/ even when it is up to date (it is rebuilt anyway when missing
              or older than src/, assets/, webpack.config.js, package.json)
  -h, --help  show this help
`;

const REPO_ROOT = resolve(__dirname, "../..");
const DEV_CORPUS = resolve(REPO_ROOT, "../shared/corpus/dev");
const DIST = join(REPO_ROOT, "dist");
const PANE_RUNS = 10;

const one = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "n/a");
const kb = (bytes: number) => bytes / 1024;

/** Measures the first-load bundle, building dist/ first when asked or when it is missing. */
function bundleReport(quick: boolean, forceBuild: boolean, notes: string[]): BundleSize | null {
  const page = join(DIST, "taskpane.html");
  const why = forceBuild ? "--build was given" : reasonToBuild(REPO_ROOT, DIST);
  if (!quick && why) {
    process.stderr.write(`building dist/ with webpack --mode production (${why})…\n`);
    const build = buildProduction(REPO_ROOT);
    notes.push(build.ok ? `rebuilt dist/ because ${why}` : `production build failed:\n${build.message}`);
  }
  if (!existsSync(page)) {
    notes.push(`task-pane size: n/a, ${page} does not exist${quick ? " (--quick does not build)" : ""}`);
    return null;
  }
  try {
    return measureBundle(DIST);
  } catch (error) {
    notes.push(`task-pane size: n/a, ${reasonOf(error)}`);
    return null;
  }
}

/** What the browser was seen to fetch of our JavaScript, as a table; office.js's stand-in left out. */
function fetchedScriptsReport(when: string, scripts: readonly string[]): string[] {
  try {
    const size = measureScripts(DIST, scripts);
    return [
      `Task pane JavaScript the browser ${when}`,
      table(
        ["script", "raw (KB)", "gzip -9 (KB)"],
        [
          ...size.scripts.map((script) => [script.src, one(kb(script.rawBytes)), one(kb(script.gzipBytes))]),
          ["total", one(kb(size.rawBytes)), one(kb(size.gzipBytes))],
        ],
      ),
      "",
    ];
  } catch (error) {
    return [`scripts ${when}: n/a, ${reasonOf(error)}`, ""];
  }
}

async function paneReport(quick: boolean): Promise<PaneLoadResult> {
  if (quick) return { ok: false, reason: "--quick skips the browser" };
  try {
    return await measurePaneLoad(DIST, PANE_RUNS);
  } catch (error) {
    return { ok: false, reason: `the browser run failed: ${reasonOf(error)}` };
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { rounds: { value: true }, quick: {}, build: {}, help: {} });
  if (args.options.has("help")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const rounds = numberOption(args, "rounds", 1000);
  const quick = args.options.has("quick");
  const notes: string[] = [];
  const memory = new PeakMemory();

  const corpus = await loadCorpus(DEV_CORPUS);
  const timing = timeClassification(corpus, rounds, memory);
  const worstCases = timePathological(quick ? 1 : 3, memory);
  const bundle = bundleReport(quick, args.options.has("build"), notes);
  const pane = await paneReport(quick);
  const peak = memory.report();

  const worst5mbMs = Math.max(...worstCases.map((result) => result.fiveMbMs));
  const out: string[] = [];
  out.push(
    `Classification with its situation facts, dev corpus (${timing.files} files × ${timing.rounds} rounds after warm-up)`,
    table(
      ["measure", "value"],
      [
        ["median (µs)", one(timing.medianUs)],
        ["p99 (µs)", one(timing.p99Us)],
        ["classifications / s", timing.perSecond.toFixed(0)],
      ],
    ),
    "",
    `Worst-case bodies (HTML → text → classify → facts; median of ${quick ? 1 : 3} runs)`,
    table(
      ["input", "1 MB (ms)", "5 MB (ms)", "5 MB / 1 MB"],
      worstCases.map((result) => [result.name, one(result.oneMbMs), one(result.fiveMbMs), result.ratio.toFixed(2)]),
    ),
    "",
    "Memory",
    table(
      ["measure", "MB"],
      [
        ["peak RSS sampled", one(peak.sampledMb)],
        ["maxRSS (resourceUsage)", one(peak.maxRssMb)],
      ],
    ),
    "",
  );
  if (bundle) {
    out.push(
      "Task pane first-load JavaScript (dist/taskpane.html <script src>)",
      table(
        ["script", "raw (KB)", "gzip -9 (KB)"],
        [
          ...bundle.scripts.map((script) => [script.src, one(kb(script.rawBytes)), one(kb(script.gzipBytes))]),
          ["total", one(kb(bundle.rawBytes)), one(kb(bundle.gzipBytes))],
        ],
      ),
      ...bundle.external.map((src) => `not counted (another origin): ${src}`),
      "",
    );
  }
  if (pane.ok) {
    out.push(
      `Pane: navigation start → first suggestion (${pane.samplesMs.length} fresh contexts, ${pane.source})`,
      `samples (ms): ${pane.samplesMs.map(one).join(" ")}`,
      `median (ms): ${one(pane.medianMs)}`,
      "",
      ...fetchedScriptsReport("fetched before the first suggestion", pane.scriptsBeforeSuggestion),
      ...fetchedScriptsReport(`fetched once the page settled (lazy chunks loaded at start)`, pane.scriptsAfterSettling),
    );
  } else {
    out.push(`pane-first-suggestion-ms: n/a because ${pane.reason}`, "");
  }
  out.push(...notes.map((note) => `note: ${note}`));
  out.push(
    `classify-median-us: ${one(timing.medianUs)} classify-p99-us: ${one(timing.p99Us)} ` +
      `worst-5mb-ms: ${one(worst5mbMs)} taskpane-js-gzip-kb: ${bundle ? one(kb(bundle.gzipBytes)) : "n/a"} ` +
      `pane-first-suggestion-ms: ${pane.ok ? one(pane.medianMs) : "n/a"}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

runCommand(USAGE, () => main(process.argv.slice(2)));
