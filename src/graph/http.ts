/**
 * The one place requests to Microsoft Graph are made: token, timeout, retry and error mapping.
 *
 * Retry policy (why): 429 and 503 mean Graph did not act, so any request may be resent after the wait
 * Graph asks for (`Retry-After`), within a budget of `maxTries` sends and `maxTotalMs` in all. A 504, a
 * timeout and a dropped connection leave it open whether Graph acted: reads are resent on 504, but a
 * state-changing request (`safeToRepeat: false`, the decline) is never resent; the error says
 * `mayHaveBeenProcessed` and the caller checks the calendar instead (see calendar.ts).
 */
import type { TokenProvider, TokenRequestOptions } from "../auth/types";
import { SignInError } from "../auth/types";
import { errorFromResponse, GraphError, secondsPhrase, type GraphErrorBody, type GraphPermission } from "./errors";

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export interface GraphHttpOptions {
  tokenProvider: TokenProvider;
  /** Default https://graph.microsoft.com/v1.0; tests and the preview point it at the fake. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per send, covering the answer's body too. Default 15 s. */
  timeoutMs?: number;
  /** Sends of one request at most, throttling retries included. Default 3. */
  maxTries?: number;
  /** Waiting budget across retries of one request. Default 30 s. */
  maxTotalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface GraphRequest {
  method: "GET" | "POST";
  /** Below the base URL, starting with "/"; path segments already encoded. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** False for a request that changes state: never resent once it may have reached Graph. */
  safeToRepeat: boolean;
  permission: GraphPermission;
  /** The owner of the shared or delegate mailbox addressed (under /users/{owner}); for the 403 message. */
  mailbox?: string | null;
}

/** The delegated scopes a permission needs: each request asks only for its own (Mail.Read only to find a meeting from its email). */
export function scopesFor(permission: GraphPermission): string[] {
  return [permission];
}

export interface GraphResponse<T> {
  status: number;
  /** Parsed JSON, or null for an empty answer (a decline answers 202 with no body). */
  json: T | null;
}

const RETRYABLE_STATUSES = new Set([429, 503, 504]);
/** Waits when Graph sends no Retry-After: 1 s, then 2 s, then 4 s. */
const BACKOFF_BASE_MS = 1000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `claims="<base64>"` from a WWW-Authenticate challenge, decoded to the JSON MSAL expects. */
export function claimsFromChallenge(header: string | null): string | undefined {
  const match = header ? /claims="([^"]+)"/i.exec(header) : null;
  if (!match) return undefined;
  try {
    const base64 = match[1].replace(/-/g, "+").replace(/_/g, "/");
    return atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - nowMs) / 1000);
}

export class GraphHttp {
  readonly baseUrl: string;
  private readonly tokenProvider: TokenProvider;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxTries: number;
  private readonly maxTotalMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(options: GraphHttpOptions) {
    this.tokenProvider = options.tokenProvider;
    this.baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, "");
    // Wrapped so a browser's window.fetch is never called with the wrong `this`.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxTries = options.maxTries ?? 3;
    this.maxTotalMs = options.maxTotalMs ?? 30_000;
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
  }

  async send<T>(request: GraphRequest): Promise<GraphResponse<T>> {
    const startedAt = this.now();
    let tokenOptions: TokenRequestOptions = {};
    let renewedSignIn = false;
    for (let attempt = 1; ; attempt++) {
      const token = await this.token({ ...tokenOptions, scopes: scopesFor(request.permission) });
      const answer = await this.sendOnce(request, token);
      if (answer.status >= 200 && answer.status < 300) {
        return { status: answer.status, json: answer.text ? (parseJson(answer.text) as T) : null };
      }
      if (answer.status === 401 && !renewedSignIn) {
        // A 401 means Graph refused the token before acting: renew once and resend, whatever the method.
        renewedSignIn = true;
        const claims = claimsFromChallenge(answer.headers.get("www-authenticate"));
        tokenOptions = claims ? { claims } : { forceRefresh: true };
        attempt--;
        continue;
      }
      const retryAfterSeconds = parseRetryAfter(answer.headers.get("retry-after"), this.now());
      const mayResend = RETRYABLE_STATUSES.has(answer.status) && (request.safeToRepeat || answer.status !== 504);
      if (mayResend && attempt < this.maxTries) {
        const waitMs =
          retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : BACKOFF_BASE_MS * 2 ** (attempt - 1);
        if (this.now() - startedAt + waitMs <= this.maxTotalMs) {
          await this.sleep(waitMs);
          continue;
        }
      }
      throw errorFromResponse({
        status: answer.status,
        body: parseErrorBody(answer.text),
        permission: request.permission,
        retryAfterSeconds,
        ambiguous: !request.safeToRepeat,
        resent: attempt > 1 || renewedSignIn,
        mailbox: request.mailbox,
      });
    }
  }

  private async token(options: TokenRequestOptions): Promise<string> {
    try {
      return await this.tokenProvider.getToken(options);
    } catch (error) {
      if (error instanceof GraphError) throw error;
      const signIn = error instanceof SignInError ? error : null;
      throw new GraphError({
        kind: "signIn",
        message: signIn?.message ?? "Signing in to Microsoft 365 failed, so the calendar was not changed.",
        detail: signIn?.detail || String(error),
      });
    }
  }

  private url(request: GraphRequest): string {
    const query = request.query ? new URLSearchParams(request.query).toString() : "";
    return `${this.baseUrl}${request.path}${query ? `?${query}` : ""}`;
  }

  /** One send; the body is read inside the timeout so a stalled answer counts as a timeout too. */
  private async sendOnce(
    request: GraphRequest,
    token: string,
  ): Promise<{ status: number; headers: Headers; text: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: "application/json",
      // Times come back in UTC, so instants can be compared and shown in the user's own zone.
      Prefer: 'outlook.timezone="UTC"',
    };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    try {
      const response = await this.fetchImpl(this.url(request), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      throw this.transportError(request, error, controller.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }

  private transportError(request: GraphRequest, error: unknown, timedOut: boolean): GraphError {
    const mayHaveBeenProcessed = !request.safeToRepeat;
    const maybeDone = mayHaveBeenProcessed ? " It may still have gone through." : "";
    const detail = describeCause(error);
    if (timedOut) {
      return new GraphError({
        kind: "timeout",
        mayHaveBeenProcessed,
        detail: `No answer within ${this.timeoutMs} ms. ${detail}`,
        message: `Microsoft Graph did not answer within ${secondsPhrase(this.timeoutMs / 1000)}.${maybeDone}`,
      });
    }
    return new GraphError({
      kind: "network",
      mayHaveBeenProcessed,
      detail,
      message: `Microsoft Graph could not be reached; check your network connection.${maybeDone}`,
    });
  }
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const causeText = cause instanceof Error ? ` (${(cause as Error & { code?: string }).code ?? cause.message})` : "";
  return `${error.name}: ${error.message}${causeText}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new GraphError({
      kind: "unexpected",
      message: "Microsoft Graph sent an answer Decline Assistant could not read.",
      detail: text.slice(0, 200),
    });
  }
}

function parseErrorBody(text: string): GraphErrorBody | null {
  try {
    return text ? (JSON.parse(text) as GraphErrorBody) : null;
  } catch {
    return null;
  }
}
