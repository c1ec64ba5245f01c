/** How this machine runs headless Chromium (see TOOLCHAIN.md); shared by the benchmark and browser tests. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
