/**
 * Every failure the calendar actions can meet, as one typed error whose `message` can be shown to the
 * user as it is; `detail` carries what Graph said, for the log.
 */
export type GraphErrorKind =
  | "signIn"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "badRequest"
  | "throttled"
  | "unavailable"
  | "timeout"
  | "network"
  | "notAMeeting"
  | "notAllowed"
  | "inFlight"
  | "uncertain"
  | "unexpected";

export interface GraphErrorInit {
  kind: GraphErrorKind;
  message: string;
  detail?: string;
  status?: number;
  /** Graph's `error.code`, when it sent one. */
  graphCode?: string;
  /** Seconds Graph asked to wait (429/503) when the retry budget ran out first. */
  retryAfterSeconds?: number;
  /** True when the request may have been carried out although no success came back (504, timeout, dropped connection). */
  mayHaveBeenProcessed?: boolean;
  /** The answer came to a resend (after 429/503 or a renewed sign-in): an earlier send may have acted. */
  resent?: boolean;
}

export class GraphError extends Error {
  readonly kind: GraphErrorKind;
  readonly status?: number;
  readonly detail: string;
  readonly graphCode?: string;
  readonly retryAfterSeconds?: number;
  readonly mayHaveBeenProcessed: boolean;
  readonly resent: boolean;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.name = "GraphError";
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail ?? "";
    this.graphCode = init.graphCode;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.mayHaveBeenProcessed = init.mayHaveBeenProcessed ?? false;
    this.resent = init.resent ?? false;
  }
}

/** "1 second", "15 seconds": whole seconds, never "0". */
export function secondsPhrase(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole === 1 ? "1 second" : `${whole} seconds`;
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

/** The permission a request needs; named in the 403 message. */
export type GraphPermission = "Calendars.ReadWrite" | "Calendars.ReadWrite.Shared" | "Mail.Read";

/** Graph's error body: `{ "error": { "code": "...", "message": "..." } }`. */
export interface GraphErrorBody {
  error?: { code?: string; message?: string };
}

/** 400 answers Graph gives for a decline, explained in the user's terms. Matched on code or message text. */
const BAD_REQUEST_EXPLANATIONS: { pattern: RegExp; message: string }[] = [
  {
    pattern: /propos/i,
    message: "The organizer does not accept new time proposals for this meeting. Decline without proposing a time.",
  },
  {
    pattern: /organi[sz]er/i,
    message: "You organised this meeting, so it cannot be declined; cancel it from your calendar instead.",
  },
  {
    pattern: /cancel/i,
    message: "This meeting has already been cancelled by its organizer.",
  },
];

export function explainBadRequest(code: string, graphMessage: string): string {
  const text = `${code} ${graphMessage}`;
  const known = BAD_REQUEST_EXPLANATIONS.find((entry) => entry.pattern.test(text));
  if (known) return known.message;
  return graphMessage
    ? `Microsoft Graph refused the request: ${graphMessage}`
    : "Microsoft Graph refused the request as malformed.";
}

interface ResponseFacts {
  status: number;
  body: GraphErrorBody | null;
  permission: GraphPermission;
  retryAfterSeconds?: number;
  /** The request changes state and the status leaves it open whether it was carried out. */
  ambiguous: boolean;
  resent?: boolean;
  /** The shared or delegate mailbox the request went to (its owner's address); absent for the user's own. */
  mailbox?: string | null;
}

/** Turns a final non-success HTTP answer into the error the user sees. */
export function errorFromResponse(facts: ResponseFacts): GraphError {
  const { status, body, permission, retryAfterSeconds } = facts;
  const graphCode = body?.error?.code ?? "";
  const graphMessage = body?.error?.message ?? "";
  const detail = `HTTP ${status}${graphCode ? ` ${graphCode}` : ""}${graphMessage ? `: ${graphMessage}` : ""}`;
  const base = { status, detail, graphCode: graphCode || undefined, resent: facts.resent };
  const waitHint = retryAfterSeconds ? ` Try again in about ${secondsPhrase(retryAfterSeconds)}.` : "";

  switch (status) {
    case 400:
      return new GraphError({ ...base, kind: "badRequest", message: explainBadRequest(graphCode, graphMessage) });
    case 401:
      return new GraphError({
        ...base,
        kind: "unauthorized",
        message: "Microsoft 365 did not accept your sign-in, even after renewing it. Sign in again and retry.",
      });
    case 403:
      if (facts.mailbox) {
        return new GraphError({
          ...base,
          kind: "forbidden",
          message: `Your access to ${facts.mailbox}'s calendar does not let you answer its meetings, so nothing was declined. Ask ${facts.mailbox} for Editor (delegate) access to the calendar, or reply by mail instead.`,
        });
      }
      return new GraphError({
        ...base,
        kind: "forbidden",
        message: `Decline Assistant is missing the ${permission} permission for your mailbox. Ask your administrator to grant it, then try again.`,
      });
    case 404:
      return new GraphError({
        ...base,
        kind: "notFound",
        message: "This meeting no longer exists in your calendar; it may have been cancelled or deleted.",
      });
    case 429:
      return new GraphError({
        ...base,
        kind: "throttled",
        retryAfterSeconds,
        message: `Microsoft Graph is limiting requests right now, so nothing was changed.${waitHint}`,
      });
    default:
      if (status === 504 && facts.ambiguous) {
        return new GraphError({
          ...base,
          kind: "unavailable",
          mayHaveBeenProcessed: true,
          message: "Microsoft Graph timed out answering; the request may still have gone through.",
        });
      }
      if (status >= 500) {
        return new GraphError({
          ...base,
          kind: "unavailable",
          retryAfterSeconds,
          message: `Microsoft Graph is unavailable at the moment, so nothing was changed.${waitHint}`,
        });
      }
      return new GraphError({
        ...base,
        kind: "unexpected",
        message: `Microsoft Graph answered with an unexpected status (${status}).`,
      });
  }
}
