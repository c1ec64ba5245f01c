/**
 * The event's name as a reply mentions it: the calendar title, else the subject cleaned of what
 * mail and calendar clients add ("Invitation:", "[EXTERNAL]", "FW:", Google's "@ date (address)",
 * Calendly's "New Event: name - time - title", Zoom's "Zoom meeting invitation -"), else a phrase
 * in the body ("we'd like to invite you to our career day").
 */
import type { Invitation } from "../invitation";
import { EVENT_LEAD_INS, EVENT_NOUNS } from "./phrases";
import { phraseRegExp } from "./scan";
import type { Fact } from "./types";

/** Tags mail gateways and clients put first; removed wherever they repeat. */
const LEADING_TAGS: readonly RegExp[] = [
  /^\[[^\]]{1,30}\]\s*/,
  /^[[(*]\s*(external|ext|extern|caution|external sender|external email|spam\??|suspicious)\s*[\])*]\s*:?\s*/i,
  /^(external|caution)\s*:\s*/i,
  /^(re|fw|fwd|aw|wg|sv|vs|tr)\s*(\[\d+\])?\s*:\s*/i,
  /^(updated\s+)?invitation(\s+with\s+note)?\s*(\([^)]*\))?\s*:\s*/i,
  /^(new|updated|rescheduled|canceled|cancelled)\s+event\s*:\s*/i,
  /^zoom\s+meeting\s+invitation\s*[-–—:]\s*/i,
  /^(microsoft\s+)?teams\s+meeting\s*[-–—:]\s*/i,
  /^invitation\s+to\s+(speak|present|attend|join|participate)\s+(at|in|on)\s+/i,
  /^invitation\s+to\s+(attend|join)\s+/i,
  /^invitation\s+to\s+/i,
  /^you('|’)?re\s+invited(\s+to)?\s*:?\s*/i,
  /^(you\s+are|are\s+you)\s+invited(\s+to)?\s*:?\s*/i,
  /^(following\s+up|follow-up|quick\s+question|save\s+the\s+date|meeting\s+request|next\s+steps|guest\s+invitation|reminder|updated|new\s+event|event|rsvp)\s*:\s*/i,
  /^save\s+the\s+date\s*[-–—!]\s*/i,
  /^(our|my|the)\s+/i,
];

/** Gateway tags and reply/forward marks, removed before a Calendly or Google subject is read. */
const CLIENT_TAGS = anyOf(LEADING_TAGS.slice(0, 4));
const ALL_LEADING_TAGS = anyOf(LEADING_TAGS);

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";

/** A date or time as the last part of a subject ("- March 18", "on Thu 5 Mar", "(18/03)"). */
const DATE_TAIL = new RegExp(
  `\\s*(?:[-–—|,:]\\s*|\\(\\s*|\\s(?:on|at)\\s+(?:the\\s+)?)` +
    `(?:${WEEKDAY}\\.?,?\\s*)?(?:${MONTH}\\.?\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH}|the\\s+${DAY}|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|${WEEKDAY})` +
    `(?:,?\\s*\\d{4})?(?:,?\\s*(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)?\\s*\\)?$`,
  "i",
);

/** A date anywhere in a title, with a day range ("Oct 14–16", "9/10 April") and its separator before it. */
const DATE_INSIDE = new RegExp(
  `\\s*[,–—-]?\\s*(?:${WEEKDAY}\\.?,?\\s+)?(?:${MONTH}\\.?\\s+${DAY}(?:\\s*[-–/]\\s*${DAY})?|${DAY}(?:\\s*[-–/]\\s*${DAY})?\\s+(?:of\\s+)?${MONTH})\\b(?:,?\\s*\\d{4})?`,
  "gi",
);

/** Emoji and pictographs decorating a subject. */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/** Google and Outlook put the time and the calendar's owner after " @ ": "standup @ Mon Mar 9, 2026 9:15am (EST) (dana@x.com)". */
const AT_SCHEDULE_TAIL = /\s+@\s+(?=.*(?:\d|weekly|daily|monthly|every\b)).*$/i;

/** Calendly: "New Event: Jane Doe - 11:00am Thu, Mar 5, 2026 - 30 Minute Meeting" keeps the last part. */
const CALENDLY = /^new\s+event\s*:\s*.+?\s+-\s+\d{1,2}(?::\d{2})?\s*(?:am|pm).*?\s+-\s+(.+)$/i;

/** Call-to-action and platform tails that are not part of the title. */
const TAILS: readonly RegExp[] = [
  /\s+[-–—|]\s*(save\s+your\s+seat|rsvp.*|register.*|tickets.*|join\s+us.*|reminder)$/i,
  /\s*\((zoom|teams|microsoft teams|google meet|webex|in person|virtual|online)\)$/i,
  /\s+via\s+(zoom|teams|google meet)$/i,
];

/** A leftover "invitation" word ("VIP reception invitation - …", "Wedding invitation"). */
const INVITATION_WORD = /\s+invit(e|ation)(?=\s+[-–—|:]|$)/i;

const TRAILING_PUNCTUATION = /[\s.!?:;,\-–—|"“”'‘’]+$/u;
const LEADING_PUNCTUATION = /^[\s"“”'‘’\-–—|:]+/u;

/** One expression for a list of "^…" patterns, so each pass over a title is one match. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join("|"), "i");
}

function stripRepeatedly(title: string, pattern: RegExp): string {
  let current = title;
  for (let next = current.replace(pattern, "").trim(); next !== current; next = current.replace(pattern, "").trim()) {
    current = next;
  }
  return current;
}

/** "BOOK LAUNCH PARTY" → "Book Launch Party"; short all-caps words (AI, NYC, Q2) stay. */
function fixShouting(title: string): string {
  const letters = title.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || letters !== letters.toUpperCase()) return title;
  return title.replace(/\p{L}+/gu, (word) => (word.length <= 3 ? word : word[0] + word.slice(1).toLowerCase()));
}

/** The subject without client and calendar decorations, dates, calls to action and end punctuation. */
export function cleanSubject(subject: string): string {
  let title = subject.replace(/\s+/g, " ").trim();
  title = stripRepeatedly(title, CLIENT_TAGS);
  const calendly = CALENDLY.exec(title);
  if (calendly) title = calendly[1];
  title = title.replace(AT_SCHEDULE_TAIL, "");
  title = stripRepeatedly(title, ALL_LEADING_TAGS);
  for (let i = 0; i < 3; i++) {
    const before = title;
    for (const tail of TAILS) title = title.replace(tail, "").trim();
    title = title.replace(DATE_TAIL, "").replace(TRAILING_PUNCTUATION, "").trim();
    if (title === before) break;
  }
  title = title
    .replace(PICTOGRAPHS, "")
    .replace(DATE_INSIDE, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ");
  return fixShouting(title.replace(LEADING_PUNCTUATION, "").replace(TRAILING_PUNCTUATION, "").trim());
}

const NOUNS = phraseRegExp(EVENT_NOUNS, "i");
const LEAD_INS = phraseRegExp(EVENT_LEAD_INS, "gi");

/** Words that end an event's name in running text ("career day on April 17", "dinner at 7"). */
const NAME_STOP =
  /\s(?:on|at|this|next|in|from|with|for|to|which|that|where|when|by|and we|so|because|as|during|between|starting|taking)\s|[.,;:!?()\n]/i;

/** Words between an invitation phrase and the event's name ("invite you to celebrate our wedding"). */
const BODY_NAME_LEADS = /^(celebrate|attend|join|come\s+to|be\s+part\s+of|the|an?|this\s+year's|us\s+at|us\s+for)\s+/i;

const MAX_TITLE = 90;
/** A message's subject longer than this is a sentence, not an event's name. */
const MAX_MESSAGE_TITLE_WORDS = 8;
/** Subjects that name the mail, not the event ("Meeting request", "Notes from …"). */
const NOT_A_NAME =
  /^(request|meeting\s+request|meeting\s+notice|interview\s+request|notes|logistical|appointment|welcome|re|thanks?)\b|\brequest$/i;
const MAX_BODY_NAME_WORDS = 7;

/** An event name following an invitation phrase in the body, or "" when none reads as one. */
function nameFromBody(text: string): Fact<string> | null {
  LEAD_INS.lastIndex = 0;
  for (let match = LEAD_INS.exec(text), tries = 0; match && tries < 5; match = LEAD_INS.exec(text), tries++) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 160);
    const stop = NAME_STOP.exec(rest);
    const phrase = stripRepeatedly((stop ? rest.slice(0, stop.index) : rest).trim(), BODY_NAME_LEADS);
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_BODY_NAME_WORDS || !NOUNS.test(phrase)) continue;
    return {
      value: phrase.replace(TRAILING_PUNCTUATION, ""),
      evidence: { text: `${match[0]} ${phrase}`, field: "body" },
    };
  }
  return null;
}

/**
 * The event's name. A calendar item's title is the name; a message's subject only when it names
 * an event and is not a question; otherwise the body's "invite you to our …". The value is as the
 * organiser wrote it, cleaned; reading it in a reply ("your", lower case) is the renderer's job.
 */
export function eventNameOf(invitation: Pick<Invitation, "kind" | "subject">, freshBody: string): Fact<string> | null {
  const title = cleanSubject(invitation.subject);
  const isCalendarItem = invitation.kind === "meetingRequest" || invitation.kind === "appointment";
  if (isCalendarItem) {
    const cleaned = title.replace(INVITATION_WORD, "").replace(TRAILING_PUNCTUATION, "").trim();
    if (cleaned !== "" && cleaned.length <= MAX_TITLE)
      return { value: cleaned, evidence: { text: invitation.subject, field: "subject" } };
  } else if (
    title !== "" &&
    title.split(" ").length <= MAX_MESSAGE_TITLE_WORDS &&
    !NOT_A_NAME.test(title) &&
    !/[?!]/.test(invitation.subject) &&
    !/\binvit(e|ation)\b/i.test(title) &&
    NOUNS.test(title)
  ) {
    return { value: title, evidence: { text: invitation.subject, field: "subject" } };
  }
  return nameFromBody(freshBody);
}
