/**
 * One pass of one regular expression over a bounded window of text: every table phrase found,
 * with what it means. Bounded windows keep the facts linear and cheap on a 5 MB body.
 */
import { PHRASE_ROWS, type PhraseMeaning } from "./phrases";

/** How much of the sender's text, and of the quoted history, is read. Invitations say it early. */
export const WINDOW = 6000;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A case-insensitive alternation of phrases on word boundaries, longest first. */
export function phraseRegExp(phrases: Iterable<string>, flags = "g"): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join("|")})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

/** Lower case, typographic apostrophes as plain ones: the form the tables are written in. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

const MEANINGS = new Map<string, PhraseMeaning[]>();
for (const [meaning, phrases] of PHRASE_ROWS) {
  for (const phrase of phrases) MEANINGS.set(phrase, [...(MEANINGS.get(phrase) ?? []), meaning]);
}
const PHRASES = phraseRegExp(MEANINGS.keys());

export interface PhraseHit {
  phrase: string;
  meaning: PhraseMeaning;
}

/** Every phrase hit in the text (already normalised), in order of appearance. */
export function scanPhrases(text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  PHRASES.lastIndex = 0;
  for (let match = PHRASES.exec(text); match; match = PHRASES.exec(text)) {
    for (const meaning of MEANINGS.get(match[0]) ?? []) hits.push({ phrase: match[0], meaning });
  }
  return hits;
}
