/**
 * A fake Microsoft Graph v1.0 for the calendar-decline calls, served over real HTTP on 127.0.0.1.
 * It checks each request as Graph would (method, path, query, bearer token, content type, the decline
 * body's documented contract), keeps per-event state, answers with Graph-shaped JSON and injects faults
 * on demand. Jest tests start it with `startFakeGraph`; the browser preview starts it with `main`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  defaultDelegates,
  defaultEvents,
  defaultMessages,
  type DelegateAccess,
  FAKE_GRAPH_TOKEN,
  type FakeEvent,
  type FakeMessage,
} from "./graphData";

export * from "./graphData";

export type FaultKind =
  "429" | "503" | "504" | "401" | "401-claims" | "403" | "404" | "400-proposals" | "hang" | "drop";

export interface Fault {
  kind: FaultKind;
  /** How many matching requests it hits. Default 1. */
  times?: number;
  method?: "GET" | "POST";
  /** Hits only requests whose decoded path contains this text. */
  pathIncludes?: string;
  /** Seconds, sent as Retry-After with 429/503. */
  retryAfter?: number;
  /** For 504, hang and drop: carry the request out before failing to answer, as a real gateway may. */
  processed?: boolean;
  /** For 401-claims: the JSON the challenge asks for (sent base64-encoded). */
  claims?: string;
}

export interface DeclineRecord {
  eventId: string;
  body: Record<string, unknown>;
  /** Present when the decline went to a shared or delegate mailbox. */
  mailbox?: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string;
  contentType: string;
  prefer: string;
  body: string;
}

export interface FakeGraphState {
  events: Map<string, FakeEvent>;
  messages: Map<string, FakeMessage>;
  declines: DeclineRecord[];
  requests: RequestRecord[];
  /** Bearer tokens the fake accepts; delete one to make it "expire". */
  validTokens: Set<string>;
  faults: (Fault & { remaining: number })[];
  /** Shared and delegate mailboxes by owner, with what the user may do there. */
  delegates: Map<string, DelegateAccess>;
}

export interface FakeGraphOptions {
  port?: number;
  host?: string;
  validTokens?: string[];
  /** Origins allowed to call from a browser (the preview). "*" allows any. */
  allowedOrigins?: string[];
  events?: FakeEvent[];
  messages?: FakeMessage[];
  delegates?: [owner: string, access: DelegateAccess][];
}

export interface FakeGraph {
  /** Base URL including "/v1.0", for the Graph client's `baseUrl`. */
  url: string;
  state: FakeGraphState;
  inject(fault: Fault): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
}

const VERSION_PREFIX = "/v1.0";
const EXPAND_EVENT = "microsoft.graph.eventMessage/event";
const DECLINE_PROPERTIES = new Set(["comment", "sendResponse", "proposedNewTime"]);
const DEFAULT_ORIGINS = [
  "https://localhost:3000",
  "https://127.0.0.1:3000",
  "http://localhost:3000",
  "http://127.0.0.1:3000",
];
const ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Prefer, client-request-id";
const EXPOSED_HEADERS = "Retry-After, WWW-Authenticate, request-id, client-request-id";
const CHALLENGE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ' +
  'client_id="00000003-0000-0000-c000-000000000000"';

let requestCounter = 0;

function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  const requestId = `fake-${++requestCounter}`;
  return {
    status,
    headers,
    json: { error: { code, message, innerError: { date: new Date().toISOString(), "request-id": requestId } } },
  };
}

function accessDenied(): Reply {
  return graphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
}

function gatewayTimeout(): Reply {
  return graphError(504, "GatewayTimeout", "The gateway did not receive a timely response.");
}

function graphTime(utc: string) {
  return { dateTime: `${utc}:00.0000000`, timeZone: "UTC" };
}

function eventJson(event: FakeEvent, withContext: boolean) {
  return {
    ...(withContext
      ? { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/events/$entity" }
      : {}),
    "@odata.etag": `W/"${Buffer.from(event.id + event.response).toString("base64")}"`,
    id: event.id,
    subject: event.subject,
    type: event.type,
    seriesMasterId: event.seriesMasterId,
    responseRequested: event.responseRequested,
    allowNewTimeProposals: event.allowNewTimeProposals,
    isOrganizer: event.isOrganizer,
    isCancelled: event.isCancelled,
    start: graphTime(event.start),
    end: graphTime(event.end),
    organizer: { emailAddress: { name: event.organizer.name, address: event.organizer.address } },
    responseStatus: {
      response: event.response,
      time: event.response === "notResponded" ? "0001-01-01T00:00:00Z" : new Date().toISOString(),
    },
  };
}

/** Graph reads `2026-03-09T09:15:00Z`, `...+01:00` or a bare wall-clock time (then UTC) in instance windows. */
function parseWindowTime(text: string | undefined): number {
  if (!text) return NaN;
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(text) ? text : `${text}Z`);
}

function isTimeZoneValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { dateTime, timeZone, ...rest } = value as Record<string, unknown>;
  return typeof dateTime === "string" && typeof timeZone === "string" && Object.keys(rest).length === 0;
}

/** Graph's decline contract: comment (string), sendResponse (boolean), proposedNewTime (timeSlot). */
function declineBodyProblem(body: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(body)) {
    if (!DECLINE_PROPERTIES.has(key)) {
      return `The property '${key}' does not exist on type 'microsoft.graph.decline'. Make sure to only use property names that are defined by the type.`;
    }
    if (key === "comment" && typeof value !== "string")
      return "Cannot convert the literal to the expected type 'Edm.String'.";
    if (key === "sendResponse" && typeof value !== "boolean")
      return "Cannot convert the literal to the expected type 'Edm.Boolean'.";
    if (key === "proposedNewTime") {
      const slot = value as Record<string, unknown> | null;
      const keys = slot && typeof slot === "object" ? Object.keys(slot).sort().join(",") : "";
      if (keys !== "end,start" || !isTimeZoneValue(slot?.start) || !isTimeZoneValue(slot?.end)) {
        return "Invalid value for 'proposedNewTime': a timeSlot needs start and end, each { dateTime, timeZone }.";
      }
    }
  }
  return null;
}

class FakeGraphService {
  readonly state: FakeGraphState;

  constructor(options: FakeGraphOptions) {
    this.state = {
      events: new Map((options.events ?? defaultEvents()).map((e) => [e.id, { ...e }])),
      messages: new Map((options.messages ?? defaultMessages()).map((m) => [m.id, { ...m }])),
      declines: [],
      requests: [],
      validTokens: new Set(options.validTokens ?? [FAKE_GRAPH_TOKEN]),
      faults: [],
      delegates: new Map(options.delegates ?? defaultDelegates()),
    };
  }

  takeFault(method: string, path: string): Fault | null {
    const index = this.state.faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.pathIncludes || path.includes(f.pathIncludes)),
    );
    if (index < 0) return null;
    const fault = this.state.faults[index];
    if (--fault.remaining <= 0) this.state.faults.splice(index, 1);
    return fault;
  }

  handle(record: RequestRecord): Reply {
    const auth = /^Bearer (.+)$/.exec(record.authorization);
    if (!auth)
      return graphError(401, "InvalidAuthenticationToken", "Access token is empty.", { "WWW-Authenticate": CHALLENGE });
    if (!this.state.validTokens.has(auth[1])) {
      return graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.", {
        "WWW-Authenticate": CHALLENGE,
      });
    }
    const all = record.path.split("/").filter(Boolean);
    // /users/{owner}/… addresses a shared or delegate mailbox; it then reads like /me/… for that owner.
    const mailbox = all[0] === "users" && all.length > 1 ? all[1].toLowerCase() : null;
    const segments = mailbox ? ["me", ...all.slice(2)] : all;
    const access = mailbox ? this.state.delegates.get(mailbox) : "write";
    if (!access) return accessDenied();
    const route = segments.map((s, i) => (i === 2 ? "{id}" : s)).join("/");
    const id = segments[2] ?? "";
    switch (route) {
      case "me/events/{id}":
        return this.only(record, "GET", ["$select"], () => this.getEvent(id, mailbox));
      case "me/events/{id}/instances":
        return this.only(record, "GET", ["startDateTime", "endDateTime", "$select"], () =>
          this.instances(id, record.query, mailbox),
        );
      case "me/events/{id}/decline":
        // A delegate with read access only: Exchange refuses the response.
        if (access !== "write") return accessDenied();
        return this.only(record, "POST", [], () => this.decline(id, record, mailbox));
      case "me/messages/{id}":
        return this.only(record, "GET", ["$expand", "$select"], () => this.getMessage(id, record.query, mailbox));
      default:
        return graphError(400, "BadRequest", `Resource not found for the segment '${segments.at(-1) ?? ""}'.`);
    }
  }

  /** The event with this id in this mailbox (null: the user's own). */
  private event(id: string, mailbox: string | null): FakeEvent | undefined {
    const event = this.state.events.get(id);
    return event && (event.mailbox ?? null) === mailbox ? event : undefined;
  }

  private only(record: RequestRecord, method: string, allowedQuery: string[], next: () => Reply): Reply {
    if (record.method !== method) {
      return graphError(405, "Request_BadRequest", `Specified HTTP method is not allowed for the request target.`);
    }
    const unknown = Object.keys(record.query).find((key) => !allowedQuery.includes(key));
    if (unknown) return graphError(400, "BadRequest", `Query option '${unknown}' is not allowed.`);
    return next();
  }

  private getEvent(id: string, mailbox: string | null): Reply {
    const event = this.event(id, mailbox);
    if (!event) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return { status: 200, json: eventJson(event, true) };
  }

  private instances(masterId: string, query: Record<string, string>, mailbox: string | null): Reply {
    const from = parseWindowTime(query.startDateTime);
    const to = parseWindowTime(query.endDateTime);
    if (Number.isNaN(from) || Number.isNaN(to)) {
      return graphError(
        400,
        "ErrorInvalidParameter",
        "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
      );
    }
    if (!this.event(masterId, mailbox)) {
      return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    const value = [...this.state.events.values()]
      .filter((e) => e.seriesMasterId === masterId && e.type !== "seriesMaster")
      .filter((e) => Date.parse(`${e.start}Z`) < to && Date.parse(`${e.end}Z`) > from)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((e) => eventJson(e, false));
    return {
      status: 200,
      json: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(event)", value },
    };
  }

  private getMessage(id: string, query: Record<string, string>, mailbox: string | null): Reply {
    const expand = query.$expand;
    // The event may carry its own $select: microsoft.graph.eventMessage/event($select=subject,…).
    if (
      expand !== undefined &&
      expand !== EXPAND_EVENT &&
      !/^microsoft\.graph\.eventMessage\/event\(\$select=[\w,]+\)$/.test(expand)
    ) {
      return graphError(
        400,
        "BadRequest",
        `Parsing OData Select and Expand failed: Could not find a property named '${expand}'.`,
      );
    }
    const found = this.state.messages.get(id);
    const message = found && (found.mailbox ?? null) === mailbox ? found : undefined;
    if (!message) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const event = message.eventId ? this.event(message.eventId, mailbox) : undefined;
    const json: Record<string, unknown> = {
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages/$entity",
      "@odata.type": message.eventId ? "#microsoft.graph.eventMessageRequest" : "#microsoft.graph.message",
      id: message.id,
      subject: message.subject,
    };
    if (message.eventId) json.meetingMessageType = "meetingRequest";
    if (expand && event) json.event = eventJson(event, false);
    return { status: 200, json };
  }

  private decline(id: string, record: RequestRecord, mailbox: string | null): Reply {
    if (!/^application\/json\b/i.test(record.contentType)) {
      return graphError(
        415,
        "UnsupportedMediaType",
        "A supported MIME type could not be found that matches the content type of the response.",
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(record.body);
    } catch {
      return graphError(
        400,
        "BadRequest",
        "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
      );
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      return graphError(400, "RequestBodyRead", "The request body must be a JSON object.");
    }
    const problem = declineBodyProblem(body as Record<string, unknown>);
    if (problem) return graphError(400, "RequestBodyRead", problem);
    const event = this.event(id, mailbox);
    if (!event) return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    const fields = body as { sendResponse?: boolean; proposedNewTime?: unknown };
    if (event.isOrganizer) {
      return graphError(
        400,
        "ErrorInvalidRequest",
        "Your request can't be completed. You can't respond to a meeting you organized.",
      );
    }
    if (fields.proposedNewTime !== undefined) {
      if (event.type === "seriesMaster") {
        return graphError(
          400,
          "ErrorInvalidRequest",
          "Proposing a new time is not supported for a recurring meeting series.",
        );
      }
      if (!event.allowNewTimeProposals) return this.proposalsNotAllowed();
      if (fields.sendResponse === false) {
        return graphError(400, "ErrorInvalidRequest", "A new time can't be proposed without sending a response.");
      }
    }
    this.state.declines.push({ eventId: id, body: body as Record<string, unknown>, ...(mailbox ? { mailbox } : {}) });
    event.response = "declined";
    if (event.type === "seriesMaster") {
      for (const other of this.state.events.values()) if (other.seriesMasterId === id) other.response = "declined";
    }
    return { status: 202 };
  }

  proposalsNotAllowed(): Reply {
    return graphError(400, "ErrorInvalidRequest", "The organizer of this meeting does not allow new time proposals.");
  }

  /** A fault's own answer; null means carry on (a fault that lets the request through first). */
  faultReply(fault: Fault): Reply | null {
    const retryAfter: Record<string, string> =
      fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {};
    switch (fault.kind) {
      case "429":
        return graphError(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.", retryAfter);
      case "503":
        return graphError(503, "ServiceUnavailable", "The service is temporarily unavailable.", retryAfter);
      case "504":
        return fault.processed ? null : gatewayTimeout();
      case "401":
        return graphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.", {
          "WWW-Authenticate": CHALLENGE,
        });
      case "401-claims": {
        const claims = Buffer.from(
          fault.claims ?? '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}',
        ).toString("base64");
        return graphError(
          401,
          "InvalidAuthenticationToken",
          "Continuous access evaluation resulted in claims challenge.",
          {
            "WWW-Authenticate": `${CHALLENGE}, error="insufficient_claims", claims="${claims}"`,
          },
        );
      }
      case "403":
        return graphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
      case "404":
        return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
      case "400-proposals":
        return this.proposalsNotAllowed();
      default:
        return null;
    }
  }
}

function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
  if (!origin || !(allowed.includes("*") || allowed.includes(origin))) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    Vary: "Origin",
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function write(response: ServerResponse, reply: Reply, cors: Record<string, string>): void {
  const body = reply.json === undefined ? "" : JSON.stringify(reply.json);
  response.writeHead(reply.status, {
    ...cors,
    ...(body
      ? { "Content-Type": "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8" }
      : {}),
    "request-id": `fake-${++requestCounter}`,
    ...reply.headers,
  });
  response.end(body);
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const service = new FakeGraphService(options);
  const allowedOrigins = options.allowedOrigins ?? DEFAULT_ORIGINS;

  const server = createServer(async (request, response) => {
    const cors = corsHeaders(request.headers.origin, allowedOrigins);
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        ...cors,
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": "600",
        ...(request.headers["access-control-request-private-network"]
          ? { "Access-Control-Allow-Private-Network": "true" }
          : {}),
      });
      response.end();
      return;
    }
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    const record: RequestRecord = {
      method: request.method ?? "",
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization ?? "",
      contentType: request.headers["content-type"] ?? "",
      prefer: String(request.headers.prefer ?? ""),
      body: await readBody(request),
    };
    service.state.requests.push(record);
    if (!record.path.startsWith(`${VERSION_PREFIX}/`)) {
      write(response, graphError(400, "BadRequest", "Invalid version."), cors);
      return;
    }
    const graphPath = record.path.slice(VERSION_PREFIX.length);
    const fault = service.takeFault(record.method, graphPath);
    const faultReply = fault ? service.faultReply(fault) : null;
    if (faultReply) {
      write(response, faultReply, cors);
      return;
    }
    if (fault && !fault.processed) {
      failWithoutAnswer(fault, request, response, cors);
      return;
    }
    const reply = service.handle({ ...record, path: graphPath });
    if (fault) failWithoutAnswer(fault, request, response, cors);
    else write(response, reply, cors);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}${VERSION_PREFIX}`,
    state: service.state,
    inject(fault) {
      service.state.faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** 504 after the work was done, a request left hanging, or the connection dropped. */
function failWithoutAnswer(
  fault: Fault,
  request: IncomingMessage,
  response: ServerResponse,
  cors: Record<string, string>,
) {
  if (fault.kind === "504") write(response, gatewayTimeout(), cors);
  else if (fault.kind === "drop") request.socket.destroy();
  // "hang": never answer; close() ends the connection.
}

/** For the browser preview and manual runs: `npx tsx test/fakes/runFakeGraph.ts 4010`. */
export async function main(port = 4010, options: Omit<FakeGraphOptions, "port"> = {}): Promise<FakeGraph> {
  const fake = await startFakeGraph({ ...options, port });
  console.log(`Fake Microsoft Graph listening at ${fake.url} (token "${FAKE_GRAPH_TOKEN}")`);
  return fake;
}
