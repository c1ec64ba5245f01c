/**
 * iCalendar (RFC 5545) → the calendar facts of an Invitation, using ical.js. Used for the
 * text/calendar part of a mail and for standalone .ics files.
 */
import ICAL from "ical.js";
import { emptyInvitation, type Invitation, type ItemKind, type Person } from "../core/invitation";
import { ParseError } from "./errors";
import { findMe, mergePeople } from "./people";
import { reasonOf } from "../core/reasonOf";
import { repairCalendar } from "./icsRepair";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** What a calendar object says, before it is merged with the mail around it. */
export interface CalendarFacts {
  /** Uppercased METHOD, "" when absent. */
  method: string;
  summary: string;
  description: string;
  location: string;
  organizer: Person | null;
  /** True when ORGANIZER carried a CN, i.e. a display name worth preferring over From. */
  organizerNamed: boolean;
  requiredAttendees: Person[];
  optionalAttendees: Person[];
  start: string | null;
  end: string | null;
  recurring: boolean;
  /** What was repaired or could not be read, one plain sentence each; empty for a clean calendar. */
  notes: string[];
}

/** METHOD → what the item is; methods not listed are plain messages. */
const KIND_BY_METHOD: Readonly<Record<string, ItemKind>> = {
  REQUEST: "meetingRequest",
  CANCEL: "meetingCancellation",
  REPLY: "meetingResponse",
  COUNTER: "meetingResponse",
  DECLINECOUNTER: "meetingResponse",
};

export function kindForMethod(method: string): ItemKind {
  return KIND_BY_METHOD[method.toUpperCase()] ?? "message";
}

/** Attendee roles that go to `cc`; every other role (REQ-PARTICIPANT, CHAIR, none) is required. */
const OPTIONAL_ROLES = new Set(["OPT-PARTICIPANT", "NON-PARTICIPANT"]);
/** Calendar users that are not people: rooms and equipment are not recipients. */
const NON_PERSON_TYPES = new Set(["ROOM", "RESOURCE"]);
/** TZIDs that mean UTC even without a VTIMEZONE. */
const UTC_TZIDS = new Set(["UTC", "GMT", "ETC/UTC", "ETC/GMT", "Z", "Z.ULU"]);

function stringParameter(property: Property, name: string): string {
  const value: unknown = property.getFirstParameter(name);
  return typeof value === "string" ? value : "";
}

function personFrom(property: Property): Person {
  const value = String(property.getFirstValue() ?? "").trim();
  const address = value
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  return { name: stringParameter(property, "cn").trim(), address };
}

function textValue(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value.trim() : "";
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, "0");
}

function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(offsetSeconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The wall-clock time as written, plus its UTC offset when the calendar defines it:
 * "Z" → +00:00, TZID with a VTIMEZONE → that zone's offset at that moment, otherwise floating.
 */
function formatEventTime(property: Property | null, calendar: Component): string | null {
  const value = property?.getFirstValue();
  if (!property || !(value instanceof ICAL.Time)) return null;
  const time: Time = value;
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return date;
  const wallClock = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;

  if (time.zone === ICAL.Timezone.utcTimezone) return `${wallClock}+00:00`;
  const tzid = stringParameter(property, "tzid");
  if (!tzid) return wallClock;
  if (UTC_TZIDS.has(tzid.toUpperCase())) return `${wallClock}+00:00`;

  const definition = calendar.getAllSubcomponents("vtimezone").find((zone) => textValue(zone, "tzid") === tzid);
  if (!definition) return wallClock;
  try {
    const zone = new ICAL.Timezone(definition);
    const floating = ICAL.Time.fromData({
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
      isDate: false,
    });
    return `${wallClock}${formatOffset(zone.utcOffset(floating))}`;
  } catch {
    // A VTIMEZONE ical.js cannot expand: the wall-clock time is still right, the offset unknown.
    return wallClock;
  }
}

/** True when ical.js can read the content line on its own (BEGIN and END lines always can). */
function readableLine(line: string): boolean {
  if (/^(BEGIN|END):/i.test(line)) return true;
  try {
    ICAL.parse.property(line);
    return true;
  } catch {
    return false;
  }
}

/**
 * ICAL.parse, and when it fails, again without the lines it cannot read (a parameter without a
 * value, an unknown recurrence frequency), with a note; ParseError only when that fails too.
 */
function parseLeniently(text: string, notes: string[]): unknown {
  try {
    return ICAL.parse(text);
  } catch (error) {
    const lines = text.split("\r\n").filter((line) => line !== "");
    const kept = lines.filter(readableLine);
    if (kept.length === lines.length) throw new ParseError(`not a valid iCalendar file: ${reasonOf(error)}`);
    notes.push(`${lines.length - kept.length} line(s) could not be read and were left out.`);
    try {
      return ICAL.parse(kept.join("\r\n"));
    } catch (again) {
      throw new ParseError(`not a valid iCalendar file: ${reasonOf(again)}`);
    }
  }
}

function parseCalendar(text: string, notes: string[]): Component {
  const parsed = parseLeniently(text, notes);
  // ICAL.parse returns an array of components when the text holds more than one VCALENDAR.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(first)) throw new ParseError("not a valid iCalendar file");
  if (first.length === 0 || typeof first[0] !== "string") throw new ParseError("not a valid iCalendar file");
  const component = new ICAL.Component(first);
  if (component.name !== "vcalendar") throw new ParseError(`expected VCALENDAR, found ${component.name.toUpperCase()}`);
  return component;
}

/** The event to describe: the series master when there is one, otherwise the first VEVENT. */
function mainEvent(calendar: Component): Component | null {
  const events = calendar.getAllSubcomponents("vevent");
  return events.find((event) => !event.hasProperty("recurrence-id")) ?? events[0] ?? null;
}

/** A date-time ical.js cannot read is left out with a note rather than failing the whole event. */
function eventTime(event: Component, name: string, calendar: Component, notes: string[]): string | null {
  try {
    return formatEventTime(event.getFirstProperty(name), calendar);
  } catch (error) {
    notes.push(`${name.toUpperCase()} could not be read (${reasonOf(error)}); it was left out.`);
    return null;
  }
}

/**
 * Reads METHOD and the first event of an iCalendar text, repairing what real calendars get
 * wrong first (see icsRepair.ts). Throws ParseError only when the text is no calendar or holds
 * no event.
 */
export function readCalendar(text: string): CalendarFacts {
  if (!/BEGIN:(VCALENDAR|VEVENT)/i.test(text)) throw new ParseError("not a valid iCalendar file");
  const repaired = repairCalendar(text);
  const notes = [...repaired.notes];
  const calendar = parseCalendar(repaired.text, notes);
  const event = mainEvent(calendar);
  if (!event) throw new ParseError("the calendar holds no VEVENT");

  const organizerProperty = event.getFirstProperty("organizer");
  const organizer = organizerProperty ? personFrom(organizerProperty) : null;
  const requiredAttendees: Person[] = [];
  const optionalAttendees: Person[] = [];
  for (const attendee of event.getAllProperties("attendee")) {
    if (NON_PERSON_TYPES.has(stringParameter(attendee, "cutype").toUpperCase())) continue;
    const person = personFrom(attendee);
    if (!person.address && !person.name) continue;
    const optional = OPTIONAL_ROLES.has(stringParameter(attendee, "role").toUpperCase());
    (optional ? optionalAttendees : requiredAttendees).push(person);
  }

  return {
    method: textValue(calendar, "method").toUpperCase(),
    summary: textValue(event, "summary"),
    description: textValue(event, "description"),
    location: textValue(event, "location"),
    organizer: organizer && (organizer.address || organizer.name) ? organizer : null,
    organizerNamed: organizerProperty !== null && stringParameter(organizerProperty, "cn").trim() !== "",
    requiredAttendees,
    optionalAttendees,
    start: eventTime(event, "dtstart", calendar, notes),
    end: eventTime(event, "dtend", calendar, notes),
    recurring: ["rrule", "rdate", "recurrence-id"].some((name) => event.hasProperty(name)),
    notes: missingFieldNotes(event, notes),
  };
}

/** The fields an invitation needs that the event lacks, added to the notes. */
function missingFieldNotes(event: Component, notes: string[]): string[] {
  const missing = ["summary", "dtstart", "organizer"].filter((name) => !event.hasProperty(name));
  if (missing.length > 0) notes.push(`The event has no ${missing.map((name) => name.toUpperCase()).join(", ")}.`);
  return notes;
}

export interface ParseOptions {
  /** The mailbox owner's address; defaults to the first direct recipient. */
  me?: string;
}

/** A standalone .ics file as an Invitation: the organiser sends it to the attendees. */
export function parseIcs(text: string, options: ParseOptions = {}): Invitation {
  return readIcs(text, options).invitation;
}

/** parseIcs with the notes on what was repaired or missing in a malformed calendar. */
export function readIcs(text: string, options: ParseOptions = {}): { invitation: Invitation; notes: string[] } {
  if (text.trim() === "") throw new ParseError("the file is empty");
  const facts = readCalendar(text);
  return { invitation: invitationFrom(facts, options), notes: facts.notes };
}

function invitationFrom(facts: CalendarFacts, options: ParseOptions): Invitation {
  const to = mergePeople(facts.requiredAttendees);
  const cc = mergePeople(facts.optionalAttendees, to);
  return emptyInvitation({
    kind: kindForMethod(facts.method),
    subject: facts.summary,
    body: facts.description,
    from: facts.organizer,
    to,
    cc,
    me: findMe(options.me, to, [to, cc, facts.organizer ? [facts.organizer] : []]),
    start: facts.start,
    end: facts.end,
    location: facts.location,
    recurring: facts.recurring,
  });
}
