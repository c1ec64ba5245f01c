/**
 * A single-pass tokenizer: lower-cased words without accents, in order, handed to a sink so
 * that megabytes of text never become one big array. Punctuation separates words; HTML tags and
 * character entities left in a body are skipped rather than read as words.
 *
 * Cost is linear in the input and mostly free of allocation: one table look-up per character
 * gives its class and its folded form (lower case, accents dropped), and a running hash of the
 * folded word lets a `Lexicon` answer "is this a word any rule uses?" without building the
 * word. Words no rule uses come out as one shared token (`OTHER_WORD`, or `OTHER_NUMBER` for
 * digits), which is all a phrase matcher needs to know about them. The tag skipper remembers
 * where the next ">" is so that "<a<a<a..." cannot make it rescan.
 */

export interface TokenSink {
  push(token: string): void;
}

/** Stands for any word outside the lexicon: the tokenizer never produces a NUL otherwise. */
export const OTHER_WORD = "\u0000";
/** Stands for a number (digits only) outside the lexicon. */
export const OTHER_NUMBER = "\u00000";

/**
 * Per UTF-16 code unit: the code unit it folds to (>= 0), or one of the markers below. Word
 * characters outside ASCII start as UNKNOWN and are normalised once, the first time one is
 * seen, so a long text costs one look-up per character.
 */
const UNKNOWN = -1;
/** A combining mark: part of the word, folds to nothing. */
const DROP = -2;
/** Punctuation, spaces, symbols: ends a word. */
const SEPARATOR = -3;

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

/** Ideographs: no case, no decomposition, so each folds to itself without normalising. */
const IDENTITY_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

const FOLD = new Int32Array(0x10000).fill(UNKNOWN);
FOLD.fill(SEPARATOR, 0, 0x80);
for (let c = 0x61; c <= 0x7a; c++) FOLD[c] = c;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 0x20;
for (let c = 0x30; c <= 0x39; c++) FOLD[c] = c;
for (const [low, high] of NON_WORD_RANGES) FOLD.fill(SEPARATOR, low, high + 1);
for (const [low, high] of IDENTITY_RANGES) for (let c = low; c <= high; c++) FOLD[c] = c;

/**
 * Folds of several units (a Hangul syllable into its letters), stored flat: the units from
 * `manyUnits[start]` on, ended by a 0. A typed array rather than a Map of strings keeps the
 * per-character cost a couple of loads.
 */
let manyUnits = new Uint16Array(1024);
let manyUsed = 0;

function storeMany(folded: string): number {
  if (manyUsed + folded.length + 1 > manyUnits.length) {
    const grown = new Uint16Array(Math.max(manyUnits.length * 2, manyUsed + folded.length + 1));
    grown.set(manyUnits);
    manyUnits = grown;
  }
  const start = manyUsed;
  for (let i = 0; i < folded.length; i++) manyUnits[manyUsed++] = folded.charCodeAt(i);
  manyUnits[manyUsed++] = 0;
  return start;
}

/** A FOLD entry at or below this is a multi-unit fold starting at `MANY_BASE - entry`. */
const MANY_BASE = -16;

// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, on purpose
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Lower case, NFD, combining marks removed: "Soirée" → "soiree". */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
}

/** Hangul syllables decompose by arithmetic (Unicode §3.12); no need to ask ICU 11,172 times. */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

function hangulLetters(code: number): string {
  const index = code - HANGUL_FIRST;
  const trailing = index % 28;
  const leading = String.fromCharCode(0x1100 + Math.floor(index / 588), 0x1161 + Math.floor((index % 588) / 28));
  return trailing === 0 ? leading : leading + String.fromCharCode(0x11a7 + trailing);
}

/** Normalises one code unit, the first time it is seen, and remembers the answer. */
function foldOf(code: number): number {
  const result =
    code >= HANGUL_FIRST && code <= HANGUL_LAST ? hangulLetters(code) : foldWord(String.fromCharCode(code));
  let folded: number;
  if (result.length === 0) folded = DROP;
  else if (result.length === 1) folded = result.charCodeAt(0);
  else folded = MANY_BASE - storeMany(result);
  FOLD[code] = folded;
  return folded;
}

/** FNV-1a over the folded code units of a word. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
  return hash;
}

/** Folded units of the current word; a word longer than this is never in a lexicon. */
const SCRATCH = new Uint16Array(256);

function sameWord(word: string, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== SCRATCH[i]) return false;
  return true;
}

interface Table {
  maxLength: number;
  /** Slot → index into `list`, -1 when empty. */
  slots: Int32Array;
  hashes: Int32Array;
  list: string[];
  mask: number;
}

function slotOf(table: Table, hash: number): number {
  return (hash ^ (hash >>> 15)) & table.mask;
}

function buildTable(entries: Iterable<string>): Table {
  const list = usable(new Set(entries));
  let size = 16;
  while (size < list.length * 4) size *= 2;
  const table: Table = {
    maxLength: list.reduce((longest, word) => Math.max(longest, word.length), 0),
    slots: new Int32Array(size).fill(-1),
    hashes: new Int32Array(list.length),
    list,
    mask: size - 1,
  };
  list.forEach((word, index) => {
    const hash = hashOf(word);
    table.hashes[index] = hash;
    let slot = slotOf(table, hash);
    while (table.slots[slot] >= 0) slot = (slot + 1) & table.mask;
    table.slots[slot] = index;
  });
  return table;
}

function usable(words: Iterable<string>): string[] {
  return [...words].filter((word) => word.length > 0 && word.length <= SCRATCH.length);
}

/**
 * The words some rule can use, in an open-addressing hash table keyed by the tokenizer's
 * running hash, so a word is looked up from the scratch buffer without becoming a string.
 * Found words come back as the lexicon's own string, the same object every time.
 */
export class Lexicon {
  /** Longer words cannot be in the lexicon, so they are not looked up. */
  private readonly maxLength: number;

  private constructor(
    private readonly table: Table,
    private readonly extra: readonly string[],
  ) {
    this.maxLength = extra.reduce((longest, word) => Math.max(longest, word.length), table.maxLength);
  }

  static of(words: Iterable<string>): Lexicon {
    return new Lexicon(buildTable(words), []);
  }

  /** The same table plus a few words only one call cares about (the sender's brand, say). */
  extendedWith(words: Iterable<string>): Lexicon {
    const extra = usable(words);
    return extra.length === 0 ? this : new Lexicon(this.table, extra);
  }

  has(word: string): boolean {
    if (word.length === 0 || word.length > SCRATCH.length) return false;
    for (let i = 0; i < word.length; i++) SCRATCH[i] = word.charCodeAt(i);
    return this.find(word.length, hashOf(word)) !== null;
  }

  /** The word held in SCRATCH[0, length), if the lexicon has it. */
  find(length: number, hash: number): string | null {
    if (length > this.maxLength) return null;
    const { slots, hashes, list, mask } = this.table;
    for (let slot = slotOf(this.table, hash); ; slot = (slot + 1) & mask) {
      const index = slots[slot];
      if (index < 0) break;
      if (hashes[index] === hash && sameWord(list[index], length)) return list[index];
    }
    for (const word of this.extra) if (sameWord(word, length)) return word;
    return null;
  }
}

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;
const SLASH = 0x2f;
const BANG = 0x21;
const HASH_SIGN = 0x23;
/** Longest entity name worth recognising ("&thetasym;" is 10 characters). */
const MAX_ENTITY_LENGTH = 10;
/** A "<" followed by a letter but no ">" within this distance is text, not a tag. */
const MAX_TAG_LENGTH = 2000;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** Length of "&name;" or "&#123;" starting at `at`, or 0 when it is not an entity. */
function entityLength(text: string, at: number, end: number): number {
  const limit = Math.min(end, at + MAX_ENTITY_LENGTH + 2);
  for (let i = at + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === SEMICOLON) return i > at + 1 ? i - at + 1 : 0;
    if (!isAsciiAlphanumeric(code) && code !== HASH_SIGN) return 0;
  }
  return 0;
}

/** True when the folded word in SCRATCH is text[start, start + length) unchanged. */
function sameAsText(text: string, start: number, length: number): boolean {
  if (length > SCRATCH.length) return false;
  for (let i = 0; i < length; i++) if (SCRATCH[i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * The token for text[start, end) whose folded form (`length` units, `hash`) is in SCRATCH.
 * With a lexicon, words it lacks become OTHER_WORD / OTHER_NUMBER.
 */
function tokenOf(
  text: string,
  start: number,
  end: number,
  length: number,
  hash: number,
  digits: boolean,
  lexicon: Lexicon | null,
): string {
  if (lexicon !== null) return lexicon.find(length, hash) ?? (digits ? OTHER_NUMBER : OTHER_WORD);
  if (length === end - start && sameAsText(text, start, length)) return text.slice(start, end);
  // apply() takes any array-like; a typed-array view avoids copying into a fresh array.
  if (length <= SCRATCH.length)
    return String.fromCharCode.apply(null, SCRATCH.subarray(0, length) as unknown as number[]);
  return foldWord(text.slice(start, end)); // a very long word: rare, and linear anyway
}

/**
 * Reads the words of `text[from, to)` one at a time, lower-cased and without accents. With a
 * lexicon, only the words it holds come out as themselves. A pull reader rather than a
 * callback: each consumer's loop then calls its own sink, so the hot loop here never makes a
 * call that differs from one consumer to the next.
 */
export class WordReader {
  private at: number;
  private readonly end: number;
  /** Position of the next ">" at or after the scan; -1 when none is left, -2 before the first look. */
  private nextTagEnd = -2;

  constructor(
    private readonly text: string,
    private readonly lexicon: Lexicon | null = null,
    from = 0,
    to = Number.POSITIVE_INFINITY,
  ) {
    this.at = Math.max(0, from);
    this.end = Math.min(to, text.length);
  }

  /** The next word, or null at the end. */
  next(): string | null {
    const text = this.text;
    const end = this.end;
    let start = -1;
    let length = 0;
    let hash = HASH_SEED;
    let digits = true;
    for (let i = this.at; i < end; i++) {
      const code = text.charCodeAt(i);
      let folded = FOLD[code];
      if (folded === SEPARATOR) {
        if (start >= 0) {
          if (length > 0) {
            this.at = i; // the separator is looked at again, for a tag or an entity, next time
            return tokenOf(text, start, i, length, hash, digits, this.lexicon);
          }
          start = -1;
        }
        if (code === LESS_THAN && i + 1 < end) i = this.skipTag(i);
        else if (code === AMPERSAND) i += Math.max(0, entityLength(text, i, end) - 1);
        continue;
      }
      if (start < 0) {
        start = i;
        length = 0;
        hash = HASH_SEED;
        digits = true;
      }
      if (folded === UNKNOWN) folded = foldOf(code);
      if (folded >= 0) {
        if (folded < 0x30 || folded > 0x39) digits = false;
        if (length < SCRATCH.length) SCRATCH[length] = folded;
        length++;
        hash = Math.imul(hash ^ folded, HASH_PRIME);
      } else if (folded <= MANY_BASE) {
        digits = false;
        for (let k = MANY_BASE - folded, unit = manyUnits[k]; unit !== 0; unit = manyUnits[++k], length++) {
          if (length < SCRATCH.length) SCRATCH[length] = unit;
          hash = Math.imul(hash ^ unit, HASH_PRIME);
        }
      } // else a combining mark (DROP): part of the word, folds to nothing
      if (length > SCRATCH.length) {
        // Too long for any lexicon and for the scratch buffer: only where it ends and whether it
        // is all digits still matter, so the rest of it is skimmed.
        i = digits ? this.skimNumber(i + 1) : this.skimWord(i + 1);
        digits = this.skimmedDigits;
      }
    }
    this.at = end;
    return start >= 0 && length > 0 ? tokenOf(text, start, end, length, hash, digits, this.lexicon) : null;
  }

  /** Whether the last skimmed word was all digits. */
  private skimmedDigits = false;

  /** The last position of the word going on at `from`, a word of digits so far. */
  private skimNumber(from: number): number {
    for (let j = from; j < this.end; j++) {
      const unit = this.text.charCodeAt(j);
      let folded = FOLD[unit];
      if (folded === UNKNOWN) folded = foldOf(unit);
      if (folded === SEPARATOR) {
        this.skimmedDigits = true;
        return j - 1;
      }
      if (folded !== DROP && (folded < 0x30 || folded > 0x39)) return this.skimWord(j);
    }
    this.skimmedDigits = true;
    return this.end - 1;
  }

  /** The last position of the word going on at `from`, known not to be a number. */
  private skimWord(from: number): number {
    this.skimmedDigits = false;
    for (let j = from; j < this.end; j++) {
      // Separators are all in the table from the start: no need to fold anything here.
      if (FOLD[this.text.charCodeAt(j)] === SEPARATOR) return j - 1;
    }
    return this.end - 1;
  }

  /** Where to continue after a "<" at `at`: past the tag's ">" when it is a tag. */
  private skipTag(at: number): number {
    const next = this.text.charCodeAt(at + 1);
    if (!isAsciiLetter(next) && next !== SLASH && next !== BANG) return at;
    if (this.nextTagEnd !== -1 && this.nextTagEnd < at) this.nextTagEnd = this.text.indexOf(">", at);
    const tagEnd = this.nextTagEnd;
    return tagEnd > at && tagEnd < this.end && tagEnd - at <= MAX_TAG_LENGTH ? tagEnd : at;
  }
}

/** Pushes each word of `input[from, to)` into `sink` (see WordReader). Non-string input yields nothing. */
export function tokenize(
  input: unknown,
  sink: TokenSink,
  lexicon: Lexicon | null = null,
  from = 0,
  to = Number.POSITIVE_INFINITY,
): void {
  if (typeof input !== "string") return;
  const reader = new WordReader(input, lexicon, from, to);
  for (let word = reader.next(); word !== null; word = reader.next()) sink.push(word);
}

/** The words of a phrase as the tokenizer would produce them (used to build rule tables). */
export function words(text: string): string[] {
  const out: string[] = [];
  tokenize(text, out);
  return out;
}
