/**
 * Best-effort repair of the calendars real systems send before ical.js reads them: long lines
 * folded without the leading space, RRULE values with stray spaces, unbalanced quotes in a
 * parameter, date-times written loosely or out of range, components that never end. Each repair
 * leaves a note saying what was changed; nothing here throws. Linear in the text.
 */

export interface RepairedCalendar {
  text: string;
  /** One plain sentence per kind of repair made, for the user or the command line. */
  notes: string[];
}

/** "NAME;PARAM=…:" or "NAME:": how every content line starts (RFC 5545 §3.1). */
const CONTENT_LINE = /^[A-Za-z][A-Za-z0-9-]*[;:]/;
const RULE_PROPERTIES = /^(RRULE|EXRULE)([;:])/i;
const DATE_TIME_PROPERTIES = /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)([;:])/i;
const STRICT_DATE_TIME = /^\d{8}(T\d{6}Z?)?$/;
/** "2026-04-02 17:00", "2026/04/02T17:00:00Z", "20260402T1700": the parts, however separated. */
const LOOSE_DATE_TIME = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s]+(\d{1,2})[:.]?(\d{2})(?:[:.]?(\d{2}))?)?\s*(Z)?$/i;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** A loosely written date or date-time in iCalendar's basic form, or null when it is no date. */
export function strictDateTime(value: string): string | null {
  const match = LOOSE_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const calendarDate = new Date(Date.UTC(year, month - 1, day));
  if (calendarDate.getUTCMonth() !== month - 1 || calendarDate.getUTCDate() !== day) return null;
  const date = `${pad(year, 4)}${pad(month)}${pad(day)}`;
  if (match[4] === undefined) return date;
  const [hour, minute, second] = [match[4], match[5], match[6] ?? "0"].map(Number);
  if (hour > 23 || minute > 59 || second > 60) return null;
  return `${date}T${pad(hour)}${pad(minute)}${pad(second)}${match[7] ? "Z" : ""}`;
}

/** The index of the ":" that ends the name and parameters, skipping colons inside quotes. */
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ":" && !quoted) return i;
  }
  return -1;
}

/** Unfolds the proper folds and rejoins lines that lost their leading space. */
function contentLines(text: string, notes: Set<string>): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.trim() === "") continue;
    if (/^[ \t]/.test(raw) && lines.length > 0) lines[lines.length - 1] += raw.slice(1);
    else if (!CONTENT_LINE.test(raw) && lines.length > 0) {
      lines[lines.length - 1] += ` ${raw}`;
      notes.add("Some long lines were split without the leading space iCalendar requires; they were joined again.");
    } else lines.push(raw);
  }
  return lines;
}

function repairLine(line: string, notes: Set<string>): string | null {
  let colon = valueColon(line);
  if (colon < 0) {
    // An unbalanced quote in the parameters hides the colon: drop the quotes and look again.
    const unquoted = line.replace(/"/g, "");
    colon = unquoted.indexOf(":");
    if (colon < 0) return line;
    notes.add("A parameter had an unbalanced quote; the quote was removed.");
    line = unquoted;
  }
  const head = line.slice(0, colon);
  const value = line.slice(colon + 1);
  if (RULE_PROPERTIES.test(line) && /\s/.test(value)) {
    notes.add("A recurrence rule had stray spaces in it; they were removed.");
    return `${head}:${value.replace(/\s+/g, "")}`;
  }
  const dateTime = DATE_TIME_PROPERTIES.exec(line);
  if (dateTime) {
    const values = value.split(",");
    // Well formed and in range ("20261399T256000" is neither a month nor an hour).
    if (values.every((item) => STRICT_DATE_TIME.test(item.trim()) && strictDateTime(item) === item.trim())) return line;
    const repaired = values.map(strictDateTime);
    if (repaired.some((item) => item === null)) {
      notes.add(`${dateTime[1].toUpperCase()} "${value.trim()}" is not a date or time; it was left out.`);
      return null;
    }
    notes.add(`${dateTime[1].toUpperCase()} "${value.trim()}" was read as ${repaired.join(",")}.`);
    // A date alone needs VALUE=DATE, a date-time must not carry it.
    const dateOnly = repaired.every((item) => item !== null && !item.includes("T"));
    const params = head.replace(/;VALUE=[^;:]*/i, "");
    return `${params}${dateOnly ? ";VALUE=DATE" : ""}:${repaired.join(",")}`;
  }
  return line;
}

/** Adds the END lines of components that began and never ended. */
function closeComponents(lines: string[], notes: Set<string>): string[] {
  const open: string[] = [];
  const closed: string[] = [];
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/i.exec(line.trim());
    const end = /^END:(.+)$/i.exec(line.trim());
    if (begin) open.push(begin[1].toUpperCase());
    else if (end) {
      const name = end[1].toUpperCase();
      // Close whatever was left open inside the component this END names.
      while (open.length > 0 && open[open.length - 1] !== name && open.includes(name)) {
        closed.push(`END:${open.pop()}`);
        notes.add("A calendar component began and never ended; it was closed.");
      }
      if (open[open.length - 1] === name) open.pop();
      else continue; // an END without its BEGIN says nothing
    }
    closed.push(line);
  }
  if (open.length > 0) notes.add("A calendar component began and never ended; it was closed.");
  while (open.length > 0) closed.push(`END:${open.pop()}`);
  return closed;
}

export function repairCalendar(text: string): RepairedCalendar {
  const notes = new Set<string>();
  const lines = contentLines(text, notes)
    .map((line) => repairLine(line, notes))
    .filter((line): line is string => line !== null);
  if (!lines.some((line) => /^BEGIN:VCALENDAR\s*$/i.test(line))) {
    notes.add("The events were not inside a VCALENDAR; they were read as if they were.");
    lines.unshift("BEGIN:VCALENDAR");
    lines.push("END:VCALENDAR");
  }
  return { text: closeComponents(lines, notes).join("\r\n") + "\r\n", notes: [...notes] };
}
