/**
 * An honest "not sure": when the runner-up scores almost as much as the winner, the pane offers
 * both as equal choices instead of a confident card that is wrong about as often as it is right.
 */
import { CATEGORY_IDS, type CategoryId } from "../categories";
import type { Classification } from "../classification";

/**
 * Largest score gap between the top two that still counts as a close call. Chosen on the real
 * development set (`npm run eval` prints the calibration): about one real mail in five falls
 * under it, and there the first choice is right only about two times in three, one of the two in
 * about nine cases out of ten. A wider line asks about mail the classifier mostly gets right.
 */
export const CLOSE_CALL_MARGIN = 1;

/** Each category's score: the classifier's evidence holds every contribution it summed. */
export function scoresOf(classification: Classification): Record<CategoryId, number> {
  const scores = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  for (const item of classification.evidence) scores[item.category] += item.weight;
  return scores;
}

/** The two categories to offer as equals, or null when the first is clearly ahead. */
export function closeCall(classification: Classification): readonly [CategoryId, CategoryId] | null {
  const { category, runnerUp } = classification;
  if (runnerUp === null) return null;
  const scores = scoresOf(classification);
  return scores[category] - scores[runnerUp] < CLOSE_CALL_MARGIN ? [category, runnerUp] : null;
}
