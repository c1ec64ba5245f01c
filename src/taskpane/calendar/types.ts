import type { CalendarService } from "../../graph/calendar";

/** The calendar calls the actions make; the real CalendarService, or a stand-in in tests. */
export type CalendarPort = Pick<CalendarService, "findMeeting" | "prepareDecline" | "decline">;

/** The two settings the calendar actions start from (see src/settings/schema.ts). */
export interface CalendarSettings {
  alsoDeclineInCalendar: boolean;
  notifyOrganizer: boolean;
}
