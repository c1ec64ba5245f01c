/**
 * The event's title, date and time as a reply mentions them: "the {eventTitle} on {eventDate}".
 */
import { eventNameOf } from "../facts/eventName";
import type { BodyWhen } from "../facts/types";
import type { Invitation } from "../invitation";
import { replyLocaleFor, type ReplyGrammar } from "./locales";

/**
 * The name as the user says it back: the organiser's "our" becomes "your", a common first word is
 * lower case mid-sentence ("the weekly standup"), and a title that would not read as a plain noun
 * phrase (a colon, a dash, quotes) is quoted. The rules come from the locale's grammar.
 */
export function titleForReply(name: string, grammar: ReplyGrammar): string {
  let title = name.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();
  if (title === "") return "";
  for (const [pattern, replacement] of grammar.ownerSwaps) title = title.replace(pattern, replacement);
  if (/:|\s[-–—|]\s/.test(title)) return `${grammar.quotes[0]}${title}${grammar.quotes[1]}`;
  // "Spring networking breakfast" is a sentence-case title; "Business After Hours" is a name.
  const firstWord = /^(\p{Lu})(\p{Ll}+)(?=$|[\s:,-]+(?!\p{Lu}))/u.exec(title);
  if (firstWord && grammar.lowerFirstWords.has(firstWord[0].toLowerCase())) {
    title = firstWord[1].toLowerCase() + title.slice(1);
  }
  return title;
}

/** The title to mention, or "" to leave it out (see facts/eventName.ts for what counts as one). */
export function eventTitleOf(invitation: Pick<Invitation, "kind" | "subject">, locale?: string): string {
  return titleForReply(eventNameOf(invitation, "")?.value ?? "", replyLocaleFor(locale).grammar);
}

/** Date and wall-clock time of an ISO 8601 value, or null when it is not one. */
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

interface EventMoment {
  /** The instant to format, shifted so that formatting it in UTC shows the wanted wall clock. */
  asUtc: Date;
  hasTime: boolean;
}

function momentOf(start: string, timeZone: string | undefined): EventMoment | null {
  const m = ISO_LOCAL.exec(start.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, offset] = m;
  const hasTime = h !== undefined;
  const wallClock = new Date(Date.UTC(+y, +mo - 1, +d, hasTime ? +h : 12, hasTime ? +mi : 0, s ? +s : 0));
  if (Number.isNaN(wallClock.getTime())) return null;
  if (!hasTime || !offset || !timeZone) return { asUtc: wallClock, hasTime };
  // A zone was asked for and the offset is known: move the real instant into that zone.
  const instant = new Date(start.trim());
  if (Number.isNaN(instant.getTime())) return { asUtc: wallClock, hasTime };
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    }).formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return {
      asUtc: new Date(Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"))),
      hasTime,
    };
  } catch {
    return { asUtc: wallClock, hasTime };
  }
}

/** A midnight-to-midnight event (as calendars write all-day events) has no time worth quoting. */
function isAllDay(start: string, end: string | null): boolean {
  const midnight = /T00:00(:00)?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
  return midnight.test(start) && end !== null && midnight.test(end) && end.slice(0, 10) > start.slice(0, 10);
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  } catch {
    // An invalid locale tag from the host must not cost the user their reply.
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
  }
}

export interface EventWhen {
  date: string;
  time: string;
}

/**
 * Date ("Tuesday, March 10" / "Tuesday 10 March" / "Dienstag, 10. März") and time ("3:00 PM" /
 * "15:00") in the user's locale. By default the event's own wall-clock time is shown as written,
 * never shifted into the zone this code happens to run in; with timeZone and a known offset it
 * is converted to that zone.
 */
export function eventWhenOf(start: string | null, end: string | null, locale: string, timeZone?: string): EventWhen {
  if (!start) return { date: "", time: "" };
  const moment = momentOf(start, timeZone);
  if (!moment) return { date: "", time: "" };
  const date = formatter(locale, { weekday: "long", month: "long", day: "numeric" }).format(moment.asUtc);
  const showTime = moment.hasTime && !isAllDay(start, end);
  const time = showTime ? formatter(locale, { hour: "numeric", minute: "2-digit" }).format(moment.asUtc) : "";
  return { date, time };
}

/** A date read from the body: "2026-03-18" with or without "18:30", or "--03-18" when the year is unknown. */
export function bodyWhenText(when: BodyWhen, locale: string): EventWhen {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(when.date);
  if (noYear) {
    // Any leap year will do: without the year the weekday is unknown, so it is not said.
    const day = new Date(Date.UTC(2000, Number(noYear[1]) - 1, Number(noYear[2]), 12));
    const date = formatter(locale, { month: "long", day: "numeric" }).format(day);
    const time = when.time ? eventWhenOf(`2000-01-01T${when.time}`, null, locale).time : "";
    return { date, time };
  }
  return eventWhenOf(when.time ? `${when.date}T${when.time}` : when.date, null, locale);
}
