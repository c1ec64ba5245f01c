/**
 * Plain-English reasons for the pane: one sentence per piece of evidence, and the strongest
 * reasons for the chosen category. Strings live in tables so they can be translated.
 */
import type { CategoryId } from "../categories";
import type { Classification, Evidence, EvidenceField } from "../classification";

/** How a matched phrase is introduced, per field. `{phrase}` is replaced. */
export const PHRASE_REASON: Readonly<Record<Exclude<EvidenceField, "metadata">, string>> = {
  subject: 'The subject says "{phrase}"',
  body: 'The message says "{phrase}"',
  location: 'The location says "{phrase}"',
  sender: 'The sender is named "{phrase}"',
};

/** One sentence saying why a piece of evidence counted; metadata evidence is already one. */
export function describeEvidence(evidence: Evidence): string {
  if (evidence.field === "metadata") return evidence.text;
  return PHRASE_REASON[evidence.field].replace("{phrase}", evidence.text);
}

/** The strongest distinct reasons in favour of `category` (default: the chosen one). */
export function topReasons(result: Classification, limit = 3, category: CategoryId = result.category): string[] {
  const reasons: string[] = [];
  const favouring = result.evidence
    .filter((item) => item.category === category && item.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  for (const item of favouring) {
    const reason = describeEvidence(item);
    if (!reasons.includes(reason)) reasons.push(reason);
    if (reasons.length >= limit) break;
  }
  return reasons;
}
