/** What the Graph client needs from sign-in; MSAL, the Office dialog and the preview each supply one. */
export interface TokenRequestOptions {
  /** Claims challenge from a Graph 401 (the decoded JSON, not the base64 value). */
  claims?: string;
  /** Skip any cached token: the last one was refused. */
  forceRefresh?: boolean;
  /** The delegated scopes this request needs; default every scope the add-in uses. */
  scopes?: string[];
}

export interface TokenProvider {
  getToken(options?: TokenRequestOptions): Promise<string>;
}

export type SignInFailure = "notConfigured" | "cancelled" | "popupBlocked" | "dialogUnavailable" | "network" | "failed";

const SIGN_IN_MESSAGES: Record<SignInFailure, string> = {
  notConfigured: "Calendar actions are not set up for this copy of Decline Assistant (no app registration configured).",
  cancelled: "Sign-in was cancelled, so the calendar was not changed.",
  popupBlocked: "The sign-in window was blocked. Allow pop-ups for Outlook and try again.",
  dialogUnavailable: "The sign-in window could not be opened. Close other Decline Assistant windows and try again.",
  network: "Sign-in needs a network connection. Check you are online and try again.",
  failed: "Signing in to Microsoft 365 failed, so the calendar was not changed.",
};

/** A sign-in that did not produce a token; `message` is for the user, `detail` for the log. */
export class SignInError extends Error {
  readonly reason: SignInFailure;
  readonly detail: string;

  constructor(reason: SignInFailure, detail = "") {
    super(SIGN_IN_MESSAGES[reason]);
    this.name = "SignInError";
    this.reason = reason;
    this.detail = detail;
  }
}

/** A fixed token: the preview's Office stand-in and tests use it. It cannot renew. */
export function staticTokenProvider(token: string): TokenProvider {
  return { getToken: async () => token };
}
