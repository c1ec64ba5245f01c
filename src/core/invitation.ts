/**
 * The plain value every part of the product works from. The Office adapter, the .eml/.ics
 * parser and the preview all build one; nothing downstream of it touches Office.
 */

export interface Person {
  /** Display name as the mail client shows it; may be empty. */
  name: string;
  /** SMTP address, lower-cased; may be empty when the client withholds it. */
  address: string;
}

/**
 * What the item is. Cancellations and responses are recognised so the pane can say
 * there is nothing to decline.
 */
export type ItemKind =
  "message" | "meetingRequest" | "meetingCancellation" | "meetingResponse" | "appointment" | "unknown";

export interface Invitation {
  kind: ItemKind;
  /** "compose" when a reply (or new item) is already open and text goes in at the cursor. */
  mode: "read" | "compose";
  subject: string;
  /** Body as plain text (HTML already reduced to text). */
  body: string;
  /** Sender of a message, organizer of a meeting. */
  from: Person | null;
  /** Direct recipients, or required attendees. */
  to: Person[];
  /** Copied recipients, or optional attendees. */
  cc: Person[];
  /** The mailbox owner: decides internal against external, and signs the reply. */
  me: Person | null;
  /**
   * ISO 8601 in the event's own wall-clock time, with its UTC offset when known
   * ("2026-03-10T15:00:00+01:00") or without one when floating ("2026-03-10T15:00:00").
   * The classifier reads the hour and weekday from the wall-clock part, so evening and
   * weekend mean the organiser's evening and weekend. Null when not a meeting or unknown.
   */
  start: string | null;
  end: string | null;
  location: string;
  /** True for a series or an occurrence of one. */
  recurring: boolean;
  /**
   * The Outlook item this was read from (its EWS id), when it has one: actions compare it with the item
   * selected at click time, so nothing lands on an item the pane does not show.
   */
  itemId?: string;
}

export function emptyInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    kind: "message",
    mode: "read",
    subject: "",
    body: "",
    from: null,
    to: [],
    cc: [],
    me: null,
    start: null,
    end: null,
    location: "",
    recurring: false,
    ...overrides,
  };
}

/** The part after the last "@", lower-cased; "" when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0
    ? ""
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}
