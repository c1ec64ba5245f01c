import { GraphError } from "../../src/graph/errors";
import { FAKE_IDS } from "../fakes/graphServer";
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
    expect(h.fake.state.requests[0].query).toEqual({ $expand: "microsoft.graph.eventMessage/event" });
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
