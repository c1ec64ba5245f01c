/**
 * Personal templates and settings through the real pane: the "Templates and settings" panel
 * writes to roamingSettings (the preview keeps them in localStorage), and the pane's suggestions,
 * tone and signature follow — at once, and after a reload as on another device.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Frame, Locator, Page } from "playwright-core";
import { assertAccessible, newPage, openPreview, pageErrors, paneFrame, screenshot, useBrowser } from "./helpers";

useBrowser();

const ROAMING_KEY = "declineAssistant.preview.roamingSettings";

function cardNames(frame: Frame): Promise<string[]> {
  return frame
    .getByTestId("suggestion-card")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("aria-label") ?? ""));
}

function card(frame: Frame, name: string): Locator {
  return frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio", { name, exact: true });
}

/** Presses Tab in the pane until `target` has focus, as a keyboard user would; fails when it never does. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${String(target)}`);
}

/** What the preview's roamingSettings hold, as the next session (or another device) would read them. */
function storedRoaming(frame: Frame): Promise<string | null> {
  return frame.evaluate((key) => window.localStorage.getItem(key), ROAMING_KEY);
}

/** Opens the panel from the pane's first line (the kind, then the button) with the keyboard and waits for its sections. */
async function openPanelWithKeyboard(page: Page, frame: Frame): Promise<void> {
  const button = frame.getByRole("button", { name: "Templates and settings", exact: true });
  // Start at the top of the pane, as after clicking into it.
  await frame.getByRole("heading", { name: /^Detected: / }).click();
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  await frame.getByRole("tab", { name: "Templates", exact: true }).waitFor();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  // Focus lands inside the panel, on its selected section.
  assert.equal(
    await frame.evaluate(() => document.activeElement?.getAttribute("role")),
    "tab",
    "focus did not move into the panel",
  );
}

async function closePanel(frame: Frame): Promise<void> {
  await frame.getByRole("button", { name: "Close templates and settings" }).click();
  await frame.getByRole("radiogroup", { name: "Suggested replies" }).waitFor();
}

test("a template made in the panel is suggested at once, marked as yours, and is still there after a reload", async () => {
  const page = await newPage();
  let frame = await openPreview(page, { sample: "coffee_chat" });
  const builtIns = await cardNames(frame);
  await openPanelWithKeyboard(page, frame);
  await assertAccessible(frame, "templates panel, list");

  await tabTo(page, frame.getByRole("button", { name: "New template" }));
  await page.keyboard.press("Enter");
  await frame.getByRole("heading", { name: "New template" }).waitFor();
  await tabTo(page, frame.getByRole("textbox", { name: "Strategy label" }));
  await page.keyboard.type("Back in the spring");
  await tabTo(page, frame.getByRole("textbox", { name: "When to use" }));
  await page.keyboard.type("Someone I would like to meet later.");
  await tabTo(page, frame.getByRole("textbox", { name: "Warm text" }));
  await page.keyboard.type("Hi {firstName}, spring would suit me much better. Warmly, {myName}");
  await assertAccessible(frame, "templates panel, editor");
  await frame.getByRole("button", { name: "Save", exact: true }).click();
  await frame.getByText("“Back in the spring” is saved.").waitFor();

  await closePanel(frame);
  const names = await cardNames(frame);
  assert.ok(names.includes("Back in the spring"), `not suggested: ${names.join(", ")}`);
  assert.deepEqual(
    names.filter((name) => name !== "Back in the spring"),
    builtIns,
  );
  assert.equal(await card(frame, "Back in the spring").getByTestId("card-marks").textContent(), "Yours");
  await card(frame, "Back in the spring").click();
  assert.match(
    await frame.getByRole("textbox", { name: "Reply text" }).inputValue(),
    /^Hi Tomás, spring would suit me much better\. Warmly, \S/,
  );
  await screenshot(page, "templates-yours");
  await assertAccessible(frame, "pane with a template of yours");

  await page.reload();
  frame = await paneFrame(page);
  assert.ok((await cardNames(frame)).includes("Back in the spring"));
  assert.equal(await card(frame, "Back in the spring").getByTestId("card-marks").textContent(), "Yours");
  assert.deepEqual(pageErrors(page), []);
});

test("starring a template puts it first", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  const names = await cardNames(frame);
  const target = names[names.length - 1];
  assert.notEqual(names[0], target);

  await frame.getByRole("button", { name: "Templates and settings", exact: true }).click();
  const star = frame.getByRole("button", { name: `Show “${target}” first for its category` });
  await star.click();
  await frame.getByText(`“${target}” now comes first for its category.`).waitFor();
  assert.equal(await star.getAttribute("aria-pressed"), "true");
  await closePanel(frame);

  assert.equal((await cardNames(frame))[0], target);
  assert.equal(await card(frame, target).getByTestId("card-marks").textContent(), "Starred");
  assert.deepEqual(pageErrors(page), []);
});

test("the default tone, action and signature from the settings apply after a reload", async () => {
  const page = await newPage();
  let frame = await openPreview(page, { sample: "coffee_chat" });
  assert.equal(await frame.getByRole("radio", { name: "Warm" }).isChecked(), true);

  await frame.getByRole("button", { name: "Templates and settings", exact: true }).click();
  await frame.getByRole("tab", { name: "Settings" }).click();
  await frame.getByRole("textbox", { name: "Name to sign with" }).fill("Alexandra Reyes");
  await frame.getByRole("combobox", { name: "Default tone" }).click();
  await frame.getByRole("option", { name: "Formal" }).click();
  await frame.getByRole("radio", { name: "Copy" }).check();
  await assertAccessible(frame, "templates panel, settings");
  await frame.getByRole("button", { name: "Save settings" }).click();
  await frame.getByText("Your settings are saved.").waitFor();
  await closePanel(frame);
  // The open draft follows the new signature at once (it was not edited).
  assert.match(await frame.getByRole("textbox", { name: "Reply text" }).inputValue(), /Alexandra/);

  await page.reload();
  frame = await paneFrame(page);
  assert.equal(await frame.getByRole("radio", { name: "Formal" }).isChecked(), true);
  assert.equal(await frame.getByRole("radio", { name: "Warm" }).isChecked(), false);
  assert.match(await frame.getByRole("textbox", { name: "Reply text" }).inputValue(), /Alexandra/);
  // The default action is the one drawn as primary: Fluent's primary buttons carry the brand colour.
  const background = (name: string) =>
    frame.getByRole("button", { name, exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
  assert.notEqual(await background("Copy"), await background("Reply"));
  assert.equal(await background("Reply"), await background("Reply all"));
  assert.deepEqual(pageErrors(page), []);
});

test("a bad import file is refused with the reason, and templates already stored are untouched", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  // Something worth keeping first: a template of the user's own, stored in roamingSettings.
  await frame.getByRole("button", { name: "Templates and settings", exact: true }).click();
  await frame.getByRole("button", { name: "New template" }).click();
  await frame.getByRole("textbox", { name: "Strategy label" }).fill("Not this season");
  await frame.getByRole("textbox", { name: "When to use" }).fill("Someone I would like to meet another time.");
  await frame.getByRole("textbox", { name: "Warm text" }).fill("Hi {firstName}, not this season, sorry. {myName}");
  await frame.getByRole("button", { name: "Save", exact: true }).click();
  await frame.getByText("“Not this season” is saved.").waitFor();
  await closePanel(frame);
  const suggestionsBefore = await cardNames(frame);
  assert.ok(suggestionsBefore.includes("Not this season"), `not suggested: ${suggestionsBefore.join(", ")}`);
  const storedBefore = await storedRoaming(frame);
  assert.match(storedBefore ?? "", /Not this season/, "the template was not stored");

  await frame.getByRole("button", { name: "Templates and settings", exact: true }).click();
  await frame.getByRole("tab", { name: "Export and import" }).click();
  await assertAccessible(frame, "templates panel, export and import");
  const badFile = {
    format: "decline-assistant-templates",
    version: 2,
    // A valid template ahead of the broken one: a partial import would let it through.
    templates: [
      {
        id: "later",
        category: "coffee_chat",
        strategy: "Later in the year",
        whenToUse: "Someone to see in the autumn.",
        texts: { warm: "Hi {firstName}, could we try in the autumn?" },
      },
      { id: "party", category: "birthday_party", strategy: "Party", texts: { warm: "No thanks" } },
    ],
  };
  await frame.getByLabel("Import from a file").setInputFiles({
    name: "templates.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(badFile)),
  });
  const alert = frame.getByRole("alert").filter({ hasText: "This file cannot be imported" });
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /templates\[1\]\.category must be one of/);
  await assertAccessible(frame, "templates panel, import refused");

  await closePanel(frame);
  assert.deepEqual(await cardNames(frame), suggestionsBefore);
  assert.equal(await storedRoaming(frame), storedBefore);
  assert.deepEqual(pageErrors(page), []);
});
