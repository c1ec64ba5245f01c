/** Turns a parsed .eml/.ics (an Invitation) into an item the preview can list and the stand-in serve. */
import type { Invitation, ItemKind } from "../core/invitation";
import type { MailAddress, RecurrenceData, StandInItem, StandInKind, Weekday } from "./itemData";
import { MEETING_KINDS } from "./itemData";
import { OWNER_TIME_ZONE } from "./samples";

const KIND_FOR: Record<ItemKind, StandInKind> = {
  message: "message",
  meetingRequest: "meetingRequest",
  meetingCancellation: "meetingCancellation",
  meetingResponse: "meetingResponse",
  appointment: "appointment",
  unknown: "message",
};

const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** The file only says "recurring"; the pattern shown is assumed weekly from the first date. */
function assumedWeekly(start: string, end: string | null): RecurrenceData {
  const startDate = new Date(start);
  const minutes = end ? Math.max(0, Math.round((new Date(end).getTime() - startDate.getTime()) / 60000)) : 30;
  return {
    type: "weekly",
    interval: 1,
    days: [WEEKDAYS[startDate.getDay()]],
    seriesStart: start.slice(0, 10),
    seriesEnd: null,
    startTime: start.slice(11, 16),
    durationMinutes: minutes,
    timeZone: OWNER_TIME_ZONE,
  };
}

const asAddress = (person: { name: string; address: string }): MailAddress => ({
  name: person.name,
  address: person.address,
});

export function itemFromInvitation(invitation: Invitation, id: string, source: string): StandInItem {
  const kind = KIND_FOR[invitation.kind];
  const start = invitation.start;
  const hasMeeting = MEETING_KINDS.has(kind) && start !== null;
  return {
    id,
    itemId: `AAMkAGI2TG93AAA=/imported+${id}AAA=`,
    kind,
    subject: invitation.subject,
    from: invitation.from ? asAddress(invitation.from) : { name: "", address: "" },
    to: invitation.to.map(asAddress),
    cc: invitation.cc.map(asAddress),
    received: new Date().toISOString(),
    body: { type: "text", content: invitation.body },
    meeting: hasMeeting
      ? {
          start,
          end: invitation.end ?? start,
          location: invitation.location,
          recurrence: invitation.recurring ? assumedWeekly(start, invitation.end) : null,
          seriesId: null,
        }
      : null,
    source,
  };
}
