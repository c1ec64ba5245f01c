/**
 * Sign-in for calendar actions. This entry point is light: MSAL itself is only fetched when
 * `loadTokenProvider()` is first called, so it never weighs on the task pane's first load.
 */
import type { TokenProvider } from "./types";

export { calendarAuthConfig, DEFAULT_AUTHORITY, GRAPH_SCOPES, isCalendarConfigured } from "./config";
export type { CalendarAuthConfig } from "./config";
export { SignInError, staticTokenProvider } from "./types";
export type { SignInFailure, TokenProvider, TokenRequestOptions } from "./types";

let loaded: Promise<TokenProvider> | null = null;

/** The Outlook sign-in (nested app authentication, falling back to Office's dialog); one per pane. */
export function loadTokenProvider(): Promise<TokenProvider> {
  loaded ??= import(/* webpackChunkName: "msal" */ "./msalTokenProvider").then(
    ({ MsalTokenProvider }) => new MsalTokenProvider(),
    (error: unknown) => {
      // A chunk that failed to download (offline) may load next time.
      loaded = null;
      throw error;
    },
  );
  return loaded;
}
