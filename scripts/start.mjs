#!/usr/bin/env node
// `npm start`: dev certificate, then the add-in served at https://localhost:3000 (127.0.0.1 only)
// with the local Outlook preview, opened in the default browser once it answers (where there is a
// display to open it on; BROWSER=none never opens it). Nothing here reaches beyond localhost.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { request } from "node:https";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

// process.argv[1] rather than import.meta: the shared lint config parses .mjs files as ES2019.
const root = path.resolve(path.dirname(process.argv[1]), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const origin = `https://localhost:${port}`;
const certDir = path.join(homedir(), ".office-addin-dev-certs");
const certFiles = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(certDir, f));
const previewUrl = `${origin}/preview.html`;

function say(line = "") {
  process.stdout.write(`${line}\n`);
}

/**
 * Creates the certificates if missing. The tool then tries to trust its CA with sudo; on a
 * machine without sudo that part fails while the tool still exits 0, so its outcome is checked
 * separately and never stops the server.
 */
function ensureCertificate() {
  if (!certFiles.every((f) => existsSync(f))) {
    say("Creating the development certificate (office-addin-dev-certs, offline)…");
    const cli = path.join(root, "node_modules", "office-addin-dev-certs", "cli.js");
    const result = spawnSync(process.execPath, [cli, "install", "--days", "30"], {
      cwd: root,
      encoding: "utf8",
      timeout: 120000,
    });
    if (result.error) say(`  could not run office-addin-dev-certs: ${result.error.message}`);
  }
  if (!certFiles.every((f) => existsSync(f))) {
    say(`No certificate in ${certDir}: webpack-dev-server will use a self-signed one of its own.`);
    return;
  }
  say(`Certificate: ${certDir}`);
  say(`  ${caTrustReport()}`);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Whether the system trust store accepts the localhost certificate, checked with openssl. */
function caTrustReport() {
  const bundle = "/etc/ssl/certs/ca-certificates.crt";
  if (process.platform !== "linux" || !existsSync(bundle)) {
    return "Could not check whether its CA is trusted on this system; if the browser warns, trust ca.crt by hand.";
  }
  try {
    execFileSync("openssl", ["verify", "-CAfile", bundle, path.join(certDir, "localhost.crt")], { stdio: "pipe" });
    return "Its CA is trusted by this system: browsers and Outlook will accept https://localhost.";
  } catch (error) {
    if (error.code === "ENOENT") return "openssl is missing, so the CA's trust could not be checked.";
    const ca = path.join(certDir, "ca.crt");
    // As root the commands need no sudo; anyone else needs admin rights for the system's trust store.
    const admin = isRoot ? "" : "sudo ";
    return [
      "Its CA is not trusted by this system yet. The server runs anyway; browsers warn until you trust it:",
      `  ${admin}cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-certs-ca.crt && ${admin}update-ca-certificates`,
      `  (${isRoot ? "you are root, so this needs no sudo" : "this needs admin rights"}), or import ca.crt into your browser's certificate authorities.`,
    ].join("\n");
  }
}

function printWhereThingsAre() {
  const manifest = path.join(root, "manifest.xml");
  say();
  say(`Serving the add-in at ${origin}/ (bound to 127.0.0.1)`);
  say(`  Preview of Outlook (no Outlook needed): ${previewUrl}`);
  say(`  Task pane as Outlook loads it:          ${origin}/taskpane.html`);
  say(`  Manifest: ${existsSync(manifest) ? manifest : `${manifest} (not created yet)`}`);
  say("  Sideload: Outlook on the web → Get Add-ins → My add-ins → Add a custom add-in → Add from file…");
  say("            and pick manifest.xml (classic Outlook on Windows: File → Manage Add-ins).");
  say("Press Ctrl-C to stop.");
  say();
}

function serve() {
  const webpackCli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  // A process group of its own, so stopping kills webpack and anything it spawned.
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    stdio: "inherit",
    detached: true,
  });
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    say(`\nStopping (${signal})…`);
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    // Webpack closes in well under a second; do not hang if it does not.
    setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      process.exit(0);
    }, 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", (code, signal) => {
    if (stopping) process.exit(0);
    say(`webpack-dev-server exited (${signal ?? `code ${code}`}).`);
    process.exit(code ?? 1);
  });
}

/** The command that opens a URL in the default browser here, or null where there is no display to open it on. */
function browserOpener() {
  if (process.env.BROWSER === "none") return null;
  if (process.platform === "darwin") return { command: "open", args: [] };
  if (process.platform === "win32") return { command: "explorer.exe", args: [] };
  // Linux and the BSDs: a desktop session sets DISPLAY (X11) or WAYLAND_DISPLAY; a server or container has neither.
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return null;
  return { command: "xdg-open", args: [] };
}

/** Resolves once the dev server answers (its first build takes a while), or false after `timeoutMs`. */
function serverAnswers(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      // Our own certificate, which this machine may not trust yet: only the answer matters here.
      const req = request(previewUrl, { method: "HEAD", rejectUnauthorized: false, timeout: 5000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve(true);
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
      req.end();
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000));
    attempt();
  });
}

async function openPreview() {
  const opener = browserOpener();
  if (!opener) {
    say(`No display to open a browser on here: open ${previewUrl} in a browser on this machine.`);
    return;
  }
  if (!(await serverAnswers(180000))) {
    say(`The server did not answer within 3 minutes; open ${previewUrl} yourself once it has built.`);
    return;
  }
  const child = spawn(opener.command, [...opener.args, previewUrl], { stdio: "ignore", detached: true });
  child.on("error", () => say(`Could not open a browser (${opener.command}): open ${previewUrl} yourself.`));
  child.on("spawn", () => say(`Opened the preview in your default browser: ${previewUrl}`));
  child.unref();
}

ensureCertificate();
printWhereThingsAre();
serve();
void openPreview();
