/**
 * The event's title, date and time as a reply mentions them: "the {eventTitle} on {eventDate}".
 */
import type { Invitation } from "../invitation";

/**
 * Prefixes mail and calendar clients (and senders) put before the real title. Order matters:
 * the longer "Invitation to speak at" must win over "Invitation to".
 */
const TITLE_PREFIXES: readonly RegExp[] = [
  /^(re|fw|fwd|aw|wg|sv|vs)\s*:\s*/i,
  /^(updated\s+)?invitation\s*(\([^)]*\))?\s*:\s*/i,
  /^invitation\s+to\s+(speak|present|attend|join|participate)\s+(at|in|on)\s+/i,
  /^invitation\s+to\s+(attend|join)\s+/i,
  /^invitation\s+to\s+/i,
  /^you('|’)?re\s+invited(\s+to)?\s*:?\s*/i,
  /^(you\s+are|are\s+you)\s+invited(\s+to)?\s*:?\s*/i,
  /^(save\s+the\s+date|meeting\s+request|next\s+steps|guest\s+invitation|reminder|updated|new\s+event)\s*:\s*/i,
  /^(our|my|the)\s+/i,
];

/** Call-to-action tails that are not part of the title ("… - save your seat"). */
const TITLE_TAILS: readonly RegExp[] = [/\s+[-–—|]\s*(save\s+your\s+seat|rsvp.*|register.*|tickets.*|join\s+us.*)$/i];

/** A leftover "invitation" word in the middle of a subject ("VIP reception invitation - …"). */
const INVITATION_WORD = /\s+invitation(?=\s+[-–—|]|$)/i;

/**
 * A plain message's subject is only used as the title when it names an event; "Coffee next
 * week?" or "Partnership opportunity" would read badly after "the".
 */
const EVENT_NOUNS =
  /\b(party|dinner|lunch(eon)?|breakfast|brunch|bbq|barbecue|reception|mixer|gala|meetup|night|evening|celebration|wedding|birthday|anniversary|housewarming|shower|summit|conference|forum|symposium|expo|webinar|podcast|workshop|panel|keynote|session|interview|screen|assessment|offsite|off-site|retreat|get-together|gathering|happy hour|awards?|festival|tournament|outing|cruise|trip|fundraiser|launch|open house|showcase)\b/i;

/**
 * Ordinary words that open many titles; after "the" they read better in lower case ("the weekly
 * standup"). Only these, because a capitalised first word may be a name ("Westbrook alumni night").
 */
const COMMON_FIRST_WORDS: ReadonlySet<string> = new Set([
  "annual",
  "autumn",
  "birthday",
  "breakfast",
  "business",
  "christmas",
  "dinner",
  "fall",
  "holiday",
  "housewarming",
  "lunch",
  "mandatory",
  "monthly",
  "networking",
  "quarterly",
  "retirement",
  "review",
  "spring",
  "summer",
  "team",
  "wedding",
  "weekly",
  "winter",
  "yearly",
]);

/** Reads as the reply's words: "the holiday get-together at your home", not "… at our home". */
function asSeenByMe(title: string): string {
  const swapped = title.replace(/\bour\b/g, "your").replace(/\bOur\b/g, "Your");
  // "Spring networking breakfast" is a sentence-case title; "Business After Hours" is a name.
  const firstWord = /^(\p{Lu})(\p{Ll}+)(?=$|[\s:,-]+(?!\p{Lu}))/u.exec(swapped);
  if (firstWord && COMMON_FIRST_WORDS.has(firstWord[0].toLowerCase())) {
    return firstWord[1].toLowerCase() + swapped.slice(1);
  }
  return swapped;
}

function stripPrefixes(subject: string): string {
  let title = subject.replace(/\s+/g, " ").trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of TITLE_PREFIXES) {
      const next = title.replace(prefix, "");
      if (next !== title) {
        title = next.trim();
        changed = true;
      }
    }
  }
  for (const tail of TITLE_TAILS) title = title.replace(tail, "");
  return title.trim();
}

/**
 * The title to mention, or "" to leave it out. Meeting requests carry a real title once the
 * prefixes are gone; a message's subject has to look like the name of an event.
 */
export function eventTitleOf(invitation: Pick<Invitation, "kind" | "subject">): string {
  const title = stripPrefixes(invitation.subject);
  const isCalendarItem = invitation.kind === "meetingRequest" || invitation.kind === "appointment";
  if (isCalendarItem) {
    const cleaned = title.replace(INVITATION_WORD, "").trim();
    return cleaned.length > 90 ? "" : asSeenByMe(cleaned);
  }
  if (title === "" || title.length > 90) return "";
  if (/[?!]/.test(title) || /\binvit(e|ation)\b/i.test(title)) return "";
  return EVENT_NOUNS.test(title) ? asSeenByMe(title) : "";
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
