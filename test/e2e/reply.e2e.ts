/** Writing the reply: choose, change tone, edit, Reply / Reply all, insert in compose, keyboard only. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Frame, Page } from "playwright-core";
import {
  assertAccessible,
  eventually,
  newPage,
  openPreview,
  pageErrors,
  paneFrame,
  replyFormHtml,
  screenshot,
  useBrowser,
} from "./helpers";

useBrowser();

test("choose a reply, change the tone, edit it and Reply: the form gets the edited text, escaped", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  await assertAccessible(frame, "suggestions shown");

  const cards = frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio");
  await cards.nth(1).click();
  assert.equal(await cards.nth(1).getAttribute("aria-checked"), "true");
  assert.equal(await cards.nth(0).getAttribute("aria-checked"), "false");

  const replyText = frame.getByRole("textbox", { name: "Reply text" });
  const warm = await replyText.inputValue();
  const tones = frame.getByRole("radiogroup", { name: "Tone" });
  await tones.getByRole("radio", { name: "Formal" }).click();
  const formal = await eventually(async () => {
    const text = await replyText.inputValue();
    assert.notEqual(text, warm);
    return text;
  });
  assert.ok(formal.length > 0);

  await replyText.click();
  await replyText.press("Control+End");
  await replyText.pressSequentially("\n\nPS <b>x</b> & more");
  await frame.getByRole("button", { name: "Reply", exact: true }).click();

  const html = await replyFormHtml(page);
  assert.ok(html.includes("&lt;b&gt;x&lt;/b&gt; &amp; more"), `markup not escaped: ${html}`);
  assert.ok(!html.includes("<b>x</b>"));
  assert.ok(html.includes(formal.split("\n")[0].replace(/&/g, "&amp;")), "the formal text is not in the reply");
  const form = page.getByRole("dialog", { name: "Reply form" });
  assert.equal(await form.getAttribute("data-reply-all"), "false");
  assert.match((await page.getByTestId("reply-form-to").textContent()) ?? "", /tomas\.reyes@outlook\.com/);
  assert.equal(
    await page.getByTestId("reply-form-subject").textContent(),
    "RE: Coffee next week? Would love to pick your brain",
  );
  // The body the user sees shows the typed markup as text, not as bold.
  const shownBody = page.frameLocator("iframe.reply-form-body").locator("body");
  assert.match((await shownBody.textContent()) ?? "", /PS <b>x<\/b> & more/);
  await frame.getByRole("status").filter({ hasText: "The reply form is open" }).waitFor();
  await screenshot(page, "reply-form");
  await assertAccessible(frame, "reply opened");
  assert.deepEqual(pageErrors(page), []);
});

test("Reply all addresses the organiser and the other attendees, not me", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "internal_meeting" });
  await frame.getByRole("button", { name: "Reply all" }).click();
  const form = page.getByRole("dialog", { name: "Reply form" });
  await form.waitFor();
  assert.equal(await form.getAttribute("data-reply-all"), "true");
  const to = (await page.getByTestId("reply-form-to").textContent()) ?? "";
  assert.match(to, /priya\.nandakumar@/);
  assert.match(to, /leo\.brandt@/);
  assert.doesNotMatch(to, /dana\.whitfield@/);
  assert.match((await page.getByTestId("reply-form-cc").textContent()) ?? "", /jonas\.lindqvist@/);
  assert.match(await replyFormHtml(page), /^<p>/);
  await frame.getByRole("status").filter({ hasText: "The reply form is open" }).waitFor();
  await assertAccessible(frame, "reply all opened");
});

async function openCompose(page: Page): Promise<Frame> {
  await page.getByRole("button", { name: "Write a reply" }).click();
  await page.getByRole("textbox", { name: "Message body" }).waitFor();
  return eventually(async () => {
    const frame = await paneFrame(page);
    await frame.getByRole("button", { name: "Insert at cursor" }).waitFor({ timeout: 2000 });
    return frame;
  }, 10000);
}

test("in compose, Insert at cursor puts the reply where the caret is", async () => {
  const page = await newPage();
  await openPreview(page, { sample: "coffee_chat" });
  const frame = await openCompose(page);
  assert.equal(await frame.getByRole("button", { name: "Reply", exact: true }).count(), 0);

  const body = page.getByRole("textbox", { name: "Message body" });
  // Put the caret after a word the user typed at the top of the draft.
  await body.click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Dear Tomás, ");
  const replyText = frame.getByRole("textbox", { name: "Reply text" });
  await replyText.fill("Sorry, <not> this month.");
  await frame.getByRole("button", { name: "Insert at cursor" }).click();
  await frame.getByRole("status").filter({ hasText: "at the cursor" }).waitFor();
  const text = await body.innerText();
  // The pane inserts HTML paragraphs, so line breaks may surround the text; the order is what counts.
  const [typed, inserted, quoted] = ["Dear Tomás,", "Sorry, <not> this month.", "From: Tomás Reyes"].map((s) =>
    text.indexOf(s),
  );
  assert.ok(typed === 0 && inserted > typed && quoted > inserted, `not inserted at the caret: ${text.slice(0, 120)}`);
  await screenshot(page, "compose-inserted");
  await assertAccessible(frame, "compose");

  // A plain-text body: the pane must not push HTML into it.
  await page.getByRole("radio", { name: "Plain text" }).check();
  const plain = page.getByRole("textbox", { name: "Message body" });
  await plain.click();
  await page.keyboard.press("Control+Home");
  await frame.getByRole("button", { name: "Insert at cursor" }).click();
  await frame.getByRole("status").filter({ hasText: "at the cursor" }).waitFor();
  assert.ok((await plain.inputValue()).startsWith("Sorry, <not> this month."));
  assert.deepEqual(pageErrors(page), []);
});

/** Presses Tab until the focused element in the pane has this role and name (no mouse). */
async function tabTo(page: Page, frame: Frame, role: string, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const here = await frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const labelledBy = el.getAttribute("aria-labelledby");
      const label =
        el.getAttribute("aria-label") ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent;
      const implicitRole =
        el instanceof HTMLInputElement
          ? el.type
          : el instanceof HTMLTextAreaElement
            ? "textbox"
            : el.tagName.toLowerCase();
      return { role: el.getAttribute("role") ?? implicitRole, label: (label ?? "").trim() };
    });
    if (here && here.role === role && name.test(here.label)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${role} ${name}`);
}

test("the whole flow works by keyboard alone", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "speaking_request" });
  // The native select changes its value with the arrow keys, without opening its list.
  await tabTo(page, frame, "select", /^Category$/);
  await page.keyboard.press("ArrowDown");
  await frame.getByText("You chose the category.", { exact: false }).waitFor();
  assert.equal(await frame.getByLabel("Category").inputValue(), "internal_meeting");
  await tabTo(page, frame, "button", /Why this category\?/);
  await page.keyboard.press("Enter");
  assert.equal(await frame.getByRole("button", { name: "Why this category?" }).getAttribute("aria-expanded"), "true");

  await tabTo(page, frame, "radio", /.+/);
  const cards = frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await eventually(async () => assert.equal(await cards.nth(1).getAttribute("aria-checked"), "true"));

  await tabTo(page, frame, "radio", /^(Warm|Brief|Formal)$/);
  await page.keyboard.press("ArrowRight");
  const brief = frame.getByRole("radio", { name: "Brief" });
  await eventually(async () => assert.ok(await brief.isChecked()));

  await tabTo(page, frame, "textbox", /Reply text/);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Keyboard only.");
  await tabTo(page, frame, "button", /^Reply$/);
  await page.keyboard.press("Enter");
  const html = await replyFormHtml(page);
  assert.match(html, /Keyboard only\./);
  await screenshot(page, "keyboard-flow");
  await assertAccessible(frame, "end of the keyboard-only flow");
});
