/**
 * For the calendar component tests: the real Graph client against the fake Graph server. jsdom has no
 * fetch, so requests go through a small fetch over node:http (method, headers, body, abort; no more
 * than GraphHttp uses).
 */
import { request } from "node:http";
import { staticTokenProvider } from "../../src/auth/types";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import { CalendarService } from "../../src/graph/calendar";
import { FAKE_GRAPH_TOKEN, type FakeGraph } from "../fakes/graphServer";
import type { OfficeAdapter } from "../../src/office/adapter";
import type { AppProps } from "../../src/taskpane/App";
import { createCalendarAction, ReplyAsDeclineLink, withReplyAsDecline } from "../../src/taskpane/calendar";
import type { CalendarSettings } from "../../src/taskpane/calendar/types";
import { FakeAdapter } from "./fakeAdapter";

interface NodeFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export const nodeFetch = ((url: string, init: NodeFetchInit = {}) =>
  new Promise((resolve, reject) => {
    const outgoing = request(url, { method: init.method ?? "GET", headers: init.headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const header = (name: string) => {
          const value = incoming.headers[name.toLowerCase()];
          return value === undefined ? null : String(value);
        };
        resolve({ status: incoming.statusCode ?? 0, headers: { get: header }, text: async () => text });
      });
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    init.signal?.addEventListener("abort", () => outgoing.destroy(new Error("The operation was aborted.")));
    outgoing.end(init.body);
  })) as unknown as typeof fetch;

export function calendarService(fake: FakeGraph): CalendarService {
  return new CalendarService({
    tokenProvider: staticTokenProvider(FAKE_GRAPH_TOKEN),
    baseUrl: fake.url,
    fetch: nodeFetch,
    timeoutMs: 1000,
    // Retry-After waits pass at once.
    sleep: async () => undefined,
    locale: "en-GB",
    timeZone: "UTC",
  });
}

/** An adapter whose item has a REST id, as Outlook's convertToRestId gives it. */
export class MeetingAdapter extends FakeAdapter {
  constructor(
    invitation: Invitation,
    private readonly restId: string,
  ) {
    super(invitation);
  }
  currentItemRestId() {
    return this.restId;
  }
}

export const dinnerInvitation = emptyInvitation({
  kind: "meetingRequest",
  subject: "Quarterly client dinner",
  body:
    "Hi Dana,\n\nWe're hosting our quarterly client dinner at The Ivy on Thursday and would love you to join " +
    "us. Drinks from 6.30pm, dinner at 7.\n\nBest,\nDerek",
  from: { name: "Derek Hall", address: "derek.hall@contoso.com" },
  to: [{ name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" }],
  me: { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" },
  start: "2026-03-12T18:30:00+00:00",
  end: "2026-03-12T21:00:00+00:00",
});

/** The pane's props with the calendar actions wired as in Outlook, against the fake Graph. */
export function calendarPaneProps(
  adapter: OfficeAdapter,
  fake: FakeGraph,
  settings: Partial<CalendarSettings> = {},
  configured = true,
): AppProps {
  const link = new ReplyAsDeclineLink();
  const action = createCalendarAction({
    adapter,
    link,
    configured: () => configured,
    connect: async () => calendarService(fake),
    settings: () => ({ alsoDeclineInCalendar: false, notifyOrganizer: true, ...settings }),
  });
  return { adapter: withReplyAsDecline(adapter, link), extensions: { actions: [action] } };
}
