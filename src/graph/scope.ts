/** Which part of a series a decline is about: shared by the pane and the ribbon, with no Graph client attached. */
import type { CalendarMeeting, DeclineScope } from "./types";

/**
 * The scope a decline starts with, as Outlook's own Decline does: an invitation to a whole series declines
 * the series; an occurrence or an exception declines that occurrence.
 */
export function defaultScope(meeting: Pick<CalendarMeeting, "type">): DeclineScope {
  return meeting.type === "seriesMaster" ? "series" : "occurrence";
}

/** "This occurrence / The whole series" makes sense only for one occurrence (or exception) of a series. */
export function offersScopeChoice(meeting: Pick<CalendarMeeting, "type">): boolean {
  return meeting.type === "occurrence" || meeting.type === "exception";
}
