/** Dates as Outlook shows them to the mailbox owner (London time, so screenshots are stable). */
import type { MeetingData, RecurrenceData, StandInItem } from "./itemData";

const ZONE = "Europe/London";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "numeric", month: "short" });
const time = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" });

export const formatReceived = (iso: string) => dateTime.format(new Date(iso));
export const formatListDate = (iso: string) => shortDate.format(new Date(iso));

export function formatWhen(meeting: MeetingData): string {
  const start = new Date(meeting.start);
  return `${dateTime.format(start)}–${time.format(new Date(meeting.end))}`;
}

const DAY_NAMES: Record<string, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export function formatRecurrence(recurrence: RecurrenceData): string {
  const every = recurrence.interval > 1 ? `every ${recurrence.interval} weeks on` : "every";
  const days = recurrence.days.map((d) => DAY_NAMES[d]).join(", ");
  const pattern = recurrence.type === "weekly" ? `${every} ${days}` : recurrence.type;
  return `Occurs ${pattern} at ${recurrence.startTime}, from ${recurrence.seriesStart}`;
}

export const KIND_LABEL: Record<StandInItem["kind"], string> = {
  message: "Message",
  meetingRequest: "Meeting request",
  meetingCancellation: "Meeting cancelled",
  meetingResponse: "Meeting response",
  appointment: "Calendar event",
};

export function initials(name: string, address: string): string {
  const words = (name || address).split(/[\s@.]+/).filter(Boolean);
  return ((words[0]?.[0] ?? "?") + (words[1]?.[0] ?? "")).toUpperCase();
}
