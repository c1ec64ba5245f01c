import { SignInError } from "../../src/auth/types";
import type { CalendarService } from "../../src/graph/calendar";
import type { GraphError } from "../../src/graph/errors";
import type { DeclinePlan } from "../../src/graph/types";
import { FAKE_IDS, startFakeGraph } from "../fakes/graphServer";
import { CLAIMS_TOKEN, type Harness, RENEWED_TOKEN, requestLines, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.fake.close();
});

const readSingle = (service: CalendarService) => service.findMeeting({ kind: "appointment", restId: FAKE_IDS.single });

async function planSingle(service: CalendarService): Promise<DeclinePlan> {
  return service.prepareDecline(await readSingle(service), { comment: "Sorry, I can't make it." });
}

function caught(promise: Promise<unknown>): Promise<GraphError> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: GraphError) => error,
  );
}

const posts = () => h.fake.state.requests.filter((r) => r.method === "POST").length;

describe("throttling and unavailability", () => {
  it("waits as long as Retry-After says on a 429, then succeeds", async () => {
    h.fake.inject({ kind: "429", retryAfter: 2 });
    const meeting = await readSingle(h.service());
    expect(meeting.subject).toBe("Quarterly client dinner");
    expect(h.clock.sleeps).toEqual([2000]);
    expect(h.fake.state.requests).toHaveLength(2);
  });

  it("stops after three tries and says Graph is limiting requests", async () => {
    h.fake.inject({ kind: "429", retryAfter: 1, times: 5 });
    const error = await caught(readSingle(h.service()));
    expect(error).toMatchObject({ kind: "throttled", status: 429, retryAfterSeconds: 1 });
    expect(error.message).toMatch(/limiting requests.*Try again in about 1 second\./);
    expect(h.fake.state.requests).toHaveLength(3);
    expect(h.clock.sleeps).toEqual([1000, 1000]);
  });

  it("stops early when the next wait would exceed 30 seconds in all", async () => {
    h.fake.inject({ kind: "429", retryAfter: 20, times: 5 });
    const error = await caught(readSingle(h.service()));
    expect(error.kind).toBe("throttled");
    expect(h.clock.sleeps).toEqual([20_000]);
    expect(h.fake.state.requests).toHaveLength(2);
  });

  it("does not wait at all when Graph asks for longer than the whole budget", async () => {
    h.fake.inject({ kind: "503", retryAfter: 45 });
    const error = await caught(readSingle(h.service()));
    expect(error).toMatchObject({ kind: "unavailable", status: 503, retryAfterSeconds: 45 });
    expect(h.clock.sleeps).toEqual([]);
  });

  it("backs off 1 s then 2 s on a 503 without Retry-After", async () => {
    h.fake.inject({ kind: "503", times: 2 });
    await readSingle(h.service());
    expect(h.clock.sleeps).toEqual([1000, 2000]);
  });

  it("retries a read after a 504", async () => {
    h.fake.inject({ kind: "504" });
    await expect(readSingle(h.service())).resolves.toMatchObject({ eventId: FAKE_IDS.single });
    expect(h.fake.state.requests).toHaveLength(2);
  });

  it.each(["429", "503"] as const)("resends a decline refused with %s, and it is declined once", async (kind) => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind, retryAfter: 1, method: "POST" });
    const result = await service.decline(plan);
    expect(result.outcome).toBe("declined");
    expect(posts()).toBe(2);
    expect(h.fake.state.declines).toHaveLength(1);
  });
});

describe("answers lost after a decline may have been carried out", () => {
  it("does not resend after a 504; the calendar shows it declined, so it is reported done", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "504", method: "POST", processed: true });
    const result = await service.decline(plan);
    expect(result).toMatchObject({ outcome: "declined", confirmedByReread: true });
    expect(posts()).toBe(1);
    expect(h.fake.state.declines).toHaveLength(1);
    expect(requestLines(h.fake).at(-1)).toBe(`GET /me/events/${FAKE_IDS.single}`);
  });

  it("does not resend after a 504 when the calendar does not show it declined: says it is uncertain", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "504", method: "POST" });
    const error = await caught(service.decline(plan));
    expect(error).toMatchObject({ kind: "uncertain", mayHaveBeenProcessed: true });
    expect(error.message).toMatch(/did not confirm the decline/);
    expect(posts()).toBe(1);
    expect(h.fake.state.declines).toHaveLength(0);
  });

  it("times out a decline that hangs, then confirms it from the calendar", async () => {
    const service = h.service({ timeoutMs: 300 });
    const plan = await planSingle(service);
    h.fake.inject({ kind: "hang", method: "POST", processed: true });
    const result = await service.decline(plan);
    expect(result.confirmedByReread).toBe(true);
    expect(posts()).toBe(1);
  });

  it("does not resend after a dropped connection", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "drop", method: "POST" });
    const error = await caught(service.decline(plan));
    expect(error.kind).toBe("uncertain");
    expect(posts()).toBe(1);
    expect(h.fake.state.declines).toHaveLength(0);
  });

  it("lets a later click go through once the uncertain decline is known not to have happened", async () => {
    const service = h.service();
    h.fake.inject({ kind: "504", method: "POST" });
    await caught(service.decline(await planSingle(service)));
    const result = await service.decline(await planSingle(service));
    expect(result.outcome).toBe("declined");
    expect(h.fake.state.declines).toHaveLength(1);
  });

  it("checks the calendar before sending the same plan again after an uncertain outcome", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "504", method: "POST" });
    await caught(service.decline(plan));
    // Graph finished the first request late.
    h.fake.state.events.get(FAKE_IDS.single)!.response = "declined";
    const result = await service.decline(plan);
    expect(result).toMatchObject({ outcome: "declined", confirmedByReread: true });
    expect(posts()).toBe(1);
  });

  it("sends the same plan again once the calendar shows the uncertain decline did not happen", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "504", method: "POST" });
    await caught(service.decline(plan));
    await service.decline(plan);
    expect(posts()).toBe(2);
    expect(h.fake.state.declines).toHaveLength(1);
  });
});

describe("time-outs and no network", () => {
  it("says Graph did not answer in time", async () => {
    h.fake.inject({ kind: "hang" });
    const error = await caught(readSingle(h.service({ timeoutMs: 300 })));
    expect(error).toMatchObject({ kind: "timeout", mayHaveBeenProcessed: false });
    expect(error.message).toBe("Microsoft Graph did not answer within 1 second.");
  });

  it("says the network is down when nothing listens", async () => {
    const gone = await startFakeGraph();
    await gone.close();
    const error = await caught(readSingle(h.service({ baseUrl: gone.url })));
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/could not be reached; check your network connection/);
  });

  it("says the network failed when the connection drops during a read", async () => {
    h.fake.inject({ kind: "drop" });
    await expect(readSingle(h.service())).rejects.toMatchObject({ kind: "network" });
  });
});

describe("sign-in", () => {
  it("renews the token once on a 401, then succeeds", async () => {
    h.fake.inject({ kind: "401" });
    await readSingle(h.service());
    const scopes = ["Calendars.ReadWrite"];
    expect(h.tokens.calls).toEqual([{ scopes }, { forceRefresh: true, scopes }]);
    expect(h.fake.state.requests.map((r) => r.authorization.replace("Bearer ", ""))).toEqual([
      expect.any(String),
      RENEWED_TOKEN,
    ]);
  });

  it("re-acquires with the claims a 401 challenge asks for", async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1770000000"}}}';
    h.fake.inject({ kind: "401-claims", claims });
    await readSingle(h.service());
    const scopes = ["Calendars.ReadWrite"];
    expect(h.tokens.calls).toEqual([{ scopes }, { claims, scopes }]);
    expect(h.fake.state.requests[1].authorization).toBe(`Bearer ${CLAIMS_TOKEN}`);
  });

  it("renews only once: a token refused twice ends in an error", async () => {
    h.fake.state.validTokens.clear();
    const error = await caught(readSingle(h.service()));
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, graphCode: "InvalidAuthenticationToken" });
    expect(h.fake.state.requests).toHaveLength(2);
  });

  it("resends a decline refused with a 401 after renewing, and it is declined once", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "401", method: "POST" });
    await service.decline(plan);
    expect(posts()).toBe(2);
    expect(h.fake.state.declines).toHaveLength(1);
  });

  it("sends nothing when sign-in fails, and passes its reason on", async () => {
    const service = h.service({
      tokenProvider: {
        getToken: async () => {
          throw new SignInError("cancelled", "user closed the window");
        },
      },
    });
    const error = await caught(readSingle(service));
    expect(error).toMatchObject({ kind: "signIn", detail: "user closed the window" });
    expect(error.message).toMatch(/Sign-in was cancelled/);
    expect(h.fake.state.requests).toHaveLength(0);
  });
});

describe("refusals", () => {
  it("names the missing calendar permission on a 403", async () => {
    const service = h.service();
    const plan = await planSingle(service);
    h.fake.inject({ kind: "403", method: "POST" });
    const error = await caught(service.decline(plan));
    expect(error).toMatchObject({ kind: "forbidden", status: 403 });
    expect(error.message).toMatch(/missing the Calendars\.ReadWrite permission/);
  });

  it("names the mail permission when reading an invitation is refused", async () => {
    h.fake.inject({ kind: "403" });
    const error = await caught(h.service().findMeeting({ kind: "meetingRequest", restId: FAKE_IDS.messageSingle }));
    expect(error.message).toMatch(/Mail\.Read/);
  });

  it("says the meeting no longer exists on a 404", async () => {
    const error = await caught(h.service().findMeeting({ kind: "appointment", restId: "AAMkAGE1-unknown=" }));
    expect(error).toMatchObject({ kind: "notFound", status: 404, graphCode: "ErrorItemNotFound" });
    expect(error.message).toMatch(/no longer exists in your calendar/);
  });

  it("explains Graph's 400 about proposals not being allowed", async () => {
    const service = h.service();
    const meeting = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0309 });
    const plan = await service.prepareDecline(meeting, {
      proposedNewTime: { start: "2026-03-10T10:00:00Z", end: "2026-03-10T10:30:00Z" },
    });
    h.fake.inject({ kind: "400-proposals", method: "POST" });
    const error = await caught(service.decline(plan));
    expect(error).toMatchObject({ kind: "badRequest", status: 400 });
    expect(error.message).toMatch(/does not accept new time proposals/);
    expect(h.fake.state.declines).toHaveLength(0);
  });
});
