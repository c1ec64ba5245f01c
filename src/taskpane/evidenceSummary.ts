/**
 * What "Why this category?" shows: the strongest reasons for the detected category, then the
 * runner-up's best two. Priors and evidence against a category stay in the classification (the CLI
 * and evaluation read them) but explain nothing to a user, so they are left out here.
 */
import type { CategoryId } from "../core/categories";
import type { Classification, Evidence } from "../core/classification";
import { SIGNALS } from "../core/classifier/signals";

export const SHOWN_REASONS = 6;
export const RUNNER_UP_REASONS = 2;

/** Signals that hold for every item: a starting score, not a reason. */
const PRIOR_SIGNAL_IDS = new Set(["baseline"]);
const PRIOR_TEXTS = new Set(SIGNALS.filter((signal) => PRIOR_SIGNAL_IDS.has(signal.id)).map((s) => s.description));

/** Rule-table wildcards as a reader would say them: "#" a number, "*" any word, "^" start of subject. */
const WILDCARD_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/#/g, "N"],
  [/\*/g, "…"],
  [/\^\s*/g, ""],
];

/** The tokenizer splits "I'd" and "don't" at the apostrophe; a reader expects them whole. */
const CONTRACTION = /\b([a-z]+) (d|s|t|ll|re|ve|m)\b/g;

export function readablePhrase(phrase: string): string {
  return WILDCARD_WORDS.reduce((text, [pattern, word]) => text.replace(pattern, word), phrase)
    .replace(CONTRACTION, "$1'$2")
    .trim();
}

/** The words "Why this category?" (and `npm run classify`) use for a field and a found phrase. */
export interface ReasonWords {
  evidenceFields: Record<Evidence["field"], string>;
  evidenceItem(phrase: string, field: string): string;
}

/** A found phrase with where it was found; a metadata signal is already a sentence. */
export function reasonText(item: Evidence, words: ReasonWords): string {
  return item.field === "metadata"
    ? item.text
    : words.evidenceItem(readablePhrase(item.text), words.evidenceFields[item.field]);
}

/** Evidence in favour of `category`, strongest first, one entry per phrase or signal and field. */
export function reasonsFor(classification: Classification, category: CategoryId, limit: number): Evidence[] {
  const seen = new Set<string>();
  return classification.evidence
    .filter((item) => item.category === category && item.weight > 0 && !PRIOR_TEXTS.has(item.text))
    .sort((a, b) => b.weight - a.weight)
    .filter((item) => {
      const key = `${item.field}:${readablePhrase(item.text)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

export interface EvidenceSummary {
  reasons: Evidence[];
  /** The second-best category with its best reasons; null when it has none worth showing. */
  runnerUp: { category: CategoryId; reasons: Evidence[] } | null;
}

export function summariseEvidence(classification: Classification): EvidenceSummary {
  const reasons = reasonsFor(classification, classification.category, SHOWN_REASONS);
  const second = classification.runnerUp;
  const secondReasons = second ? reasonsFor(classification, second, RUNNER_UP_REASONS) : [];
  return {
    reasons,
    runnerUp: second && secondReasons.length > 0 ? { category: second, reasons: secondReasons } : null,
  };
}

/** The percentage shown: a heuristic is never certain, so never 100%. */
export const MAX_SHOWN_PERCENT = 99;
export const LOW_CONFIDENCE_PERCENT = 50;

export function shownConfidence(confidence: number): { percent: number; low: boolean } {
  const percent = Math.min(MAX_SHOWN_PERCENT, Math.max(0, Math.round(confidence * 100)));
  return { percent, low: percent < LOW_CONFIDENCE_PERCENT };
}
