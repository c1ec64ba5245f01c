/** Loaded with the calendar actions: the Graph client, its sign-in, and the user's settings. */
import { loadTokenProvider } from "../../auth";
import { createCalendarService } from "../../graph";
import { DEFAULT_SETTINGS } from "../../settings/schema";
import { loadData, type RoamingSettingsLike } from "../../settings/store";
import { previewGraph } from "./previewGraph";
import type { CalendarPort, CalendarSettings } from "./types";

export function userTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The calendar service: against the preview's fake Graph when there is one, else Graph with MSAL sign-in. */
export async function connectCalendar(locale: string): Promise<CalendarPort> {
  const preview = previewGraph();
  const common = { locale, timeZone: userTimeZone() };
  if (preview) {
    return createCalendarService({
      ...common,
      tokenProvider: preview.tokenProvider,
      baseUrl: preview.baseUrl,
      timeoutMs: preview.timeoutMs,
    });
  }
  return createCalendarService({ ...common, tokenProvider: await loadTokenProvider() });
}

/** The user's calendar settings from Office roamingSettings; the defaults when there are none. */
export function readCalendarSettings(store: RoamingSettingsLike | null): CalendarSettings {
  const settings = store ? loadData(store).data.settings : DEFAULT_SETTINGS;
  return { alsoDeclineInCalendar: settings.alsoDeclineInCalendar, notifyOrganizer: settings.notifyOrganizer };
}
