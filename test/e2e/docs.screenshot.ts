/**
 * The README's picture, docs/preview.png: the preview with the pane at Outlook's usual width on a
 * coffee-chat request. Run by `npm run screenshot`, never by `npm test` (tests leave tracked files alone).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertAccessible, newPage, openPreview, pageErrors, screenshot, useBrowser } from "./helpers";

useBrowser();

test("documentation screenshot of the preview", async () => {
  const page = await newPage({ width: 1280, height: 800 });
  const frame = await openPreview(page, { sample: "coffee_chat" });
  await frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio").first().waitFor();
  await frame.getByRole("button", { name: "Reply", exact: true }).waitFor();
  await assertAccessible(frame, "documentation state");
  await screenshot(page, "docs-preview");
  assert.deepEqual(pageErrors(page), []);
});
