import { defaultScope, EVENT_FIELDS, offersScopeChoice } from "../../src/graph/calendar";
import { GraphError } from "../../src/graph/errors";
import { FAKE_IDS, FAKE_SHARED } from "../fakes/graphServer";
import { type Harness, requestLines, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.fake.close();
});

describe("finding the meeting", () => {
  it("reads an appointment by its REST id, with the properties a decline depends on", async () => {
    const meeting = await h.service().findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    expect(meeting).toMatchObject({
      eventId: FAKE_IDS.occurrence0309,
      subject: "Weekly standup",
      type: "occurrence",
      seriesMasterId: FAKE_IDS.seriesMaster,
      responseRequested: true,
      allowNewTimeProposals: true,
      start: { dateTime: "2026-03-09T09:15:00.0000000", timeZone: "UTC" },
      organizer: { name: "Derek Hall", address: "derek.hall@contoso.com" },
      response: "notResponded",
    });
    expect(requestLines(h.fake)).toEqual([`GET /me/events/${FAKE_IDS.occurrence0309}`]);
    expect(h.fake.state.requests[0].prefer).toBe('outlook.timezone="UTC"');
  });

  it("reads a meeting request's event through the eventMessage expansion", async () => {
    const meeting = await h.service().findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSeries });
    expect(meeting).toMatchObject({ eventId: FAKE_IDS.seriesMaster, type: "seriesMaster", subject: "Weekly standup" });
    // Only the fields used cross the wire, for the message and its event alike.
    expect(h.fake.state.requests[0].query).toEqual({
      $select: "id",
      $expand: `microsoft.graph.eventMessage/event($select=${EVENT_FIELDS})`,
    });
  });

  it("says so when the message is ordinary mail, not an invitation", async () => {
    const found = h.service().findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messagePlain });
    await expect(found).rejects.toMatchObject({ kind: "notAMeeting" });
  });
});

describe("declining", () => {
  it("declines a single meeting and sends the user's message", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSingle });
    const plan = await service.prepareDecline(meeting, { comment: "Sorry, I can't make it." });
    const result = await service.decline(plan);

    expect(h.fake.state.declines).toEqual([
      { eventId: FAKE_IDS.single, body: { comment: "Sorry, I can't make it.", sendResponse: true } },
    ]);
    expect(h.fake.state.events.get(FAKE_IDS.single)?.response).toBe("declined");
    expect(result).toMatchObject({ outcome: "declined", notified: true, confirmedByReread: false });
  });

  it("declines without notifying: no response is sent and the comment is left out", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    const result = await service.decline(await service.prepareDecline(meeting, { notify: false, comment: "unused" }));
    expect(h.fake.state.declines[0].body).toEqual({ sendResponse: false });
    expect(result.notified).toBe(false);
  });

  it("does not notify by default when the organizer asked for no responses", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.noReply });
    const plan = await service.prepareDecline(meeting, { comment: "Thanks" });
    expect(plan.notify).toBe(false);
    await service.decline(plan);
    expect(h.fake.state.declines[0].body).toEqual({ sendResponse: false });
  });

  it("declines only the occurrence the appointment is, leaving the series alone", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    await service.decline(await service.prepareDecline(meeting, { scope: "occurrence" }));
    expect(h.fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.occurrence0309]);
    expect(h.fake.state.events.get(FAKE_IDS.seriesMaster)?.response).toBe("notResponded");
    expect(h.fake.state.events.get(FAKE_IDS.occurrence0323)?.response).toBe("notResponded");
  });

  it("declines the whole series through its master when asked from an occurrence", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    const plan = await service.prepareDecline(meeting, { scope: "series" });
    expect(plan.target).toMatchObject({ eventId: FAKE_IDS.seriesMaster, scope: "series" });
    await service.decline(plan);
    expect(h.fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.seriesMaster]);
    expect(h.fake.state.events.get(FAKE_IDS.occurrence0323)?.response).toBe("declined");
  });

  it("finds the named occurrence of a series opened from its invitation", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSeries });
    const plan = await service.prepareDecline(meeting, { occurrenceStart: "2026-03-17T10:00:00Z" });
    expect(plan.target).toMatchObject({ eventId: FAKE_IDS.exception0316, scope: "occurrence" });
    const instances = h.fake.state.requests.find((r) => r.path.endsWith("/instances"));
    expect(instances?.query).toEqual({
      startDateTime: "2026-03-16T22:00:00.000Z",
      endDateTime: "2026-03-17T22:00:00.000Z",
      $select: EVENT_FIELDS,
    });
    await service.decline(plan);
    expect(h.fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.exception0316]);
    expect(h.fake.state.events.get(FAKE_IDS.seriesMaster)?.response).toBe("notResponded");
  });

  it("takes the next occurrence from now when the series' invitation names none", async () => {
    h.clock.nowMs = Date.parse("2026-03-05T12:00:00Z");
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSeries });
    const plan = await service.prepareDecline(meeting);
    expect(plan.target.eventId).toBe(FAKE_IDS.occurrence0309);
  });

  it("reports a named occurrence that is no longer in the series", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSeries });
    const plan = service.prepareDecline(meeting, { occurrenceStart: "2026-04-20T09:15:00Z" });
    await expect(plan).rejects.toMatchObject({ kind: "notFound" });
  });

  it("proposes a new time for one occurrence when the organizer allows proposals", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    const plan = await service.prepareDecline(meeting, {
      comment: "Could we move it?",
      proposedNewTime: { start: "2026-03-10T10:00:00Z", end: "2026-03-10T10:30:00Z" },
    });
    await service.decline(plan);
    expect(h.fake.state.declines[0].body).toEqual({
      comment: "Could we move it?",
      sendResponse: true,
      proposedNewTime: {
        start: { dateTime: "2026-03-10T10:00:00.000", timeZone: "UTC" },
        end: { dateTime: "2026-03-10T10:30:00.000", timeZone: "UTC" },
      },
    });
  });

  it.each([
    ["the organizer does not allow proposals", FAKE_IDS.noReply, {}],
    ["it is for a whole series", FAKE_IDS.occurrence0309, { scope: "series" as const }],
    ["nobody would be told", FAKE_IDS.single, { notify: false }],
  ])("refuses to propose a new time when %s, before sending anything", async (_why, id, extra) => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: id });
    const plan = service.prepareDecline(meeting, {
      ...extra,
      proposedNewTime: { start: "2026-03-10T10:00:00Z", end: "2026-03-10T10:30:00Z" },
    });
    await expect(plan).rejects.toMatchObject({ kind: "notAllowed" });
    expect(h.fake.state.declines).toEqual([]);
  });

  it("refuses to decline a meeting the user organised or one already cancelled", async () => {
    const service = h.service();
    for (const id of [FAKE_IDS.organizedByMe, FAKE_IDS.cancelled]) {
      const meeting = await service.findMeeting({ kind: "appointment", restId: id });
      await expect(service.prepareDecline(meeting)).rejects.toBeInstanceOf(GraphError);
    }
    expect(h.fake.state.declines).toEqual([]);
  });

  it("does not decline again a meeting already declined", async () => {
    const service = h.service();
    const first = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    await service.decline(await service.prepareDecline(first));
    const again = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    const result = await service.decline(await service.prepareDecline(again));
    expect(result.outcome).toBe("alreadyDeclined");
    expect(h.fake.state.declines).toHaveLength(1);
  });
});

describe("one click, one decline", () => {
  it("refuses a second decline of the same event while the first is under way", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    const plan = await service.prepareDecline(meeting);
    const twin = await service.prepareDecline(meeting);
    const outcomes = await Promise.allSettled([service.decline(plan), service.decline(twin)]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ kind: "inFlight" });
    expect(h.fake.state.declines).toHaveLength(1);
  });

  it("returns the first result when the same plan is carried out twice", async () => {
    const service = h.service();
    const plan = await service.prepareDecline(
      await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single }),
    );
    const first = await service.decline(plan);
    const second = await service.decline(plan);
    expect(second).toBe(first);
    expect(h.fake.state.declines).toHaveLength(1);
  });
});

describe("issue 10: the calendar as it is, the right mailbox, the right part of a series", () => {
  it("re-reads the meeting for every new plan, so a decline made meanwhile is not sent again", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    const first = await service.prepareDecline(meeting, { notify: true, comment: "Sorry, I can't." });
    expect(first.alreadyDeclined).toBe(false);
    // Declined meanwhile from Outlook itself: the pane's snapshot still says "notResponded".
    h.fake.state.events.get(FAKE_IDS.single)!.response = "declined";
    const second = await service.prepareDecline(meeting, { notify: true, comment: "Sorry, I can't." });
    expect(second.alreadyDeclined).toBe(true);
    expect(second.description).toMatch(/^You have already declined/);
    expect(requestLines(h.fake).filter((line) => line === `GET /me/events/${FAKE_IDS.single}`)).toHaveLength(3);
    await service.decline(second);
    expect(h.fake.state.declines).toEqual([]);
  });

  it("says a meeting gone from the calendar before a plan is no longer there, and sends nothing", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    h.fake.state.events.delete(FAKE_IDS.single);
    await expect(service.prepareDecline(meeting)).rejects.toThrow(/no longer in your calendar.*Nothing was sent/);
  });

  it("reports a decline resent after 503 that then meets 404 as 'looks already declined'", async () => {
    const service = h.service();
    const plan = await service.prepareDecline(
      await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single }),
      { notify: true, comment: "No, thank you." },
    );
    // The first POST is answered 503 (but, as can happen, the decline landed); the resend finds nothing.
    h.fake.inject({ kind: "503", method: "POST" });
    h.fake.state.events.delete(FAKE_IDS.single);
    const result = await service.decline(plan);
    expect(result.outcome).toBe("looksDeclined");
    expect(result.description).toMatch(/^It looks as if 'Quarterly client dinner'.* is already declined/);
    expect(result.description).not.toMatch(/no longer exists/);
  });

  it("declines a series invitation as the series, an occurrence or exception as itself", async () => {
    const service = h.service();
    const series = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSeries });
    const occurrence = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    const exception = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.exception0316 });
    const single = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });
    expect([series, occurrence, exception, single].map(defaultScope)).toEqual([
      "series",
      "occurrence",
      "occurrence",
      "occurrence",
    ]);
    expect([series, occurrence, exception, single].map(offersScopeChoice)).toEqual([false, true, true, false]);
    const plan = await service.prepareDecline(series, { scope: defaultScope(series), notify: true });
    expect(plan.target).toMatchObject({ eventId: FAKE_IDS.seriesMaster, scope: "series" });
    expect(plan.description).toMatch(/the whole series/);
  });

  it("asks for Mail.Read only to find the meeting behind an invitation email", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSingle });
    await service.decline(await service.prepareDecline(meeting, { notify: false }));
    expect(h.tokens.calls.map((call) => call.scopes)).toEqual([
      ["Mail.Read"],
      ["Calendars.ReadWrite"],
      ["Calendars.ReadWrite"],
    ]);
  });

  it("works in a shared mailbox under /users/{owner} with the .Shared permission", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({
      kind: "meetingRequest",
      restId: FAKE_IDS.sharedMessageOffsite,
      mailbox: FAKE_SHARED.events,
    });
    expect(meeting).toMatchObject({ eventId: FAKE_IDS.sharedOffsite, mailbox: FAKE_SHARED.events });
    const result = await service.decline(await service.prepareDecline(meeting, { notify: true, comment: "Not me." }));
    expect(result.outcome).toBe("declined");
    expect(requestLines(h.fake)).toEqual([
      `GET /users/${FAKE_SHARED.events}/messages/${FAKE_IDS.sharedMessageOffsite}`,
      `GET /users/${FAKE_SHARED.events}/events/${FAKE_IDS.sharedOffsite}`,
      `POST /users/${FAKE_SHARED.events}/events/${FAKE_IDS.sharedOffsite}/decline`,
    ]);
    expect(h.fake.state.declines).toEqual([
      {
        eventId: FAKE_IDS.sharedOffsite,
        body: { sendResponse: true, comment: "Not me." },
        mailbox: FAKE_SHARED.events,
      },
    ]);
    expect(h.tokens.calls.slice(1).map((call) => call.scopes)).toEqual([
      ["Calendars.ReadWrite.Shared"],
      ["Calendars.ReadWrite.Shared"],
    ]);
  });

  it("tells a delegate who may only read the owner's calendar that they cannot respond, and declines nothing", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({
      kind: "appointment",
      restId: FAKE_IDS.readOnlyReview,
      mailbox: FAKE_SHARED.board,
    });
    const plan = await service.prepareDecline(meeting, { notify: true, comment: "No." });
    const refusal = service.decline(plan);
    await expect(refusal).rejects.toMatchObject({ kind: "forbidden" });
    await expect(refusal).rejects.toThrow(
      `Your access to ${FAKE_SHARED.board}'s calendar does not let you answer its meetings, so nothing was declined.`,
    );
    expect(h.fake.state.declines).toEqual([]);
    // The same id under the user's own mailbox is not found: the fake keeps mailboxes apart.
    await expect(service.findMeeting({ kind: "appointment", restId: FAKE_IDS.readOnlyReview })).rejects.toMatchObject({
      kind: "notFound",
    });
  });
});
