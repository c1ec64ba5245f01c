/**
 * An RFC 5322 message (.eml) → Invitation, using postal-mime for MIME, transfer encodings,
 * charsets and encoded words, and ical.js (via ./ics) for a text/calendar part or .ics attachment.
 *
 * Leniency: postal-mime reads nearly anything, and so does this parser. It throws a ParseError
 * only for input that cannot be a message: an empty file, binary data (NUL bytes), or text with
 * neither a single header nor a body. A calendar part that does not parse is ignored, and the
 * message is read as a plain mail.
 */
import PostalMime, { type Address, type Attachment, type Email } from "postal-mime";
import { emptyInvitation, type Invitation, type ItemKind, type Person } from "../core/invitation";
import { ParseError } from "./errors";
import { htmlToText, tidyLines } from "./html";
import { kindForMethod, parseIcs, readCalendar, type CalendarFacts, type ParseOptions } from "./ics";
import { findMe, mergePeople } from "./people";
import { reasonOf } from "../core/reasonOf";

export { ParseError } from "./errors";
export { parseIcs, type ParseOptions } from "./ics";

/** Subject prefixes Outlook and other clients put on cancellations and responses. */
const KIND_BY_SUBJECT_PREFIX: readonly { prefix: RegExp; kind: ItemKind }[] = [
  { prefix: /^(canceled|cancelled)( event)?:/i, kind: "meetingCancellation" },
  { prefix: /^(accepted|declined|tentative|tentatively accepted):/i, kind: "meetingResponse" },
];

const CALENDAR_MIME_TYPES = new Set(["text/calendar", "application/ics", "text/x-vcalendar"]);
const CALENDAR_FILE_NAME = /\.(ics|vcs|ical)$/i;
/** RFC 5322 field name: printable ASCII without spaces or colons. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
/** How far to look for NUL bytes, the mark of a binary file renamed to .eml. */
const BINARY_SNIFF_LENGTH = 8192;

function looksBinary(source: string | Uint8Array): boolean {
  const length = Math.min(source.length, BINARY_SNIFF_LENGTH);
  for (let i = 0; i < length; i++) {
    const code = typeof source === "string" ? source.charCodeAt(i) : source[i];
    if (code === 0) return true;
  }
  return false;
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the usual other charset of mail is Windows-1252, which decodes any byte.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function startsAsCalendar(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text.slice(0, 256));
}

function attachmentText(attachment: Attachment): string {
  const content = attachment.content;
  if (typeof content === "string") return content;
  return decodeBytes(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** The first calendar part that parses, with the part's own method when the body has none. */
function findCalendar(email: Email): CalendarFacts | null {
  const candidates = email.attachments.filter(
    (part: Attachment) => CALENDAR_MIME_TYPES.has(part.mimeType) || CALENDAR_FILE_NAME.test(part.filename ?? ""),
  );
  for (const part of candidates) {
    try {
      const facts = readCalendar(attachmentText(part));
      return facts.method || !part.method ? facts : { ...facts, method: part.method };
    } catch {
      // A broken calendar part should not hide the mail around it; try the next one.
    }
  }
  return null;
}

function mailboxes(addresses: readonly Address[] | Address | undefined): Person[] {
  if (!addresses) return [];
  const list = Array.isArray(addresses) ? addresses : [addresses as Address];
  return list
    .flatMap((entry) => (entry.group ? entry.group : [{ name: entry.name, address: entry.address }]))
    .map((mailbox) => ({ name: mailbox.name.trim(), address: mailbox.address.trim().toLowerCase() }));
}

function kindOf(calendar: CalendarFacts | null, subject: string): ItemKind {
  const byMethod = calendar ? kindForMethod(calendar.method) : "message";
  if (byMethod !== "message") return byMethod;
  return KIND_BY_SUBJECT_PREFIX.find((rule) => rule.prefix.test(subject.trim()))?.kind ?? "message";
}

function bodyOf(email: Email, calendar: CalendarFacts | null): string {
  const text = email.text ? tidyLines(email.text.replace(/\r\n?/g, "\n")) : "";
  if (text) return text;
  const fromHtml = email.html ? htmlToText(email.html) : "";
  if (fromHtml) return fromHtml;
  return calendar?.description ?? "";
}

function isMeeting(kind: ItemKind): boolean {
  return kind === "meetingRequest" || kind === "meetingCancellation";
}

async function readMime(source: string | Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(source);
  } catch (error) {
    throw new ParseError(`not a readable MIME message: ${reasonOf(error)}`);
  }
}

const MAIL_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The Date header's own calendar day ("Tue, 03 Mar 2026 23:30 -0800" → 2026-03-03): the day the
 * sender wrote "tomorrow" on, which converting to UTC could move.
 */
function sentDayOf(email: Email): string | null {
  const raw = email.headers.find((header) => header.key === "date")?.value ?? "";
  const match = /(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})/i.exec(raw);
  const month = match ? MAIL_MONTHS.indexOf(match[2].toLowerCase()) : -1;
  if (!match || month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
}

/** Parses an .eml file (or, if the content is iCalendar, an .ics file) into an Invitation. */
export async function parseEml(source: string | Uint8Array, options: ParseOptions = {}): Promise<Invitation> {
  if (source.length === 0) throw new ParseError("the file is empty");
  if (looksBinary(source)) throw new ParseError("the file is binary, not a mail message");
  const opening = typeof source === "string" ? source.slice(0, 256) : decodeBytes(source.subarray(0, 256));
  if (startsAsCalendar(opening)) {
    return parseIcs(typeof source === "string" ? source : decodeBytes(source), options);
  }

  const email = await readMime(source);
  const calendar = findCalendar(email);
  const subject = (email.subject ?? "").trim() || calendar?.summary || "";
  const body = bodyOf(email, calendar);
  if (!email.headers.some((header) => FIELD_NAME.test(header.key)) && !body && !calendar) {
    throw new ParseError("no mail headers and no body");
  }
  const kind = kindOf(calendar, subject);

  const sender = mailboxes(email.from)[0] ?? null;
  const organizer = calendar?.organizer ?? null;
  const from = isMeeting(kind) && organizer && (calendar?.organizerNamed || !sender) ? organizer : sender;

  const headerTo = mailboxes(email.to);
  const headerCc = mailboxes(email.cc);
  const withAttendees = calendar !== null && isMeeting(kind);
  const to = mergePeople([...headerTo, ...(withAttendees ? calendar.requiredAttendees : [])]);
  const cc = mergePeople([...headerCc, ...(withAttendees ? calendar.optionalAttendees : [])], to);
  const me = findMe(options.me, headerTo.length > 0 ? headerTo : to, [to, cc, from ? [from] : []]);

  return emptyInvitation({
    kind,
    subject,
    body,
    from,
    to,
    cc,
    me,
    start: calendar?.start ?? null,
    end: calendar?.end ?? null,
    location: calendar?.location ?? "",
    recurring: calendar?.recurring ?? false,
    sent: sentDayOf(email),
  });
}
