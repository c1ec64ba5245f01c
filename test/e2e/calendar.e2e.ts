/**
 * Calendar actions through the preview: the pane declines through the real Graph client against the
 * fake Graph server (started here on 127.0.0.1), whose record of declines is the ground truth.
 */
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { afterEach, beforeEach, test } from "node:test";
import type { Frame, Locator, Page } from "playwright-core";
import { type Fault, FAKE_IDS, type FakeGraph, startFakeGraph } from "../fakes/graphServer";
import {
  assertAccessible,
  BASE_URL,
  detectedText,
  eventually,
  newPage,
  openPreview,
  pageErrors,
  replyFormHtml,
  selectItem,
  useBrowser,
} from "./helpers";

useBrowser();

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph({ allowedOrigins: [new URL(BASE_URL).origin] });
});
afterEach(() => fake.close());

interface Pane {
  page: Page;
  frame: Frame;
  calendar: Locator;
  replyText: Locator;
}

/** Opens a sample with the calendar actions pointed at a Graph address (the fake's by default). */
async function openPane(sample: string, graph = fake.url): Promise<Pane> {
  const page = await newPage();
  const frame = await openPreview(page, { sample, graph, graphTimeout: "1500" });
  const calendar = frame.getByRole("region", { name: "Calendar" });
  await calendar.waitFor();
  return { page, frame, calendar, replyText: frame.getByRole("textbox", { name: "Reply text" }) };
}

/** Opens a sample with the calendar actions pointed at the fake Graph, once the meeting has been read. */
async function openCalendar(sample: string): Promise<Pane> {
  const pane = await openPane(sample);
  await pane.calendar.getByRole("button", { name: "Decline without notifying" }).waitFor();
  return pane;
}

/** A local address nothing listens on: the browser's requests to it fail as they do offline. */
async function unreachableGraphUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/v1.0`;
}

/** Adds a line to the reply, as a user would, and returns the whole text. */
async function editReply(pane: Pane, line = "I hope the evening goes well."): Promise<string> {
  await pane.replyText.click();
  await pane.replyText.press("Control+End");
  await pane.replyText.pressSequentially(`\n\n${line}`);
  return pane.replyText.inputValue();
}

async function statusWith(frame: Frame, text: string | RegExp): Promise<string> {
  const bar = frame.getByRole("status").filter({ hasText: text });
  await bar.waitFor();
  return (await bar.textContent()) ?? "";
}

async function alertWith(frame: Frame, text: string | RegExp): Promise<string> {
  const bar = frame.getByRole("alert").filter({ hasText: text });
  await bar.waitFor({ timeout: 15_000 });
  return (await bar.textContent()) ?? "";
}

const button = (scope: Locator | Frame, name: string) => scope.getByRole("button", { name, exact: true });

test("Decline and send: says what will happen, sends nothing until confirmed, then one decline with the edited reply", async () => {
  const pane = await openCalendar("calendar-dinner");
  await assertAccessible(pane.frame, "calendar actions shown");
  const edited = await editReply(pane);

  await button(pane.calendar, "Decline and send").click();
  const plan = await statusWith(pane.frame, "Confirm before anything is sent");
  assert.match(
    plan,
    /Decline 'Quarterly client dinner' \(Thu 12 Mar \d\d:\d\d\) and send your message to Derek Hall\./,
  );
  assert.equal(fake.state.declines.length, 0, "something was sent before the user confirmed");
  await assertAccessible(pane.frame, "confirmation");

  // A double click is still one decline.
  await button(pane.calendar, "Confirm decline").dblclick();
  const done = await statusWith(pane.frame, /^Declined 'Quarterly client dinner'/);
  assert.match(done, /Derek Hall was sent your message\./);
  assert.deepEqual(fake.state.declines, [
    { eventId: FAKE_IDS.single, body: { sendResponse: true, comment: edited.trim() } },
  ]);
  assert.equal(await pane.replyText.inputValue(), edited);
  assert.equal(await button(pane.calendar, "Decline and send").count(), 0, "the decline can be sent again");
  await assertAccessible(pane.frame, "declined");
  assert.deepEqual(pageErrors(pane.page), []);
});

test("Decline without notifying sends sendResponse false and no comment", async () => {
  const pane = await openCalendar("calendar-dinner");
  await button(pane.calendar, "Decline without notifying").click();
  assert.match(await statusWith(pane.frame, "Confirm before"), /without notifying Derek Hall\./);
  await button(pane.calendar, "Confirm decline").click();
  assert.match(await statusWith(pane.frame, /^Declined/), /Derek Hall was not notified\./);
  assert.deepEqual(fake.state.declines, [{ eventId: FAKE_IDS.single, body: { sendResponse: false } }]);
});

test("Reply with 'Also decline in my calendar' is one decline whose response carries the reply; no reply form", async () => {
  const pane = await openCalendar("calendar-dinner");
  const edited = await editReply(pane, "Thank you again for thinking of me.");
  await pane.calendar.getByRole("checkbox", { name: "Also decline in my calendar" }).check();
  await pane.calendar
    .getByText(
      /^With Reply: Decline 'Quarterly client dinner' .* and send your message to Derek Hall\. Your reply is the meeting response; no reply form opens\.$/,
    )
    .waitFor();
  assert.equal(fake.state.declines.length, 0);

  await button(pane.frame, "Reply").click();
  assert.match(
    await statusWith(pane.frame, /^Declined 'Quarterly client dinner'/),
    /Derek Hall was sent your message\.$/,
  );
  assert.deepEqual(fake.state.declines, [
    { eventId: FAKE_IDS.single, body: { sendResponse: true, comment: edited.trim() } },
  ]);
  // No draft was opened that could be discarded after a silent decline.
  assert.equal(await pane.page.getByRole("dialog", { name: /^Reply/ }).count(), 0);
  assert.equal(await pane.replyText.inputValue(), edited);
  await assertAccessible(pane.frame, "declined with the reply as the response");
});

test("Reply without 'Also decline' opens the reply form; discarding the draft declines nothing", async () => {
  const pane = await openCalendar("calendar-dinner");
  await button(pane.frame, "Reply").click();
  assert.match(await replyFormHtml(pane.page), /Derek/);
  await pane.page.getByRole("button", { name: "Discard" }).click();
  await statusWith(pane.frame, /^The reply form is open in Outlook/);
  assert.equal(fake.state.requests.filter((r) => r.method === "POST").length, 0);
  assert.deepEqual(fake.state.declines, []);
});

test("A series invitation declines the whole series, as Outlook's own Decline does, and offers no new time", async () => {
  const pane = await openCalendar("calendar-standup-series");
  assert.equal(await pane.calendar.getByRole("radiogroup", { name: "Decline" }).count(), 0);
  assert.equal(await button(pane.calendar, "Decline and propose another time").count(), 0);
  await button(pane.calendar, "Decline without notifying").click();
  assert.match(await statusWith(pane.frame, "Confirm before"), /'Weekly standup' \(the whole series\)/);
  await button(pane.calendar, "Confirm decline").click();
  await statusWith(pane.frame, /^Declined 'Weekly standup' \(the whole series\)/);
  assert.deepEqual(fake.state.declines, [{ eventId: FAKE_IDS.seriesMaster, body: { sendResponse: false } }]);
  await assertAccessible(pane.frame, "series declined");
});

test("An occurrence opened from the calendar: 'This occurrence' comes first and leaves the series alone", async () => {
  const pane = await openCalendar("calendar-standup-occurrence");
  const scope = pane.calendar.getByRole("radiogroup", { name: "Decline" });
  assert.equal(await scope.getByRole("radio", { name: "This occurrence" }).isChecked(), true);
  await button(pane.calendar, "Decline and send").click();
  await button(pane.calendar, "Confirm decline").click();
  await statusWith(pane.frame, /^Declined 'Weekly standup' \(this occurrence only, Mon 9 Mar/);
  assert.deepEqual(
    fake.state.declines.map((d) => d.eventId),
    [FAKE_IDS.occurrence0309],
  );
});

test("Decline and propose another time sends the time the user picked", async () => {
  const pane = await openCalendar("calendar-dinner");
  await button(pane.calendar, "Decline and propose another time").click();
  await pane.calendar.getByLabel("Proposed start").fill("2026-03-19T18:30");
  await pane.calendar.getByLabel("Proposed end").fill("2026-03-19T21:00");
  await button(pane.calendar, "Propose this time").click();
  assert.match(await statusWith(pane.frame, "Confirm before"), /proposing Thu 19 Mar \d\d:\d\d–\d\d:\d\d instead\./);
  await assertAccessible(pane.frame, "proposal confirmation");
  await button(pane.calendar, "Confirm decline").click();
  await statusWith(pane.frame, /^Declined/);
  const [startUtc, endUtc] = await pane.frame.evaluate(() =>
    ["2026-03-19T18:30", "2026-03-19T21:00"].map((local) => new Date(local).toISOString().replace(/Z$/, "")),
  );
  assert.equal(fake.state.declines.length, 1);
  assert.deepEqual(fake.state.declines[0].body.proposedNewTime, {
    start: { dateTime: startUtc, timeZone: "UTC" },
    end: { dateTime: endUtc, timeZone: "UTC" },
  });
});

test("No new time is offered when the organizer allows none, and no replies go to one who asked for none", async () => {
  const pane = await openCalendar("calendar-all-hands");
  assert.equal(await button(pane.calendar, "Decline and propose another time").count(), 0);
  await button(pane.calendar, "Decline and send").click();
  assert.match(await statusWith(pane.frame, "Confirm before"), /Internal Comms asked for no replies/);
  await button(pane.calendar, "Confirm decline").click();
  await statusWith(pane.frame, /^Declined 'All-hands broadcast'/);
  assert.deepEqual(fake.state.declines, [{ eventId: FAKE_IDS.noReply, body: { sendResponse: false } }]);
});

test("Without a client ID the calendar actions are replaced by a hint, and Reply still works", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "calendar-dinner" });
  await frame.getByText("Calendar decline is off: see README → Turn on one-click decline").waitFor();
  assert.equal(await frame.getByRole("region", { name: "Calendar" }).count(), 0);
  await button(frame, "Reply").click();
  await replyFormHtml(page);
  await assertAccessible(frame, "calendar not configured");
});

interface FaultCase {
  name: string;
  faults: Fault[];
  /** What the pane shows: a status for a decline that went through, an alert otherwise. */
  shows: { role: "status" | "alert"; text: RegExp };
  declines: number;
  /** Decline requests that reached the fake, when the case is about resending. */
  declinePosts?: number;
}

const FAULTS: FaultCase[] = [
  {
    name: "429 with Retry-After, then success",
    faults: [{ kind: "429", method: "POST", retryAfter: 1 }],
    shows: { role: "status", text: /^Declined 'Quarterly client dinner'/ },
    declines: 1,
  },
  {
    name: "503 every time",
    faults: [{ kind: "503", method: "POST", retryAfter: 1, times: 3 }],
    shows: { role: "alert", text: /Microsoft Graph is unavailable at the moment, so nothing was changed\./ },
    declines: 0,
  },
  {
    name: "504 on the decline",
    faults: [{ kind: "504", method: "POST" }],
    shows: { role: "alert", text: /did not confirm the decline and your calendar does not show it yet/ },
    declines: 0,
  },
  {
    name: "no answer (timeout)",
    faults: [{ kind: "hang", method: "POST" }],
    shows: { role: "alert", text: /did not confirm the decline and your calendar does not show it yet/ },
    declines: 0,
  },
  {
    name: "401 once, renewed",
    faults: [{ kind: "401", method: "POST" }],
    shows: { role: "status", text: /^Declined 'Quarterly client dinner'/ },
    declines: 1,
  },
  {
    name: "401 with a claims challenge, renewed with the claims",
    faults: [{ kind: "401-claims", method: "POST" }],
    shows: { role: "status", text: /^Declined 'Quarterly client dinner'/ },
    declines: 1,
    declinePosts: 2,
  },
  {
    name: "429 until the retries run out",
    faults: [{ kind: "429", method: "POST", retryAfter: 1, times: 3 }],
    shows: {
      role: "alert",
      text: /Microsoft Graph is limiting requests right now, so nothing was changed\. Try again in about 1 second\./,
    },
    declines: 0,
    declinePosts: 3,
  },
  {
    name: "403",
    faults: [{ kind: "403", method: "POST" }],
    shows: { role: "alert", text: /missing the Calendars\.ReadWrite permission/ },
    declines: 0,
  },
  {
    name: "404",
    faults: [{ kind: "404", method: "POST" }],
    shows: { role: "alert", text: /This meeting no longer exists in your calendar/ },
    declines: 0,
  },
  {
    name: "400",
    faults: [{ kind: "400-proposals", method: "POST" }],
    shows: { role: "alert", text: /The organizer does not accept new time proposals for this meeting\./ },
    declines: 0,
  },
];

for (const fault of FAULTS) {
  test(`Fault through the pane: ${fault.name}`, async () => {
    const pane = await openCalendar("calendar-dinner");
    const edited = await editReply(pane);
    await button(pane.calendar, "Decline and send").click();
    await button(pane.calendar, "Confirm decline").waitFor();
    for (const f of fault.faults) fake.inject(f);
    await button(pane.calendar, "Confirm decline").click();
    const bar = pane.frame.getByRole(fault.shows.role).filter({ hasText: fault.shows.text });
    await bar.waitFor({ timeout: 15_000 });
    assert.equal(fake.state.declines.length, fault.declines);
    if (fault.declinePosts !== undefined) {
      const posts = fake.state.requests.filter((r) => r.method === "POST" && r.path.endsWith("/decline"));
      assert.equal(posts.length, fault.declinePosts, "decline requests sent");
    }
    assert.equal(await pane.replyText.inputValue(), edited, "the drafted text was lost");
    if (fault.shows.role === "alert") await assertAccessible(pane.frame, `fault ${fault.name}`);
  });
}

test("After an uncertain outcome, trying again checks the calendar first and never declines twice", async () => {
  const pane = await openCalendar("calendar-dinner");
  await button(pane.calendar, "Decline and send").click();
  // The gateway times out after Graph did decline.
  fake.inject({ kind: "504", method: "POST", processed: true });
  fake.inject({ kind: "503", method: "GET", times: 3, retryAfter: 1 });
  await button(pane.calendar, "Confirm decline").click();
  await alertWith(pane.frame, /did not confirm the decline/);
  await button(pane.calendar, "Check my calendar and try again").click();
  await statusWith(pane.frame, /^Declined 'Quarterly client dinner'.*your calendar confirms it/);
  assert.equal(fake.state.declines.length, 1);
});

/** The calendar region says Graph could not be reached and offers Try again; the user's draft stays. */
async function assertUnreachable(pane: Pane): Promise<void> {
  const alert = pane.calendar.getByRole("alert").filter({ hasText: /Microsoft Graph could not be reached/ });
  await alert.waitFor({ timeout: 15_000 });
  await button(pane.calendar, "Try again").waitFor();
  assert.equal(
    await button(pane.calendar, "Decline and send").count(),
    0,
    "a decline is offered for an unread meeting",
  );
}

test("A dropped connection while finding the meeting: says so, offers Try again, keeps the text, then works", async () => {
  // Chromium quietly resends a GET whose reused keep-alive connection dropped, so drop the resend too.
  fake.inject({ kind: "drop", method: "GET", times: 5 });
  const pane = await openPane("calendar-dinner");
  await assertUnreachable(pane);
  const edited = await editReply(pane);
  await assertAccessible(pane.frame, "meeting could not be read");

  fake.state.faults.length = 0; // The connection is back.
  await button(pane.calendar, "Try again").click();
  await button(pane.calendar, "Decline and send").waitFor();
  assert.equal(await pane.calendar.getByRole("alert").count(), 0);
  assert.equal(await pane.replyText.inputValue(), edited, "the drafted text was lost");
  assert.equal(fake.state.declines.length, 0);
  assert.deepEqual(pageErrors(pane.page), []);
});

test("No network at all while finding the meeting: says so, Try again fails the same way, text kept, nothing sent", async () => {
  const pane = await openPane("calendar-dinner", await unreachableGraphUrl());
  await assertUnreachable(pane);
  const edited = await editReply(pane);
  await button(pane.calendar, "Try again").click();
  await assertUnreachable(pane);
  assert.equal(await pane.replyText.inputValue(), edited, "the drafted text was lost");
  assert.equal(fake.state.requests.length, 0);
  assert.equal(fake.state.declines.length, 0);
});

test("While a decline is under way the calendar controls are disabled; they come back once it times out", async () => {
  const pane = await openCalendar("calendar-dinner");
  await button(pane.calendar, "Decline and send").click();
  const confirm = button(pane.calendar, "Confirm decline");
  const cancel = button(pane.calendar, "Cancel");
  const alsoDecline = pane.calendar.getByRole("checkbox", { name: "Also decline in my calendar" });
  await confirm.waitFor();
  fake.inject({ kind: "hang", method: "POST" });
  await confirm.click();

  await pane.calendar.getByText("Declining in your calendar…").waitFor();
  assert.equal(await confirm.isDisabled(), true, "Confirm decline can be pressed again mid-request");
  assert.equal(await cancel.isDisabled(), true);
  assert.equal(await alsoDecline.isDisabled(), true);
  await assertAccessible(pane.frame, "decline under way");

  // graphTimeout=1500: the pane gives up on the hanging request and hands the controls back.
  await alertWith(pane.frame, /did not confirm the decline/);
  assert.equal(await button(pane.calendar, "Check my calendar and try again").isDisabled(), false);
  assert.equal(await alsoDecline.isDisabled(), false);
  assert.equal(fake.state.declines.length, 0);
});

test("A pinned pane whose item changes without ItemChanged shows the new item instead of acting on it", async () => {
  const page = await newPage();
  // office-js #3470: Outlook swaps the item of a pinned pane but never fires ItemChanged.
  const frame = await openPreview(page, { sample: "calendar-dinner", graph: fake.url, fail: "ItemChanged" });
  const calendar = frame.getByRole("region", { name: "Calendar" });
  await button(calendar, "Decline without notifying").waitFor();
  await selectItem(page, "Coffee next week? Would love to pick your brain");
  assert.match(await detectedText(frame), /Client gathering/, "the pane was told about the change after all");

  await button(frame, "Reply").click();
  await frame.getByText("The selected message changed, so nothing was done to it. Here it is.").waitFor();
  await eventually(async () => assert.match(await detectedText(frame), /Coffee chat/));
  assert.equal(await page.getByRole("dialog", { name: "Reply form" }).count(), 0, "a reply form opened");
  assert.equal(await calendar.count(), 0);
  assert.deepEqual(fake.state.declines, []);
  await assertAccessible(frame, "item moved without ItemChanged");
});

test("A shared mailbox: the decline goes to the owner's calendar under /users/{owner}", async () => {
  const pane = await openCalendar("calendar-shared-offsite");
  const edited = await editReply(pane, "Someone else from the team will join.");
  await button(pane.calendar, "Decline and send").click();
  await button(pane.calendar, "Confirm decline").click();
  await statusWith(pane.frame, /^Declined 'Partner offsite planning'/);
  assert.deepEqual(fake.state.declines, [
    {
      eventId: FAKE_IDS.sharedOffsite,
      body: { sendResponse: true, comment: edited.trim() },
      mailbox: "events@contoso.com",
    },
  ]);
  assert.ok(
    fake.state.requests.every((r) => r.path.startsWith("/v1.0/users/events@contoso.com/")),
    "a request went to the user's own mailbox",
  );
});

test("A shared mailbox the user may only read: says the delegate cannot respond, and asks Graph nothing", async () => {
  const pane = await openPane("calendar-shared-readonly");
  const alert = await alertWith(pane.frame, /does not let you respond/);
  assert.match(alert, /board@contoso\.com's calendar/);
  assert.equal(await button(pane.calendar, "Decline and send").count(), 0);
  assert.equal(await button(pane.calendar, "Try again").count(), 0);
  assert.equal(fake.state.requests.length, 0);
  await assertAccessible(pane.frame, "delegate without rights");
});
