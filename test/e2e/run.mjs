#!/usr/bin/env node
// `npm run test:e2e`: the browser tests, against the production build served over plain HTTP on
// 127.0.0.1. Builds dist/ only when it is missing or older than the sources (E2E_SKIP_BUILD=1
// trusts whatever is there). Output is node:test's own, so CI can read its summary lines.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(process.argv[1]), "..", "..");
const e2eDir = path.join(root, "test", "e2e");
const chromiumPath = "/usr/bin/chromium";
const started = Date.now();

function say(line) {
  process.stdout.write(`[e2e] ${line}\n`);
}

function fail(message) {
  process.stderr.write(`[e2e] ${message}\n`);
  process.exit(1);
}

function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!hasApt || !isRoot) {
    fail(
      `${chromiumPath} is missing. Install Debian's Chromium first: ` +
        "sudo apt-get update && sudo apt-get install -y chromium (never `npx playwright install`).",
    );
  }
  say(`${chromiumPath} is missing: installing Debian's chromium package with apt-get (about 25 s)…`);
  execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], {
    stdio: "inherit",
  });
  if (!existsSync(chromiumPath)) fail("apt-get finished but /usr/bin/chromium is still missing.");
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

function ensureBuild() {
  const built = path.join(root, "dist", "preview.html");
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(built)) return say("E2E_SKIP_BUILD=1: using dist/ as it is.");
  const sources = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json"].map((p) => path.join(root, p));
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newestMtime))) return say("dist/ is up to date.");
  // `npm run build` leaves the preview out of dist/; the tests need it, so they build with it.
  say("dist/ has no preview or is older than the sources: npx webpack --mode production --env preview…");
  const result = spawnSync("npx", ["webpack", "--mode", "production", "--env", "preview"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) fail("the production build failed.");
}

async function serveDist() {
  const { serveDirectory } = await tsImport("../../src/cli/staticServer.ts", import.meta.url);
  return serveDirectory(path.join(root, "dist"), 0);
}

function runTests(baseUrl) {
  const only = process.argv.slice(2);
  const files = readdirSync(e2eDir)
    .filter((name) => name.endsWith(".e2e.ts"))
    .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
    .sort()
    .map((name) => path.join("test", "e2e", name));
  if (files.length === 0) fail("no test files matched.");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--test", ...files], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseUrl },
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The README's screenshot: the one the documentation test took, kept only when every test passed. */
function publishScreenshot() {
  const shot = path.join(root, "test-results", "screenshots", "docs-preview.png");
  if (!existsSync(shot)) return;
  mkdirSync(path.join(root, "docs"), { recursive: true });
  copyFileSync(shot, path.join(root, "docs", "preview.png"));
  say("docs/preview.png updated.");
}

ensureChromium();
ensureBuild();
// A screenshot left by an earlier run must not be published by this one.
rmSync(path.join(root, "test-results", "screenshots", "docs-preview.png"), { force: true });
const server = await serveDist();
say(`serving dist/ at ${server.url}`);
let code = 1;
try {
  code = await runTests(server.url);
} finally {
  await server.close();
}
if (code === 0) publishScreenshot();
say(`browser tests ${code === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
