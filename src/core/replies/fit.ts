/**
 * Which strategies fit the situation: conditions over the situation facts, named so the locale
 * tables can refer to them (requires / excludes / leads) without code knowing any language.
 */
import type { SituationFacts } from "../facts/types";

/** Claims a reply can make about the user. Each is a flag placeholder in the text (see types.ts). */
export const CLAIM_KINDS = ["offer", "provider", "commitment", "gift", "colleague", "family"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const FIT_CONDITIONS = [
  "askedAgainAfterNo",
  "chaserAfterSilence",
  "occasion",
  "colleague",
  "client",
  "stranger",
  "recruiterApproach",
  "application",
  "introductionOffered",
  "detailsArrived",
  "askedToSpeak",
  "askedToMeet",
] as const;
export type FitCondition = (typeof FIT_CONDITIONS)[number];

const HOLDS: Record<FitCondition, (facts: SituationFacts) => boolean> = {
  askedAgainAfterNo: (f) => f.askingAgain?.value === "afterNo",
  chaserAfterSilence: (f) => f.askingAgain?.value === "afterSilence",
  occasion: (f) => f.occasion !== null,
  colleague: (f) => f.relationship.value === "colleague",
  client: (f) => f.relationship.value === "client",
  stranger: (f) => f.relationship.value === "stranger",
  recruiterApproach: (f) => f.relationship.value === "recruiterApproach",
  application: (f) => f.relationship.value === "application",
  introductionOffered: (f) => f.introductionOffered !== null,
  detailsArrived: (f) => f.detailsArrived !== null,
  askedToSpeak: (f) => f.ask.value === "speak",
  askedToMeet: (f) => f.ask.value === "meet",
};

export function holds(condition: FitCondition, facts: SituationFacts): boolean {
  return HOLDS[condition](facts);
}

/**
 * Claims the facts support: none yet. Nothing in an invitation tells us the user accepted another
 * offer or has a provider; the user says so by keeping the claim in the card.
 */
export function supportedClaims(_facts: SituationFacts): ReadonlySet<ClaimKind> {
  return new Set();
}
