/** Graph v1.0 shapes this module reads and writes, and the plain values it hands to the pane. */

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is in (we ask for UTC). */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export type GraphEventType = "singleInstance" | "occurrence" | "exception" | "seriesMaster";

export type GraphResponseType = "none" | "organizer" | "tentativelyAccepted" | "accepted" | "declined" | "notResponded";

export interface GraphEmailAddress {
  name?: string;
  address?: string;
}

/** The event properties this module reads; Graph sends many more. */
export interface GraphEvent {
  id: string;
  subject?: string | null;
  type?: GraphEventType;
  seriesMasterId?: string | null;
  responseRequested?: boolean;
  allowNewTimeProposals?: boolean;
  isOrganizer?: boolean;
  isCancelled?: boolean;
  start?: DateTimeTimeZone | null;
  end?: DateTimeTimeZone | null;
  organizer?: { emailAddress?: GraphEmailAddress } | null;
  responseStatus?: { response?: GraphResponseType; time?: string } | null;
}

/** A message with `$expand=microsoft.graph.eventMessage/event`; `event` is absent for ordinary mail. */
export interface GraphMessageWithEvent {
  id: string;
  "@odata.type"?: string;
  meetingMessageType?: string;
  subject?: string | null;
  event?: GraphEvent | null;
}

export interface GraphCollection<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

/** The decline action's body, exactly as Graph documents it. */
export interface DeclineRequestBody {
  comment?: string;
  sendResponse: boolean;
  proposedNewTime?: { start: DateTimeTimeZone; end: DateTimeTimeZone };
}

/** Which Outlook item the pane is on, with its id already in REST (v2.0) form. */
export interface MeetingRef {
  kind: "appointment" | "meetingRequest";
  restId: string;
  /** The owner of the shared or delegate mailbox the item is in; absent or null for the user's own. */
  mailbox?: string | null;
}

export interface Organizer {
  name: string;
  address: string;
}

/**
 * The meeting as read before anything changes: kept because after a decline Graph may return the event
 * empty, or not at all (Exchange removes declined meetings from the calendar).
 */
export interface CalendarMeeting {
  eventId: string;
  /** Whose calendar: the shared or delegate mailbox's owner, or null for the user's own (/me). */
  mailbox: string | null;
  subject: string;
  type: GraphEventType;
  seriesMasterId: string | null;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  isOrganizer: boolean;
  isCancelled: boolean;
  start: DateTimeTimeZone | null;
  end: DateTimeTimeZone | null;
  organizer: Organizer;
  response: GraphResponseType;
}

export type DeclineScope = "occurrence" | "series";

export interface TimeSlot {
  /** ISO 8601 instants ("2026-03-10T10:00:00Z" or with an offset). */
  start: string;
  end: string;
}

/** What the user chose in the pane. */
export interface DeclineChoice {
  /** For recurring meetings; ignored for a single meeting. Default "occurrence". */
  scope?: DeclineScope;
  /** Tell the organizer. Default: whatever the organizer asked for (`responseRequested`). */
  notify?: boolean;
  /** The reply text sent with the response; dropped when nobody is notified. */
  comment?: string;
  proposedNewTime?: TimeSlot;
  /**
   * For a series opened from its invitation: which occurrence "this occurrence" means (ISO instant,
   * e.g. the invitation's start). Default: the next one from now.
   */
  occurrenceStart?: string;
}

/** How the decline is aimed: a single meeting, one occurrence (or exception), or a whole series. */
export type TargetScope = "single" | DeclineScope;

export interface DeclineTarget {
  eventId: string;
  scope: TargetScope;
  start: DateTimeTimeZone | null;
  end: DateTimeTimeZone | null;
  response: GraphResponseType;
}

/** Exactly what will be sent, and the sentence that tells the user so before anything is. */
export interface DeclinePlan {
  meeting: CalendarMeeting;
  target: DeclineTarget;
  body: DeclineRequestBody;
  /** False when the organizer asked for no responses, whatever the user chose. */
  notify: boolean;
  /** The organizer asked for no responses, so the choice to notify was overridden. */
  notifyOverridden: boolean;
  alreadyDeclined: boolean;
  description: string;
}

export interface DeclineResult {
  plan: DeclinePlan;
  /**
   * "looksDeclined": a decline that may have gone through earlier (an answer lost, or a resend after 503)
   * then found the meeting gone from the calendar, which is where Exchange moves a declined meeting.
   */
  outcome: "declined" | "alreadyDeclined" | "looksDeclined";
  notified: boolean;
  /** The first answer was lost (timeout, 504, dropped connection) and re-reading the calendar showed it worked. */
  confirmedByReread: boolean;
  description: string;
}
