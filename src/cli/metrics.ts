import { CATEGORY_IDS, type CategoryId } from "../core/categories";

export interface LabelledPrediction {
  truth: CategoryId;
  predicted: CategoryId;
}

export interface CategoryScore {
  category: CategoryId;
  precision: number;
  recall: number;
  f1: number;
  /** How many files carry this true label. */
  support: number;
}

export interface Scores {
  /** Categories present in the labels or the predictions, in the product's category order. */
  categories: CategoryId[];
  /** confusion[truth][predicted] = count, over `categories`. */
  confusion: Record<string, Record<string, number>>;
  perCategory: CategoryScore[];
  macroF1: number;
  accuracy: number;
  n: number;
}

/** Precision over nothing predicted, or recall over nothing to find, counts as 0. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Confusion matrix, per-category precision/recall/F1, macro-F1 over the categories that occur, accuracy. */
export function score(results: readonly LabelledPrediction[]): Scores {
  const occurring = new Set<CategoryId>(results.flatMap((result) => [result.truth, result.predicted]));
  const categories = CATEGORY_IDS.filter((category) => occurring.has(category));
  const confusion: Record<string, Record<string, number>> = {};
  for (const truth of categories) {
    confusion[truth] = Object.fromEntries(categories.map((predicted) => [predicted, 0]));
  }
  for (const { truth, predicted } of results) confusion[truth][predicted]++;

  const perCategory = categories.map((category): CategoryScore => {
    const truePositives = confusion[category][category];
    const predictedCount = categories.reduce((sum, truth) => sum + confusion[truth][category], 0);
    const support = categories.reduce((sum, predicted) => sum + confusion[category][predicted], 0);
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { category, precision, recall, f1, support };
  });

  const correct = results.filter((result) => result.truth === result.predicted).length;
  return {
    categories,
    confusion,
    perCategory,
    macroF1: ratio(
      perCategory.reduce((sum, item) => sum + item.f1, 0),
      perCategory.length,
    ),
    accuracy: ratio(correct, results.length),
    n: results.length,
  };
}
