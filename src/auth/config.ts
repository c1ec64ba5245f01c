/**
 * Build-time sign-in settings. webpack's DefinePlugin writes the values in; under Node (tests, CLI) the
 * real environment is read. No secret lives here: a single-page app registration has none.
 */
export const GRAPH_SCOPES = ["Calendars.ReadWrite", "Mail.Read"] as const;

export const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common";

export interface CalendarAuthConfig {
  clientId: string;
  authority: string;
}

function readBuildSetting(read: () => string | undefined): string {
  try {
    return (read() ?? "").trim();
  } catch {
    // A browser bundle built without the DefinePlugin has no `process`: treat as not configured.
    return "";
  }
}

export function calendarAuthConfig(): CalendarAuthConfig {
  // Written as plain `process.env.NAME` so DefinePlugin can replace each expression with a literal.
  const clientId = readBuildSetting(() => process.env.DECLINE_ASSISTANT_CLIENT_ID);
  const authority = readBuildSetting(() => process.env.DECLINE_ASSISTANT_AUTHORITY);
  return { clientId, authority: authority || DEFAULT_AUTHORITY };
}

/** False when no app registration was configured: the pane hides calendar actions behind a hint. */
export function isCalendarConfigured(): boolean {
  return calendarAuthConfig().clientId !== "";
}
