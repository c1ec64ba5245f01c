/**
 * Size of the JavaScript a first load of the task pane fetches: the <script src> files that
 * dist/taskpane.html names, raw and gzip -9. Scripts from other origins (Office's CDN) are not
 * ours and are listed but not counted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  scripts: { src: string; rawBytes: number; gzipBytes: number }[];
  external: string[];
  rawBytes: number;
  gzipBytes: number;
}

const SCRIPT_SRC = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** The src of every <script> element of an HTML page, in order. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(SCRIPT_SRC)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
}

function isExternal(src: string): boolean {
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(src);
}

/** Newest modification time (ms) of a file or of any file below a folder; 0 when missing. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs);
}

/** Inputs of the pane build: a change to any of them makes dist/ out of date. */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "package.json", "tsconfig.json", "manifest.xml"];

/** Why dist/ needs building before it is measured, or null when it is there and up to date. */
export function reasonToBuild(repoRoot: string, distDir: string, page = "preview-pane.html"): string | null {
  const built = join(distDir, page);
  if (!existsSync(built)) return `${page} is missing`;
  const builtAt = statSync(built).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestChange(join(repoRoot, input)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

/**
 * Runs the production build with the preview pages the load timing needs (`npm run build` leaves them
 * out; the pane's own files are the same either way); its output goes to stderr so stdout stays the report.
 */
export function buildProduction(repoRoot: string): { ok: boolean; message: string } {
  const result = spawnSync("npx", ["webpack", "--mode", "production", "--env", "preview"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ok = result.status === 0;
  return {
    ok,
    message: ok
      ? "built dist/ with webpack --mode production --env preview"
      : `${result.stderr}${result.stdout}`.trim(),
  };
}

function sizeOf(distDir: string, src: string): BundleSize["scripts"][number] {
  const path = join(distDir, src.split(/[?#]/)[0].replace(/^\//, ""));
  if (!existsSync(path)) throw new Error(`${src} is not in ${distDir}`);
  const content = readFileSync(path);
  return { src, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Sizes of a list of our own scripts (paths inside dist/), e.g. those a browser was seen to fetch. */
export function measureScripts(distDir: string, sources: readonly string[]): BundleSize {
  const result: BundleSize = { scripts: [], external: [], rawBytes: 0, gzipBytes: 0 };
  for (const src of sources) {
    const entry = sizeOf(distDir, src);
    result.scripts.push(entry);
    result.rawBytes += entry.rawBytes;
    result.gzipBytes += entry.gzipBytes;
  }
  return result;
}

export function measureBundle(distDir: string, page = "taskpane.html"): BundleSize {
  const html = readFileSync(join(distDir, page), "utf8");
  const result: BundleSize = { scripts: [], external: [], rawBytes: 0, gzipBytes: 0 };
  for (const src of scriptSources(html)) {
    if (isExternal(src)) {
      result.external.push(src);
      continue;
    }
    const entry = sizeOf(distDir, src);
    result.scripts.push(entry);
    result.rawBytes += entry.rawBytes;
    result.gzipBytes += entry.gzipBytes;
  }
  return result;
}
