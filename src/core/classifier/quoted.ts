/**
 * Where the quoted history of a reply or forward starts in a plain-text body: the part after
 * "-----Original Message-----", "On <date>, <name> wrote:", an Outlook "From: / Sent:" header
 * block or the first ">" line. What the sender writes now says more than what was said before,
 * so the classifier weighs the history less.
 *
 * Cheap: one pass over the line starts of the first 100,000 characters, and only short lines
 * that look like markers are examined closely.
 */
import { words } from "./tokenize";

/** Lines that open quoted history on their own, in the languages the corpus meets. */
const SEPARATOR_LINES: readonly string[] = [
  "original message",
  "forwarded message",
  "begin forwarded message",
  "weitergeleitete nachricht",
  "ursprungliche nachricht",
  "mensaje original",
  "mensaje reenviado",
  "message d origine",
  "message transfere",
  "mensagem original",
  "mensagem encaminhada",
  "oorspronkelijk bericht",
  "doorgestuurd bericht",
];

/**
 * Lines that open a forward when they start with these words: Lotus Notes writes
 * "----- Forwarded by Jane Doe/Org on 05/04/2001 03:08 PM -----".
 */
const SEPARATOR_PREFIXES: readonly string[] = ["forwarded by", "weitergeleitet von", "transfere par"];

/** "On … wrote:" in several languages: a line starting with the first word and holding the second. */
const ATTRIBUTION_LINES: ReadonlyArray<readonly [string, string]> = [
  ["on", "wrote"],
  ["am", "schrieb"],
  ["le", "a ecrit"],
  ["el", "escribio"],
  ["em", "escreveu"],
  ["op", "schreef"],
];

/** Outlook's header block: a "From:" line with a date line soon after. */
const FROM_LABELS: readonly string[] = ["from", "von", "de", "van"];
const DATE_LABELS: readonly string[] = ["sent", "date", "gesendet", "datum", "enviado", "envoye", "verzonden"];
const HEADER_BLOCK_LINES = 4;
/**
 * A "To:" line with a "Subject:" line soon after is a header block without "From:"/"Sent:"
 * (Lotus Notes puts the sender's name and the date on the two lines above "To:").
 */
const TO_LABELS: readonly string[] = ["to", "an", "a", "para", "aan"];
const SUBJECT_LABELS: readonly string[] = ["subject", "betreff", "objet", "asunto", "oggetto", "onderwerp"];
const LINES_ABOVE_TO = 2;
/** A long "To:" list wraps over several lines before "Subject:". */
const TO_BLOCK_LINES = 12;

/** Longer lines are prose, not a separator or an attribution. */
const MAX_MARKER_LINE = 300;
/** A "Label:" header has its colon this close to the line start. */
const MAX_LABEL_LENGTH = 12;
/**
 * Fresh text longer than this above any quote is not looked past: nobody writes that much
 * above a quote, and the bound keeps huge bodies cheap.
 */
const MAX_FRESH_TEXT = 100_000;
/**
 * Lines that could be markers but are not, looked at before giving up: real history starts
 * early, and the bound keeps a body of a million "a:" lines linear and quick.
 */
const MAX_CANDIDATES = 400;

const COLON = 0x3a;
const DASH = 0x2d;
const UNDERSCORE = 0x5f;
const QUOTE_MARK = 0x3e;
const ASTERISK = 0x2a;

/** The line's words as the tokenizer reads them: "-----Original Message-----" → "original message". */
function simplified(line: string): string {
  return words(line).join(" ");
}

function startsWithWord(line: string, word: string): boolean {
  return line === word || line.startsWith(word + " ");
}

function isHeaderLabel(line: string, labels: readonly string[]): boolean {
  return labels.some((label) => startsWithWord(line, label));
}

function isSeparator(line: string): boolean {
  return SEPARATOR_LINES.includes(line) || SEPARATOR_PREFIXES.some((prefix) => startsWithWord(line, prefix));
}

/** "To: …" with its colon right after the label: a header, not a sentence starting with "to". */
function isLabelLine(raw: string, line: string, labels: readonly string[]): boolean {
  if (!isHeaderLabel(line, labels)) return false;
  const colon = raw.indexOf(":");
  return colon >= 0 && colon <= MAX_LABEL_LENGTH && raw.slice(0, colon).trim().split(/\s+/).length === 1;
}

/** "On … wrote:" on one line (German and others put the name after the verb). */
function isAttribution(line: string): boolean {
  const padded = ` ${line} `;
  return ATTRIBUTION_LINES.some(([first, last]) => startsWithWord(line, first) && padded.includes(` ${last} `));
}

/** Cheap test on the raw line: could it be a separator, an attribution or a header? */
function mightBeMarker(body: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && body.charCodeAt(first) <= 0x20) first++;
  if (first === end) return false;
  const lead = body.charCodeAt(first);
  if (lead === DASH || lead === UNDERSCORE || lead === QUOTE_MARK || lead === ASTERISK) return true;
  let last = end - 1;
  while (last > first && body.charCodeAt(last) <= 0x20) last--;
  if (body.charCodeAt(last) === COLON) return true;
  const limit = Math.min(end, first + MAX_LABEL_LENGTH);
  for (let i = first; i < limit; i++) if (body.charCodeAt(i) === COLON) return true;
  return false;
}

/**
 * Index in `body` where quoted history starts, or `body.length` when there is none. A marker
 * on the very first line does not count: then the whole mail is the forwarded item.
 */
export function quotedStart(body: string): number {
  let candidates = 0;
  let previousStart = 0;
  let fromLineStart = -1; // the start of a "From:" line seen within the last few lines
  let linesSinceFrom = Number.POSITIVE_INFINITY;
  let toBlockStart = -1; // where a header block that starts with a "To:" line would start
  let linesSinceTo = Number.POSITIVE_INFINITY;
  const recentStarts: number[] = []; // the starts of the last few lines, newest last
  const searchEnd = Math.min(body.length, MAX_FRESH_TEXT);
  for (let lineStart = 0; lineStart < searchEnd && candidates < MAX_CANDIDATES;) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    if (lineEnd - lineStart <= MAX_MARKER_LINE && mightBeMarker(body, lineStart, lineEnd)) {
      candidates++;
      const raw = body.slice(lineStart, lineEnd);
      const line = simplified(raw);
      if (lineStart > 0) {
        if (raw.trimStart().startsWith(">") || isSeparator(line) || isAttribution(line)) return lineStart;
        if (isHeaderLabel(line, DATE_LABELS) && linesSinceFrom <= HEADER_BLOCK_LINES) return fromLineStart;
        if (isLabelLine(raw, line, SUBJECT_LABELS) && linesSinceTo <= TO_BLOCK_LINES) {
          const blockStart = linesSinceFrom <= TO_BLOCK_LINES ? fromLineStart : toBlockStart;
          if (blockStart > 0) return blockStart;
        }
        // An attribution wrapped over two lines: "On Tue, … Jane <" / "jane@x.example> wrote:".
        const joined = simplified(body.slice(previousStart, lineEnd));
        if (previousStart > 0 && lineEnd - previousStart <= 2 * MAX_MARKER_LINE && isAttribution(joined))
          return previousStart;
      }
      if (isHeaderLabel(line, FROM_LABELS)) {
        fromLineStart = lineStart;
        linesSinceFrom = 0;
      }
      if (isLabelLine(raw, line, TO_LABELS)) {
        toBlockStart = recentStarts[recentStarts.length - LINES_ABOVE_TO] ?? lineStart;
        linesSinceTo = 0;
      }
    }
    linesSinceFrom++;
    linesSinceTo++;
    recentStarts.push(lineStart);
    if (recentStarts.length > LINES_ABOVE_TO) recentStarts.shift();
    previousStart = lineStart;
    lineStart = lineEnd + 1;
  }
  return body.length;
}
