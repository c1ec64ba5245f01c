// Renders assets/logo.svg to the PNG sizes the manifest declares. Run by hand after editing the
// SVG (`node scripts/make-icons.mjs`); the PNGs are committed so builds never need Chromium.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];
// Scaled down to 16 px the full drawing blurs; a hand-hinted version is used at that size.
const SOURCE_FOR_SIZE = { 16: "logo-16.svg" };
const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const svg = await readFile(path.join(assetsDir, SOURCE_FOR_SIZE[size] ?? "logo.svg"), "utf8");
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const file = path.join(assetsDir, `icon-${size}.png`);
    await page.locator("svg").screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await browser.close();
}
