#!/usr/bin/env node
// `npm start`: dev certificate, then the add-in served at https://localhost:3000 (127.0.0.1 only)
// with the local Outlook preview. Nothing here reaches beyond localhost.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

// process.argv[1] rather than import.meta: the shared lint config parses .mjs files as ES2019.
const root = path.resolve(path.dirname(process.argv[1]), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const origin = `https://localhost:${port}`;
const certDir = path.join(homedir(), ".office-addin-dev-certs");
const certFiles = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(certDir, f));

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
    return [
      "Its CA is NOT trusted here (trusting it needs sudo, which this machine lacks).",
      "  The server still runs; browsers will warn until you trust",
      `  ${path.join(certDir, "ca.crt")} (e.g. sudo cp it to /usr/local/share/ca-certificates/ && sudo update-ca-certificates,`,
      "  or import it into your browser's certificate authorities).",
    ].join("\n");
  }
}

function printWhereThingsAre() {
  const manifest = path.join(root, "manifest.xml");
  say();
  say(`Serving the add-in at ${origin}/ (bound to 127.0.0.1)`);
  say(`  Preview of Outlook (no Outlook needed): ${origin}/preview.html`);
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

ensureCertificate();
printWhereThingsAre();
serve();
