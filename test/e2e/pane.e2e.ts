/**
 * The real task pane over the Office stand-in: what it shows for each kind of item, switching
 * items, overriding the category, the dark theme, and Office calls that fail.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  assertAccessible,
  BASE_URL,
  CATEGORY_NAMES,
  detectedText,
  eventually,
  newPage,
  openPreview,
  pageErrors,
  paneFrame,
  screenshot,
  selectItem,
  useBrowser,
  waitForPaneSettled,
} from "./helpers";

useBrowser();

/** What each sample must come out as; the subjects are what the message list shows. */
const INVITATIONS: { subject: string; category: keyof typeof CATEGORY_NAMES }[] = [
  { subject: "Come celebrate my 50th", category: "client_gathering" },
  { subject: "Business After Hours", category: "networking_event" },
  { subject: "Coffee next week?", category: "coffee_chat" },
  { subject: "15 minutes to see how Pipelinely", category: "sales_pitch" },
  { subject: "Arjun Mehta wants to connect", category: "linkedin_invite" },
  { subject: "Interview invitation", category: "interview" },
  { subject: "Invitation to speak on our panel", category: "speaking_request" },
  { subject: "Quarterly budget review", category: "internal_meeting" },
  { subject: "Pipeline review", category: "internal_meeting" },
  { subject: "Weekly team stand-up", category: "internal_meeting" },
];

test("each invitation shows its category and the evidence for it", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "plain-message" });
  const failures: string[] = [];
  for (const { subject, category } of INVITATIONS) {
    await selectItem(page, new RegExp(subject.replace(/[?]/g, "\\?")));
    const expected = `Detected: ${CATEGORY_NAMES[category]} (`;
    try {
      await eventually(async () => assert.ok((await detectedText(frame)).startsWith(expected)));
    } catch {
      failures.push(`${subject}: expected ${CATEGORY_NAMES[category]}, pane says "${await detectedText(frame)}"`);
      continue;
    }
    const why = frame.getByRole("button", { name: "Why this category?" });
    await why.click();
    assert.equal(await why.getAttribute("aria-expanded"), "true");
    const evidence = frame.getByRole("list", { name: "Evidence" }).getByRole("listitem");
    assert.ok((await evidence.count()) > 0, `${subject}: no evidence listed`);
    assert.match((await evidence.first().textContent()) ?? "", / in (subject|body|location|sender|meeting details)/);
  }
  assert.deepEqual(failures, []);
  await screenshot(page, "evidence-open");
  await assertAccessible(frame, "evidence open");
  assert.deepEqual(pageErrors(page), []);
});

test("a cancellation and plain mail say there is nothing to decline", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "cancelled" });
  await frame.getByText("This meeting was cancelled — there is nothing to decline.").waitFor();
  assert.equal(await frame.getByRole("button", { name: "Reply", exact: true }).count(), 0);
  await screenshot(page, "cancelled");
  await assertAccessible(frame, "cancelled meeting");

  for (const subject of ["Receipt for your order", "Notes from Tuesday"]) {
    await selectItem(page, new RegExp(subject));
    await frame.getByText("This doesn't look like an invitation.").waitFor();
    assert.ok((await detectedText(frame)).startsWith(`Detected: ${CATEGORY_NAMES.not_invitation}`));
    // The category stays usable: the user can say it is an invitation after all.
    await frame.getByRole("combobox", { name: "Category" }).waitFor();
  }
  await screenshot(page, "not-invitation");
  await assertAccessible(frame, "not an invitation");
});

test("the pane opened alone reads ?sample= (the benchmark's page)", async () => {
  const page = await newPage({ width: 350, height: 800 });
  await page.goto(`${BASE_URL}/preview-pane.html?sample=internal_meeting`);
  await waitForPaneSettled(page.mainFrame());
  assert.ok((await detectedText(page.mainFrame())).startsWith(`Detected: ${CATEGORY_NAMES.internal_meeting}`));
  await page.getByRole("button", { name: "Reply", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "The reply form is open" }).waitFor();
  const recorded = await page.evaluate(() => {
    const standIn = (window as unknown as { __officeStandIn: { record: { replyForms: { htmlBody: string }[] } } })
      .__officeStandIn;
    return standIn.record.replyForms.map((form) => form.htmlBody);
  });
  assert.equal(recorded.length, 1);
  assert.match(recorded[0], /^<p>/);
  await screenshot(page, "standalone-pane");
  assert.deepEqual(pageErrors(page), []);
});

test("selecting another item updates the pane (ItemChanged) and drops the old draft", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  const replyText = frame.getByRole("textbox", { name: "Reply text" });
  assert.match(await replyText.inputValue(), /Hi Tomás/);
  await replyText.fill("A draft for Tomás only");

  await selectItem(page, /Invitation to speak on our panel/);
  await eventually(async () => assert.match(await detectedText(frame), /Speaking request/));
  assert.match(await replyText.inputValue(), /Owen/);
  assert.doesNotMatch(await replyText.inputValue(), /A draft for Tomás only/);
  await assertAccessible(frame, "after switching items");

  // The pane keeps working on the new item: its reply goes to the new sender.
  await frame.getByRole("button", { name: "Reply", exact: true }).click();
  assert.match((await page.getByTestId("reply-form-to").textContent()) ?? "", /owen@fintechforumeurope\.org/);
  assert.deepEqual(pageErrors(page), []);
});

test("overriding the category changes the suggestions", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  const cards = frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio");
  const before = await cards.allTextContents();

  await frame.getByLabel("Category").selectOption({ label: CATEGORY_NAMES.sales_pitch });
  await frame.getByText("You chose the category.", { exact: false }).waitFor();
  assert.match(await detectedText(frame), /Detected: Coffee chat/);
  const after = await eventually(async () => {
    const texts = await cards.allTextContents();
    assert.notDeepEqual(texts, before);
    return texts;
  });
  assert.ok(after.length > 0);
  assert.equal(await cards.first().getAttribute("aria-checked"), "true");
  await screenshot(page, "category-overridden");
  await assertAccessible(frame, "category overridden");
});

test("the dark theme reaches the pane", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "internal_meeting" });
  assert.equal(await frame.locator("[data-theme]").first().getAttribute("data-theme"), "light");
  await page.getByRole("switch", { name: "Dark theme" }).check();
  // The pane either follows OfficeThemeChanged or is reloaded by the stand-in; find it again.
  const darkFrame = await eventually(async () => {
    const current = await paneFrame(page);
    assert.equal(await current.locator("[data-theme]").first().getAttribute("data-theme"), "dark");
    return current;
  }, 8000);
  const background = await darkFrame
    .locator("[data-theme]")
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  assert.ok(r + g + b < 3 * 100, `pane background ${background} is not dark`);
  await screenshot(page, "dark-theme");
  await assertAccessible(darkFrame, "dark theme");
});

test("a failing Office call shows an error and keeps the edited text", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat", fail: "displayReplyForm" });
  const replyText = frame.getByRole("textbox", { name: "Reply text" });
  const edited = `${await replyText.inputValue()}\n\nP.S. Written by hand.`;
  await replyText.fill(edited);
  await frame.getByRole("button", { name: "Reply", exact: true }).click();
  const alert = frame.getByRole("alert");
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /did not open/);
  assert.equal(await replyText.inputValue(), edited);
  assert.equal(await page.getByRole("dialog", { name: "Reply form" }).count(), 0);
  await screenshot(page, "reply-failed");
  await assertAccessible(frame, "reply failed");
});

test("an item whose body cannot be read shows what went wrong", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat", fail: "body.getAsync" });
  const alert = frame.getByRole("alert");
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /could not read this item/);
  await assertAccessible(frame, "read failed");
});
