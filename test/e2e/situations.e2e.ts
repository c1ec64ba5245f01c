/**
 * The first reply chosen from the situation, in the real pane over the Office stand-in: a second
 * ask after the user's no, a chaser after silence, a LinkedIn notification, a recruiter's approach
 * and a colleague's coffee.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Frame } from "playwright-core";
import { assertAccessible, newPage, openPreview, pageErrors, replyFormHtml, screenshot, useBrowser } from "./helpers";

useBrowser();

async function firstCard(frame: Frame): Promise<string> {
  const checked = frame.getByRole("radiogroup", { name: "Suggested replies" }).locator('[aria-checked="true"]');
  return (await checked.getAttribute("aria-label")) ?? "";
}

async function cardNames(frame: Frame): Promise<string[]> {
  const cards = frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio");
  return Promise.all((await cards.all()).map(async (card) => (await card.getAttribute("aria-label")) ?? ""));
}

const why = (frame: Frame) => frame.getByTestId("why-first").textContent();

test("asked again after the user's no: the firm answer first, with why, and it goes into the reply", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee-after-no" });
  assert.equal(await why(frame), "They asked again after your no: a firm, kind answer.");
  assert.equal(await firstCard(frame), "Firm, kind follow-up");
  await frame.getByRole("button", { name: "Reply", exact: true }).click();
  assert.match(await replyFormHtml(page), /My situation hasn&#39;t changed/);
  await screenshot(page, "situation-after-no");
  assert.deepEqual(pageErrors(page), []);
});

test("a chaser after silence: a first answer, no firm follow-up", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee-chaser" });
  assert.match((await why(frame)) ?? "", /^They are chasing an unanswered note/);
  assert.ok(!(await cardNames(frame)).includes("Firm, kind follow-up"));
  assert.equal(await firstCard(frame), "Full schedule for now");
  assert.deepEqual(pageErrors(page), []);
});

test("a LinkedIn notification: the answer belongs on LinkedIn, with the invitation's link and no email reply", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "linkedin_invite" });
  await frame.getByText("Answer on LinkedIn.").waitFor();
  const link = frame.getByRole("link", { name: "Open the invitation on LinkedIn" });
  assert.equal(await link.getAttribute("href"), "https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=preview");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await frame.getByRole("button", { name: "Reply", exact: true }).count(), 0);
  assert.equal(await frame.getByRole("button", { name: "Reply all" }).count(), 0);
  await frame.getByRole("button", { name: "Copy" }).click();
  await frame.getByRole("status").filter({ hasText: /Copied|Copying was blocked/ }).waitFor();
  await screenshot(page, "situation-linkedin");
  await assertAccessible(frame, "LinkedIn notification");
  assert.deepEqual(pageErrors(page), []);
});

test("a recruiter's approach: no 'Accepted another offer' anywhere", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "recruiter-approach" });
  assert.equal(await why(frame), "A recruiter approached you and you never applied, so nothing says you did.");
  assert.ok(!(await cardNames(frame)).includes("Accepted another offer"));
  const text = await frame.getByRole("textbox", { name: "Reply text" }).inputValue();
  assert.doesNotMatch(text, /application|another offer/);
  assert.deepEqual(pageErrors(page), []);
});

test("a colleague's coffee: a moment the team already has, and a claim shown as a choice", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "colleague-coffee" });
  assert.equal(await why(frame), "A colleague asked: suggest a moment the team already has.");
  assert.equal(await firstCard(frame), "Team moment instead");
  const text = frame.getByRole("textbox", { name: "Reply text" });
  assert.match(await text.inputValue(), /^Hi Leo,\n\n.*team's regular get-togethers/);
  await screenshot(page, "situation-colleague-coffee");
  await assertAccessible(frame, "colleague's coffee");

  // A sales pitch's "Already have a provider" is a claim the user keeps or drops.
  const pitch = await openPreview(page, { sample: "sales_pitch" });
  await pitch.getByRole("radio", { name: "Already have a provider" }).click();
  const claim = pitch.getByRole("checkbox", { name: "Say we already have a provider" });
  assert.equal(await claim.isChecked(), true);
  await claim.uncheck();
  assert.doesNotMatch(await pitch.getByRole("textbox", { name: "Reply text" }).inputValue(), /provider/);
  await assertAccessible(pitch, "claim switched off");
  assert.deepEqual(pageErrors(page), []);
});
