/**
 * The pane at the sizes Outlook gives it (320 × 600, 350 × 700, 450 × 800), light and dark: the
 * kind, the chosen reply and Reply on one screen without scrolling, nothing wider than the pane,
 * edits kept across tones and strategies, Reset to suggestion, and a new item starting at the top.
 * Screenshots of each size go to test-results/screenshots/narrow-*.png.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Frame, Locator, Page } from "playwright-core";
import {
  assertAccessible,
  detectedText,
  eventually,
  newPage,
  pageErrors,
  paneFrame,
  paneScreenshot,
  previewUrl,
  selectItem,
  sizePane,
  useBrowser,
} from "./helpers";

useBrowser();

const SIZES = [
  { width: 320, height: 600 },
  { width: 350, height: 700 },
  { width: 450, height: 800 },
] as const;

/** The preview page around the pane: its top bar and the pane's title bar. */
const PREVIEW_CHROME_PX = 88;

async function openSized(theme: "light" | "dark", width: number, height: number): Promise<{ page: Page; frame: Frame }> {
  const page = await newPage({ width: 1280, height: height + PREVIEW_CHROME_PX + 40 });
  await page.goto(previewUrl({ sample: "coffee_chat", theme }));
  await sizePane(page, width, height);
  const frame = await paneFrame(page);
  const size = await frame.evaluate(() => [window.innerWidth, window.innerHeight]);
  assert.deepEqual(size, [width, height], "the pane is not the size under test");
  return { page, frame };
}

/** Where an element is in the pane's viewport, and where the action bar starts. */
async function box(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  return locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

async function assertOnFirstScreen(frame: Frame, label: string): Promise<void> {
  const { innerWidth, innerHeight, scrollY } = await frame.evaluate(() => ({
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
    scrollY: window.scrollY,
  }));
  assert.equal(scrollY, 0, `${label}: the pane is scrolled`);
  const inView = (b: { top: number; bottom: number; left: number; right: number }) =>
    b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth;

  const kind = await box(frame.getByRole("heading", { name: /^Detected: / }));
  assert.ok(inView(kind), `${label}: the detected kind is not in view (${JSON.stringify(kind)})`);
  const reply = await box(frame.getByRole("button", { name: "Reply", exact: true }));
  assert.ok(inView(reply), `${label}: Reply is not in view (${JSON.stringify(reply)})`);
  for (const name of ["Reply all", "Copy"]) {
    assert.ok(inView(await box(frame.getByRole("button", { name, exact: true }))), `${label}: ${name} is not in view`);
  }
  const tone = await box(frame.getByRole("radiogroup", { name: "Tone" }));
  assert.ok(inView(tone), `${label}: the tone is not in view`);

  // The reply text: its box starts on screen, and the action bar covers none of its first six lines
  // (the whole box where it is shorter), so the reply is read and edited without scrolling.
  const text = await box(frame.getByRole("textbox", { name: "Reply text" }));
  const barTop = (await box(frame.getByRole("group", { name: "Actions" }))).top;
  const lineHeight = await frame
    .getByRole("textbox", { name: "Reply text" })
    .evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const needed = Math.min(text.bottom - text.top, 6 * lineHeight);
  assert.ok(text.top >= 0, `${label}: the reply box starts above the pane`);
  assert.ok(
    barTop - text.top >= needed,
    `${label}: only ${barTop - text.top}px of the reply box are above the action bar, ${needed}px needed`,
  );
}

async function assertNoHorizontalOverflow(frame: Frame, label: string): Promise<void> {
  const overflow = await frame.evaluate(() => {
    const page = document.scrollingElement ?? document.documentElement;
    const wider = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
    return { scrollWidth: page.scrollWidth, clientWidth: page.clientWidth, wider: wider.slice(0, 5) };
  });
  assert.ok(overflow.scrollWidth <= overflow.clientWidth, `${label}: wider than the pane: ${JSON.stringify(overflow)}`);
  assert.deepEqual(overflow.wider, [], `${label}: elements past the pane's right edge`);
}

for (const { width, height } of SIZES) {
  const size = `${width}x${height}`;

  test(`${size}: kind, reply and Reply on one screen; edits kept across tone and strategy; Reset`, async () => {
    const { page, frame } = await openSized("light", width, height);
    await assertOnFirstScreen(frame, `${size} light`);
    await assertNoHorizontalOverflow(frame, `${size} light`);
    await assertAccessible(frame, `${size} light`);
    await paneScreenshot(page, `narrow-${size}-light`);

    const replyText = frame.getByRole("textbox", { name: "Reply text" });
    const suggestion = await replyText.inputValue();
    await replyText.click();
    await replyText.press("Control+End");
    await replyText.pressSequentially("\nP.S. Kept by hand.");
    const edited = await replyText.inputValue();
    assert.ok(edited.endsWith("P.S. Kept by hand."));
    const reset = frame.getByRole("button", { name: "Reset to suggestion" });
    await reset.waitFor();

    // A tone switch and back.
    const tones = frame.getByRole("radiogroup", { name: "Tone" });
    await tones.getByRole("radio", { name: "Brief" }).check();
    await eventually(async () => assert.notEqual(await replyText.inputValue(), edited));
    assert.equal(await reset.count(), 0, "an untouched tone offers no reset");
    await tones.getByRole("radio", { name: "Warm" }).check();
    await eventually(async () => assert.equal(await replyText.inputValue(), edited));

    // A strategy switch and back.
    const chips = frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio");
    await chips.nth(1).click();
    await eventually(async () => assert.notEqual(await replyText.inputValue(), edited));
    await chips.nth(0).click();
    await eventually(async () => assert.equal(await replyText.inputValue(), edited));

    // The edit is what Reply would send, and the whole box grew with it: nothing cut off inside it.
    const clipped = await replyText.evaluate((element) => element.scrollHeight - element.clientHeight);
    assert.ok(clipped <= 1, `the reply box hides ${clipped}px of its text`);

    await reset.click();
    await eventually(async () => assert.equal(await replyText.inputValue(), suggestion));
    assert.equal(await reset.count(), 0);
    await assertAccessible(frame, `${size} after reset`);
    assert.deepEqual(pageErrors(page), []);
  });

  test(`${size}: a new item starts at the top, with its kind in view and focus on it`, async () => {
    const { page, frame } = await openSized("light", width, height);
    // Make the pane taller than its window (the reply box grows with a long reply), then scroll to the bottom.
    await frame.getByRole("button", { name: "Why this category?" }).click();
    const replyText = frame.getByRole("textbox", { name: "Reply text" });
    await replyText.fill(`${await replyText.inputValue()}${"\n".repeat(40)}Signed at the very end.`);
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const scrolled = await frame.evaluate(() => window.scrollY);
    assert.ok(scrolled > 0, "the pane could not be scrolled: the test would prove nothing");
    // A keyboard user working in the pane when the item changes (a script click leaves focus in the pane).
    await frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio").nth(1).focus();
    await page
      .getByRole("navigation", { name: "Messages" })
      .getByRole("button", { name: /Invitation to speak on our panel/ })
      .evaluate((button: HTMLElement) => button.click());
    await eventually(async () => assert.match(await detectedText(frame), /Speaking request/));
    await assertOnFirstScreen(frame, `${size} new item`);
    assert.equal(
      await frame.evaluate(() => document.activeElement?.textContent ?? ""),
      await detectedText(frame),
      "focus is not on the new item's kind",
    );

    // Picked with the mouse in the message list: the pane starts at the top and leaves focus where it is.
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await selectItem(page, /Coffee next week\?/);
    await eventually(async () => assert.match(await detectedText(frame), /Coffee chat/));
    await assertOnFirstScreen(frame, `${size} picked with the mouse`);
    assert.deepEqual(pageErrors(page), []);
  });

  test(`${size} dark: one screen, nothing wider than the pane, accessible`, async () => {
    const { page, frame } = await openSized("dark", width, height);
    assert.equal(await frame.locator("[data-theme]").first().getAttribute("data-theme"), "dark");
    await assertOnFirstScreen(frame, `${size} dark`);
    await assertNoHorizontalOverflow(frame, `${size} dark`);
    await assertAccessible(frame, `${size} dark`);
    await paneScreenshot(page, `narrow-${size}-dark`);

    // The settings panel at this size: its tabs (with "Export and import") inside the pane.
    await frame.getByRole("button", { name: "Templates and settings" }).click();
    await frame.getByRole("tab", { name: "Export and import" }).click();
    await assertNoHorizontalOverflow(frame, `${size} dark, Export and import`);
    await assertAccessible(frame, `${size} dark, Export and import`);
    await paneScreenshot(page, `narrow-${size}-dark-transfer`);
    assert.deepEqual(pageErrors(page), []);
  });
}
