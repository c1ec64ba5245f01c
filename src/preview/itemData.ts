/**
 * The stand-in's own description of a mailbox item: plain data the preview lists and the
 * Office stand-in turns into Office.js-shaped objects. Nothing here is Office's format.
 */

export interface MailAddress {
  name: string;
  address: string;
}

export type StandInKind = "message" | "meetingRequest" | "meetingCancellation" | "meetingResponse" | "appointment";

/** Outlook's message class for each kind, as `item.itemClass` reports it in read mode. */
export const ITEM_CLASS: Record<StandInKind, string> = {
  message: "IPM.Note",
  meetingRequest: "IPM.Schedule.Meeting.Request",
  meetingCancellation: "IPM.Schedule.Meeting.Canceled",
  meetingResponse: "IPM.Schedule.Meeting.Resp.Pos",
  appointment: "IPM.Appointment",
};

/** Kinds that carry meeting facts (start, end, location, attendees, recurrence). */
export const MEETING_KINDS: ReadonlySet<StandInKind> = new Set([
  "meetingRequest",
  "meetingCancellation",
  "appointment",
]);

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface RecurrenceData {
  /** Office.MailboxEnums.RecurrenceType values. */
  type: "daily" | "weekday" | "weekly" | "monthly" | "yearly";
  interval: number;
  days: Weekday[];
  /** The series' first and last dates, YYYY-MM-DD. */
  seriesStart: string;
  seriesEnd: string | null;
  /** Wall-clock start time of each occurrence, HH:MM, and its length. */
  startTime: string;
  durationMinutes: number;
  /** Windows time zone name, as Outlook reports it. */
  timeZone: string;
}

export interface MeetingData {
  /** ISO 8601 with offset. */
  start: string;
  end: string;
  location: string;
  /** An occurrence or series has a recurrence; a single meeting has none. */
  recurrence: RecurrenceData | null;
  /** Set for an occurrence of a series (Office reports null for singles and masters). */
  seriesId: string | null;
}

export interface StandInItem {
  /** Preview id: the sample id, or an id made for an imported file. */
  id: string;
  /** The EWS-style id Office.js reports as `itemId`. */
  itemId: string;
  kind: StandInKind;
  subject: string;
  /** Sender of a message; organizer of a meeting. */
  from: MailAddress;
  /** Recipients, or required attendees. */
  to: MailAddress[];
  /** Copied recipients, or optional attendees. */
  cc: MailAddress[];
  /** When it arrived, ISO 8601. */
  received: string;
  body: { type: "html" | "text"; content: string };
  meeting: MeetingData | null;
  /** Imported items say where they came from, for the list. */
  source?: string;
  /**
   * In a shared or delegate mailbox: its owner and the user's Office.MailboxEnums.DelegatePermissions
   * flags, as getSharedPropertiesAsync (Mailbox 1.8) reports them.
   */
  shared?: { owner: string; delegatePermissions: number };
}

/** A reply being written in the simulated compose window; the pane sees it as a compose item. */
export interface ComposeDraft {
  inReplyTo: string;
  subject: string;
  to: MailAddress[];
  cc: MailAddress[];
}

export function replySubject(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject : `RE: ${subject}`;
}

function sameAddress(a: MailAddress, b: MailAddress): boolean {
  return a.address.toLowerCase() === b.address.toLowerCase();
}

/** Who a reply (or reply-all) goes to, as Outlook fills the form: never the mailbox owner. */
export function replyRecipients(
  item: StandInItem,
  replyAll: boolean,
  me: MailAddress,
): { to: MailAddress[]; cc: MailAddress[] } {
  if (!replyAll) return { to: [item.from], cc: [] };
  const notMe = (person: MailAddress) => !sameAddress(person, me);
  const to = [item.from, ...item.to.filter((p) => !sameAddress(p, item.from))].filter(notMe);
  return { to, cc: item.cc.filter(notMe) };
}

export function formatAddress(person: MailAddress): string {
  return person.name ? `${person.name} <${person.address}>` : person.address;
}
