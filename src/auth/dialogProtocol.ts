/**
 * What the fallback sign-in dialog (dialog.html) and the task pane say to each other through
 * Office's messageParent. Shared so both sides agree; no Office or MSAL import here.
 */
import type { SignInFailure, TokenRequestOptions } from "./types";

export const DIALOG_PAGE = "dialog.html";

export type DialogMessage =
  | { type: "token"; accessToken: string; /** Epoch ms; null when unknown. */ expiresOn: number | null }
  | { type: "error"; reason: SignInFailure; detail: string };

const FAILURES: readonly SignInFailure[] = [
  "notConfigured",
  "cancelled",
  "popupBlocked",
  "dialogUnavailable",
  "network",
  "failed",
];

export function parseDialogMessage(text: string): DialogMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const message = value as Record<string, unknown>;
  if (message.type === "token" && typeof message.accessToken === "string" && message.accessToken) {
    const expiresOn = typeof message.expiresOn === "number" ? message.expiresOn : null;
    return { type: "token", accessToken: message.accessToken, expiresOn };
  }
  if (message.type === "error") {
    const reason = FAILURES.includes(message.reason as SignInFailure) ? (message.reason as SignInFailure) : "failed";
    return { type: "error", reason, detail: typeof message.detail === "string" ? message.detail : "" };
  }
  return null;
}

/** The dialog's address; the request travels in the query because the page starts fresh. */
export function dialogUrl(pageUrl: string, options: TokenRequestOptions = {}): string {
  const url = new URL(pageUrl);
  if (options.claims) url.searchParams.set("claims", options.claims);
  if (options.forceRefresh) url.searchParams.set("forceRefresh", "1");
  return url.toString();
}

export function requestFromDialogUrl(search: string): TokenRequestOptions {
  const params = new URLSearchParams(search);
  const claims = params.get("claims") ?? undefined;
  return { ...(claims ? { claims } : {}), ...(params.get("forceRefresh") === "1" ? { forceRefresh: true } : {}) };
}
