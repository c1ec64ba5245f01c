/** The fake must refuse what Graph refuses, or the client tests would pass against a lenient stand-in. */
import { FAKE_GRAPH_TOKEN, FAKE_IDS, startFakeGraph, type FakeGraph } from "../fakes/graphServer";

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph();
});
afterEach(async () => {
  await fake.close();
});

const auth = { Authorization: `Bearer ${FAKE_GRAPH_TOKEN}` };
const declineUrl = () => `${fake.url}/me/events/${encodeURIComponent(FAKE_IDS.single)}/decline`;

function postDecline(body: string, contentType = "application/json") {
  return fetch(declineUrl(), { method: "POST", headers: { ...auth, "Content-Type": contentType }, body });
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe("the fake Graph checks requests as Graph does", () => {
  it("accepts a documented decline with 202 and no body", async () => {
    const response = await postDecline(JSON.stringify({ comment: "No", sendResponse: true }));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
  });

  it.each([
    ["an unknown property", JSON.stringify({ sendResponse: true, message: "x" }), 400, "RequestBodyRead"],
    ["a comment that is not a string", JSON.stringify({ comment: 3, sendResponse: true }), 400, "RequestBodyRead"],
    [
      "a malformed timeSlot",
      JSON.stringify({ sendResponse: true, proposedNewTime: { start: "x" } }),
      400,
      "RequestBodyRead",
    ],
    ["a body that is not JSON", "comment=no", 400, "BadRequest"],
  ])("refuses %s", async (_case, body, status, code) => {
    const response = await postDecline(body);
    expect(response.status).toBe(status);
    expect(await errorCode(response)).toBe(code);
    expect(fake.state.declines).toEqual([]);
  });

  it("refuses a decline that is not sent as application/json", async () => {
    const response = await postDecline(JSON.stringify({ sendResponse: true }), "text/plain");
    expect(response.status).toBe(415);
  });

  it("refuses a missing or wrong token with 401, a Graph error body and a challenge", async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer stale" }];
    for (const headers of attempts) {
      const response = await fetch(`${fake.url}/me/events/${encodeURIComponent(FAKE_IDS.single)}`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm=""/);
      expect(await errorCode(response)).toBe("InvalidAuthenticationToken");
    }
  });

  it("refuses an $expand other than the eventMessage event, and unknown query options", async () => {
    const message = `${fake.url}/me/messages/${encodeURIComponent(FAKE_IDS.messageSingle)}`;
    expect((await fetch(`${message}?$expand=event`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${message}?$top=1`, { headers: auth })).status).toBe(400);
  });

  it("requires a time window for a series' instances", async () => {
    const response = await fetch(`${fake.url}/me/events/${encodeURIComponent(FAKE_IDS.seriesMaster)}/instances`, {
      headers: auth,
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("ErrorInvalidParameter");
  });

  it("refuses the wrong method", async () => {
    expect((await fetch(declineUrl(), { headers: auth })).status).toBe(405);
  });

  it("records every decline, so tests can count them", async () => {
    await postDecline(JSON.stringify({ sendResponse: false }));
    await postDecline(JSON.stringify({ sendResponse: false }));
    expect(fake.state.declines).toHaveLength(2);
    expect(fake.state.events.get(FAKE_IDS.single)?.response).toBe("declined");
  });

  it("answers the preview's CORS preflight and exposes Retry-After", async () => {
    const origin = "https://localhost:3000";
    const preflight = await fetch(declineUrl(), {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization, Content-Type/);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/POST/);
    fake.inject({ kind: "429", retryAfter: 3 });
    const throttled = await fetch(declineUrl(), { method: "POST", headers: { ...auth, Origin: origin } });
    expect(throttled.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
    expect(throttled.headers.get("retry-after")).toBe("3");
  });

  it("does not allow other origins", async () => {
    const preflight = await fetch(declineUrl(), { method: "OPTIONS", headers: { Origin: "https://evil.example" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
