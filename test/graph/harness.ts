/** Shared set-up for the Graph tests: a fake Graph, a token provider that records requests, a fake clock. */
import type { TokenProvider, TokenRequestOptions } from "../../src/auth/types";
import { CalendarService, type CalendarServiceOptions } from "../../src/graph/calendar";
import { FAKE_GRAPH_TOKEN, startFakeGraph, type FakeGraph } from "../fakes/graphServer";

export const RENEWED_TOKEN = "renewed-token";
export const CLAIMS_TOKEN = "claims-token";

/** Hands out the fake's token; a renewal (forceRefresh or claims) gets a different, also valid one. */
export class RecordingTokenProvider implements TokenProvider {
  readonly calls: TokenRequestOptions[] = [];
  async getToken(options: TokenRequestOptions = {}): Promise<string> {
    this.calls.push(options);
    if (options.claims) return CLAIMS_TOKEN;
    return options.forceRefresh ? RENEWED_TOKEN : FAKE_GRAPH_TOKEN;
  }
}

/** Sleeping moves the clock on instead of waiting. */
export class FakeClock {
  nowMs = Date.parse("2026-03-01T08:00:00Z");
  readonly sleeps: number[] = [];
  now = () => this.nowMs;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.nowMs += ms;
  };
}

export interface Harness {
  fake: FakeGraph;
  tokens: RecordingTokenProvider;
  clock: FakeClock;
  service: (overrides?: Partial<CalendarServiceOptions>) => CalendarService;
}

export async function startHarness(): Promise<Harness> {
  const fake = await startFakeGraph({ validTokens: [FAKE_GRAPH_TOKEN, RENEWED_TOKEN, CLAIMS_TOKEN] });
  const tokens = new RecordingTokenProvider();
  const clock = new FakeClock();
  const service = (overrides: Partial<CalendarServiceOptions> = {}) =>
    new CalendarService({
      tokenProvider: tokens,
      baseUrl: fake.url,
      sleep: clock.sleep,
      now: clock.now,
      // A ceiling for a request on a loaded machine, not a wait: the fake answers in milliseconds.
      // Tests of a hanging request pass a short timeout of their own.
      timeoutMs: 10_000,
      locale: "en-GB",
      timeZone: "Europe/London",
      ...overrides,
    });
  return { fake, tokens, clock, service };
}

/** Requests the fake saw, as "METHOD /path", without the version prefix. */
export function requestLines(fake: FakeGraph): string[] {
  return fake.state.requests.map((r) => `${r.method} ${r.path.replace(/^\/v1\.0/, "")}`);
}
