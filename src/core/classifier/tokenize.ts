/**
 * A single-pass tokenizer: lower-cased words without accents, in order, handed to a callback so
 * that megabytes of text never become one big array. Punctuation separates words; HTML tags and
 * character entities left in a body are skipped rather than read as words.
 *
 * Cost is linear in the input: only words holding a non-ASCII character are normalised (NFD,
 * combining marks dropped), and the tag skipper remembers where the next ">" is so that "<a<a<a..." cannot make
 * it rescan.
 */

export type TokenSink = (token: string) => void;

const SEPARATOR = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

/** Classes of the ASCII range; everything else is decided by `isWordCodePoint`. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = DIGIT;

/** Non-ASCII ranges that separate words: punctuation, symbols, spaces, surrogates, specials. */
const NON_WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0xbf], // Latin-1 controls and punctuation (no-break space, «», ¿, soft hyphen...)
  [0xd7, 0xd7], // ×
  [0xf7, 0xf7], // ÷
  [0x2000, 0x2bff], // general punctuation, typographic quotes, symbols, arrows, box drawing
  [0x3000, 0x303f], // CJK punctuation
  [0xd800, 0xdfff], // surrogates: emoji and lone halves alike
  [0xe000, 0xf8ff], // private use
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte-order mark
  [0xff00, 0xff0f], // full-width punctuation
  [0xfff0, 0xffff], // specials, replacement character
];

/** 1 for each UTF-16 code unit that belongs to a word; one look-up per character. */
const WORD_UNIT = new Uint8Array(0x10000).fill(1);
for (const [low, high] of NON_WORD_RANGES) WORD_UNIT.fill(0, low, high + 1);

// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, on purpose
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Lower case, NFD, combining marks removed: "Soirée" → "soiree". */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
}

/**
 * Per code unit: what it folds to (a code unit), or DROP (a combining mark), or MANY (folds to
 * several units, such as a Hangul syllable into its letters: kept in MANY_FOLDS). Filled
 * lazily, one normalisation per distinct character ever seen, so a long text costs a table
 * look-up per character.
 */
const UNKNOWN = -1;
const DROP = -2;
const MANY = -3;
const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
const MANY_FOLDS = new Map<number, string>();

function foldOf(code: number): number {
  let folded = FOLD[code];
  if (folded === UNKNOWN) {
    const result = foldWord(String.fromCharCode(code));
    folded = result.length === 0 ? DROP : result.length === 1 ? result.charCodeAt(0) : MANY;
    if (folded === MANY) MANY_FOLDS.set(code, result);
    FOLD[code] = folded;
  }
  return folded;
}

/** Scratch space for folding a word without building it a character at a time. */
const SCRATCH = new Uint16Array(256);

/** The folded form of text[start, end); a slice of the input when nothing changes. */
function foldSpan(text: string, start: number, end: number): string {
  let changed = false;
  let length = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = foldOf(code);
    if (folded === code) {
      if (length < SCRATCH.length) SCRATCH[length] = code;
      length++;
      continue;
    }
    changed = true;
    if (folded === MANY) {
      const many = MANY_FOLDS.get(code) ?? "";
      for (let k = 0; k < many.length; k++, length++) if (length < SCRATCH.length) SCRATCH[length] = many.charCodeAt(k);
    } else if (folded !== DROP) {
      if (length < SCRATCH.length) SCRATCH[length] = folded;
      length++;
    }
  }
  if (!changed) return text.slice(start, end);
  // apply() takes any array-like; a typed-array view avoids copying into a fresh array.
  if (length <= SCRATCH.length)
    return String.fromCharCode.apply(null, SCRATCH.subarray(0, length) as unknown as number[]);
  return foldWord(text.slice(start, end)); // a very long word: rare, and linear anyway
}

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;
const SLASH = 0x2f;
const BANG = 0x21;
/** Longest entity name worth recognising ("&thetasym;" is 10 characters). */
const MAX_ENTITY_LENGTH = 10;
/** A "<" followed by a letter but no ">" within this distance is text, not a tag. */
const MAX_TAG_LENGTH = 2000;

function isAsciiLetter(code: number): boolean {
  return code < 128 && (ASCII_CLASS[code] === LOWER || ASCII_CLASS[code] === UPPER);
}

/** Length of "&name;" or "&#123;" starting at `at`, or 0 when it is not an entity. */
function entityLength(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_ENTITY_LENGTH + 2);
  for (let i = at + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === SEMICOLON) return i > at + 1 ? i - at + 1 : 0;
    if (!(code < 128 && ASCII_CLASS[code] !== SEPARATOR) && code !== 0x23) return 0;
  }
  return 0;
}

/**
 * Calls `sink` with each word of `input`, lower-cased and without accents. Non-string input
 * (a bad caller) yields nothing.
 */
export function tokenize(input: unknown, sink: TokenSink): void {
  if (typeof input !== "string" || input.length === 0) return;
  const text = input;
  const length = text.length;
  let start = -1;
  let hasUpper = false;
  let hasNonAscii = false;
  let nextTagEnd = -2; // position of the next ">" at or after the scan; -1 when none is left

  const flush = (end: number): void => {
    if (start < 0) return;
    const folded = hasNonAscii
      ? foldSpan(text, start, end)
      : hasUpper
        ? text.slice(start, end).toLowerCase()
        : text.slice(start, end);
    if (folded.length > 0) sink(folded);
    start = -1;
    hasUpper = false;
    hasNonAscii = false;
  };

  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let cls: number;
    if (code < 128) {
      cls = ASCII_CLASS[code];
      if (cls === SEPARATOR) {
        if (code === LESS_THAN && i + 1 < length) {
          const next = text.charCodeAt(i + 1);
          if (isAsciiLetter(next) || next === SLASH || next === BANG) {
            if (nextTagEnd !== -1 && nextTagEnd < i) nextTagEnd = text.indexOf(">", i);
            if (nextTagEnd > i && nextTagEnd - i <= MAX_TAG_LENGTH) {
              flush(i);
              i = nextTagEnd; // the loop's increment steps past the ">"
              continue;
            }
          }
        } else if (code === AMPERSAND) {
          const skip = entityLength(text, i);
          if (skip > 0) {
            flush(i);
            i += skip - 1;
            continue;
          }
        }
      }
    } else {
      cls = WORD_UNIT[code] === 1 ? UPPER : SEPARATOR;
      if (cls === UPPER) hasNonAscii = true;
    }
    if (cls === SEPARATOR) {
      if (start >= 0) flush(i);
    } else {
      if (start < 0) start = i;
      if (cls === UPPER) hasUpper = true;
    }
  }
  flush(length);
}

/** The words of a phrase as the tokenizer would produce them (used to build rule tables). */
export function words(text: string): string[] {
  const out: string[] = [];
  tokenize(text, (token) => out.push(token));
  return out;
}
