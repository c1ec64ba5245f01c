/**
 * The calendar actions inside the real pane (App), with the real Graph client talking to the fake
 * Graph server: what the user sees before and after, and what Graph recorded.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { emptyInvitation } from "../../src/core/invitation";
import { App } from "../../src/taskpane/App";
import type { CalendarSettings } from "../../src/taskpane/calendar/types";
import { FAKE_IDS, type FakeGraph, startFakeGraph } from "../fakes/graphServer";
import { coffeeInvitation } from "./fakeAdapter";
import { calendarPaneProps, dinnerInvitation, MeetingAdapter } from "./calendarHarness";

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph();
});
afterEach(() => fake.close());

interface Setup {
  adapter?: MeetingAdapter;
  configured?: boolean;
  settings?: Partial<CalendarSettings>;
}

async function renderPane({ adapter, configured = true, settings = {} }: Setup = {}) {
  const item = adapter ?? new MeetingAdapter(dinnerInvitation, FAKE_IDS.messageSingle);
  const user = userEvent.setup();
  render(<App {...calendarPaneProps(item, fake, settings, configured)} />);
  await screen.findByRole("textbox", { name: "Reply text" });
  return { user, adapter: item };
}

async function calendarRegion() {
  const region = await screen.findByRole("region", { name: "Calendar" });
  await within(region).findByRole("button", { name: "Decline without notifying" });
  return within(region);
}

const replyText = () => screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement;

describe("calendar actions", () => {
  it("asks before sending, then declines once with the reply as the user left it", async () => {
    const { user } = await renderPane();
    const calendar = await calendarRegion();
    await user.type(replyText(), " See you next quarter.");
    const edited = replyText().value;

    await user.click(calendar.getByRole("button", { name: "Decline and send" }));
    const confirmation = await screen.findByText(/and send your message to Derek Hall\.$/);
    expect(confirmation.textContent).toContain(
      "Decline 'Quarterly client dinner' (Thu 12 Mar 18:30) and send your message to Derek Hall.",
    );
    expect(fake.state.declines).toHaveLength(0);

    await user.dblClick(calendar.getByRole("button", { name: "Confirm decline" }));
    const done = await screen.findByText(/^Declined 'Quarterly client dinner'/);
    expect(done.closest("[role=status]")).not.toBeNull();
    expect(done.textContent).toBe(
      "Declined 'Quarterly client dinner' (Thu 12 Mar 18:30); Derek Hall was sent your message.",
    );
    expect(fake.state.declines).toEqual([
      { eventId: FAKE_IDS.single, body: { sendResponse: true, comment: edited.trim() } },
    ]);
    expect(replyText().value).toBe(edited);
  });

  it("drops a confirmation whose reply text changed since, so the organizer gets what the user sees", async () => {
    const { user } = await renderPane();
    const calendar = await calendarRegion();
    await user.click(calendar.getByRole("button", { name: "Decline and send" }));
    await calendar.findByRole("button", { name: "Confirm decline" });
    await user.type(replyText(), " One more thing.");
    await waitFor(() => expect(calendar.queryByRole("button", { name: "Confirm decline" })).toBeNull());
    expect(fake.state.declines).toHaveLength(0);
  });

  it("with 'Also decline in my calendar' ticked, Reply is one decline whose response carries the reply text", async () => {
    const { user, adapter } = await renderPane({ settings: { alsoDeclineInCalendar: true } });
    const calendar = await calendarRegion();
    expect(calendar.getByRole("checkbox", { name: "Also decline in my calendar" })).toHaveProperty("checked", true);
    await calendar.findByText(
      "With Reply: Decline 'Quarterly client dinner' (Thu 12 Mar 18:30) and send your message to Derek Hall. " +
        "Your reply is the meeting response; no reply form opens.",
    );
    await user.type(replyText(), " Next quarter, perhaps.");
    const edited = replyText().value;

    await user.click(screen.getByRole("button", { name: "Reply" }));
    await screen.findByText("Declined 'Quarterly client dinner' (Thu 12 Mar 18:30); Derek Hall was sent your message.");
    // No reply draft that could be discarded while the meeting is already gone from the calendar.
    expect(adapter.replies).toHaveLength(0);
    expect(fake.state.declines).toEqual([
      { eventId: FAKE_IDS.single, body: { sendResponse: true, comment: edited.trim() } },
    ]);
  });

  it("declines quietly with Reply only where the organizer asked for no responses, and says so first", async () => {
    const allHands = emptyInvitation({ ...dinnerInvitation, kind: "appointment", subject: "All-hands broadcast" });
    const { user, adapter } = await renderPane({
      adapter: new MeetingAdapter(allHands, FAKE_IDS.noReply),
      settings: { alsoDeclineInCalendar: true },
    });
    const calendar = await calendarRegion();
    await calendar.findByText(
      /without notifying Internal Comms \(Internal Comms asked for no replies\)\. No reply form opens\.$/,
    );
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await screen.findByText(/^Declined 'All-hands broadcast'.*Internal Comms was not notified\.$/);
    expect(adapter.replies).toHaveLength(0);
    expect(fake.state.declines).toEqual([{ eventId: FAKE_IDS.noReply, body: { sendResponse: false } }]);
  });

  it("says the reply was not sent as the response when Graph refuses, keeping the text and opening no form", async () => {
    const { user, adapter } = await renderPane({ settings: { alsoDeclineInCalendar: true } });
    await calendarRegion();
    const before = replyText().value;
    fake.inject({ kind: "403", method: "POST" });
    await user.click(screen.getByRole("button", { name: "Reply" }));
    const alert = await screen.findByText(/^Your reply was not sent as the meeting response:/);
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(alert.textContent).toMatch(/Calendars\.ReadWrite.*Your text is still below\.$/);
    expect(adapter.replies).toHaveLength(0);
    expect(fake.state.declines).toHaveLength(0);
    expect(replyText().value).toBe(before);
  });

  it("after an uncertain outcome checks the calendar before trying again, and declines once", async () => {
    const { user } = await renderPane();
    const calendar = await calendarRegion();
    await user.click(calendar.getByRole("button", { name: "Decline without notifying" }));
    fake.inject({ kind: "504", method: "POST", processed: true });
    fake.inject({ kind: "503", method: "GET", times: 3 });
    await user.click(await calendar.findByRole("button", { name: "Confirm decline" }));
    await screen.findByText(/did not confirm the decline/);
    // Graph did decline; the button now says it checks first, and checking finds the decline.
    await user.click(calendar.getByRole("button", { name: "Check my calendar and try again" }));
    await screen.findByText(/your calendar confirms it/);
    expect(fake.state.declines).toHaveLength(1);
  });

  it("declines a series invitation as the whole series, with no occurrence choice", async () => {
    const series = new MeetingAdapter(
      emptyInvitation({
        ...dinnerInvitation,
        subject: "Weekly standup",
        start: "2026-03-02T09:15:00Z",
        recurring: true,
      }),
      FAKE_IDS.messageSeries,
    );
    const { user } = await renderPane({ adapter: series });
    const calendar = await calendarRegion();
    expect(calendar.queryByRole("radiogroup", { name: "Decline" })).toBeNull();
    // No new time for a whole series.
    expect(calendar.queryByRole("button", { name: "Decline and propose another time" })).toBeNull();
    await user.click(calendar.getByRole("button", { name: "Decline without notifying" }));
    await user.click(await calendar.findByRole("button", { name: "Confirm decline" }));
    await screen.findByText(/^Declined 'Weekly standup' \(the whole series\)/);
    expect(fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.seriesMaster]);
  });

  it("offers this occurrence or the whole series for an occurrence, starting with the occurrence", async () => {
    const occurrence = new MeetingAdapter(
      emptyInvitation({ ...dinnerInvitation, kind: "appointment", subject: "Weekly standup", recurring: true }),
      FAKE_IDS.occurrence0309,
    );
    const { user } = await renderPane({ adapter: occurrence });
    const calendar = await calendarRegion();
    const scope = calendar.getByRole("radiogroup", { name: "Decline" });
    expect(within(scope).getByRole("radio", { name: "This occurrence" })).toHaveProperty("checked", true);
    await user.click(calendar.getByRole("button", { name: "Decline without notifying" }));
    await user.click(await calendar.findByRole("button", { name: "Confirm decline" }));
    await screen.findByText(/^Declined 'Weekly standup' \(this occurrence only/);
    expect(fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.occurrence0309]);
  });

  it("proposes the time the user picked", async () => {
    const { user } = await renderPane();
    const calendar = await calendarRegion();
    await user.click(calendar.getByRole("button", { name: "Decline and propose another time" }));
    const start = calendar.getByLabelText("Proposed start");
    const end = calendar.getByLabelText("Proposed end");
    await user.clear(start);
    await user.type(start, "2026-03-19T18:30");
    await user.clear(end);
    await user.type(end, "2026-03-19T21:00");
    await user.click(calendar.getByRole("button", { name: "Propose this time" }));
    await user.click(await calendar.findByRole("button", { name: "Confirm decline" }));
    await screen.findByText(/^Declined/);
    expect(fake.state.declines[0].body.proposedNewTime).toEqual({
      start: { dateTime: new Date("2026-03-19T18:30").toISOString().slice(0, -1), timeZone: "UTC" },
      end: { dateTime: new Date("2026-03-19T21:00").toISOString().slice(0, -1), timeZone: "UTC" },
    });
  });

  it("without a client ID shows the hint instead of the actions, and asks Graph nothing", async () => {
    await renderPane({ configured: false });
    expect(await screen.findByText("Calendar decline is off: see README → Turn on one-click decline")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Calendar" })).toBeNull();
    expect(fake.state.requests).toHaveLength(0);
  });

  it("says at once why a meeting the user organised cannot be declined, and offers no decline", async () => {
    const appointment = emptyInvitation({ ...dinnerInvitation, kind: "appointment", subject: "My design review" });
    await renderPane({ adapter: new MeetingAdapter(appointment, FAKE_IDS.organizedByMe) });
    const region = await screen.findByRole("region", { name: "Calendar" });
    const alert = await within(region).findByRole("alert");
    expect(alert.textContent).toMatch(/You organised this meeting, so there is nothing to decline/);
    expect(within(region).queryByRole("button", { name: "Decline and send" })).toBeNull();
    expect(within(region).queryByRole("button", { name: "Try again" })).toBeNull();
    expect(fake.state.declines).toHaveLength(0);
  });

  it("offers to try again when the meeting could not be read, and then works", async () => {
    fake.inject({ kind: "403", method: "GET" });
    await renderPane();
    const region = await screen.findByRole("region", { name: "Calendar" });
    const alert = await within(region).findByRole("alert");
    expect(alert.textContent).toMatch(/missing the Mail\.Read permission/);
    await userEvent.setup().click(within(region).getByRole("button", { name: "Try again" }));
    await within(region).findByRole("button", { name: "Decline and send" });
    expect(within(region).queryByRole("alert")).toBeNull();
  });

  it("shows nothing calendar-related for an ordinary message", async () => {
    await renderPane({ adapter: new MeetingAdapter(coffeeInvitation, FAKE_IDS.messagePlain) });
    expect(screen.queryByText(/Calendar decline is off/)).toBeNull();
    expect(screen.queryByRole("region", { name: "Calendar" })).toBeNull();
    expect(fake.state.requests).toHaveLength(0);
  });
});
