/**
 * The event's date and time from the body, for mail without a calendar part: "on Thursday,
 * March 5 at 6 pm", "18 March", "Saturday the 21st from 4pm", "3/18", "next Tuesday",
 * "tomorrow evening". Relative dates are resolved against the mail's own date; without it they
 * are left out rather than guessed.
 */
import type { BodyWhen, Fact } from "./types";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** MONTH without its capturing group, for look-aheads. */
const MONTH_NC = MONTH.replace("(", "(?:");
const WEEKDAY = "(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?";
const ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
const TIME = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?";

/**
 * One expression for the written forms, tried at word starts. Groups: 1 weekday, 2 month, 3 day,
 * 4 year (month first); 5 day, 6 month, 7 year (day first); 8 weekday + 9 day ("Saturday the
 * 21st"); 10 relative word, 11 weekday after it; 12 today/tomorrow; 13 "on the 22nd"; then the time.
 */
const DATE = new RegExp(
  `\\b(?:(?:${WEEKDAY}\\.?,?\\s+)?(?:${MONTH}\\.?\\s+${ORDINAL}${YEAR}|${ORDINAL}\\s+(?:of\\s+)?${MONTH}${YEAR})` +
    `|${WEEKDAY},?\\s+the\\s+${ORDINAL}` +
    `|(next|this|on|coming)\\s+${WEEKDAY}(?!\\.?,?\\s+(?:${MONTH_NC}|the\\s|\\d))` +
    `|(tomorrow|tonight)` +
    `|on\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th))\\b` +
    `(?:[^.\\n]{0,24}?\\b(?:at|from|@)\\s*${TIME})?`,
  "gi",
);

const DAY_MS = 86_400_000;

function indexOfPrefix(list: readonly string[], word: string | undefined): number {
  return word === undefined ? -1 : list.indexOf(word.slice(0, 3).toLowerCase());
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The mail's date at midnight UTC, or null. */
function mailDay(sent: string | null | undefined): Date | null {
  if (!sent) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(sent.trim());
  if (!match) return null;
  const day = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return Number.isNaN(day.getTime()) ? null : day;
}

function timeOf(hourText: string | undefined, minuteText: string | undefined, meridiem: string | undefined): string {
  if (hourText === undefined) return "";
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const mark = (meridiem ?? "").replace(/\./g, "").toLowerCase();
  // A bare "at 6" is not a time worth quoting; "at 18:00" or "6pm" is.
  if (mark === "" && minuteText === undefined) return "";
  if (mark === "pm" && hour < 12) hour += 12;
  if (mark === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return "";
  return `${pad(hour)}:${pad(minute)}`;
}

/** A month and day, with the year written or the next such day on or after the mail's date. */
function calendarDate(month: number, day: number, yearText: string | undefined, sentDay: Date | null): string {
  if (month < 0 || day < 1 || day > 31) return "";
  if (yearText) {
    const date = new Date(Date.UTC(Number(yearText), month, day));
    return date.getUTCMonth() === month ? isoDay(date) : "";
  }
  if (!sentDay) return `--${pad(month + 1)}-${pad(day)}`;
  let year = sentDay.getUTCFullYear();
  if (Date.UTC(year, month, day) < sentDay.getTime() - 7 * DAY_MS) year++;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? isoDay(date) : "";
}

/** "Saturday the 21st", "on the 22nd": the next such day of the month on or after the mail's date. */
function nextDayOfMonth(day: number, sentDay: Date | null): string {
  if (!sentDay || day < 1 || day > 31) return "";
  const next = new Date(sentDay.getTime());
  for (let i = 0; i < 62 && next.getUTCDate() !== day; i++) next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === day ? isoDay(next) : "";
}

/** "next Tuesday", "this Friday", "on Friday", "tomorrow", resolved against the mail's date. */
function relativeDate(word: string, weekday: number, sentDay: Date | null): string {
  if (!sentDay) return "";
  const lower = word.toLowerCase();
  if (lower === "today" || lower === "tonight") return isoDay(sentDay);
  if (lower === "tomorrow") return isoDay(new Date(sentDay.getTime() + DAY_MS));
  if (weekday < 0) return "";
  let ahead = (weekday - sentDay.getUTCDay() + 7) % 7;
  if (ahead === 0) ahead = 7;
  // "next Tuesday" said on a Monday usually means the Tuesday of next week, not tomorrow.
  if (lower === "next" && ahead < 7 && sentDay.getUTCDay() !== 0 && weekday > sentDay.getUTCDay()) ahead += 7;
  return isoDay(new Date(sentDay.getTime() + ahead * DAY_MS));
}

/** The first date in the text (subject first, then the sender's own words), with its time if given. */
export function bodyWhenOf(
  text: string,
  field: "subject" | "body",
  sent: string | null | undefined,
): Fact<BodyWhen> | null {
  const sentDay = mailDay(sent);
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text), tries = 0; match && tries < 8; match = DATE.exec(text), tries++) {
    const [found, , m1, d1, y1, d2, m2, y2, , d3, rel, relDay, today, onThe, hour, minute, meridiem] = match;
    let date = "";
    if (m1 !== undefined) date = calendarDate(indexOfPrefix(MONTHS, m1), Number(d1), y1, sentDay);
    else if (m2 !== undefined) date = calendarDate(indexOfPrefix(MONTHS, m2), Number(d2), y2, sentDay);
    else if (d3 !== undefined || onThe !== undefined) date = nextDayOfMonth(Number(d3 ?? onThe), sentDay);
    else if (rel !== undefined) {
      date = relativeDate(rel, indexOfPrefix(WEEKDAYS, relDay), sentDay);
    } else if (today !== undefined) date = relativeDate(today, -1, sentDay);
    if (date === "") continue;
    return { value: { date, time: timeOf(hour, minute, meridiem) }, evidence: { text: found.trim(), field } };
  }
  return null;
}
