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

/** One classified file with what the pane would show beyond the first choice. */
export interface RankedPrediction extends LabelledPrediction {
  runnerUp: CategoryId | null;
  confidence: number;
  /** The pane offers the top two as equal choices ("which is it?"). */
  closeCall: boolean;
}

export interface Share {
  n: number;
  /** How often the first choice was right. */
  accuracy: number;
}

export interface Calibration {
  /** The right category was first or second. */
  top2Accuracy: number;
  /** At or above the pane's low-confidence line, and below it. */
  confident: Share;
  lowConfidence: Share;
  /** Offered as two equal choices, and how often the right one was among the two. */
  closeCalls: Share & { eitherAccuracy: number };
  clearCalls: Share;
}

function shareOf(items: readonly RankedPrediction[]): Share {
  return {
    n: items.length,
    accuracy: ratio(items.filter((item) => item.truth === item.predicted).length, items.length),
  };
}

const inTopTwo = (item: RankedPrediction) => item.truth === item.predicted || item.truth === item.runnerUp;

/** How far the confidence and the close-call line can be trusted, on labelled files. */
export function calibration(results: readonly RankedPrediction[], lowConfidenceLine: number): Calibration {
  const close = results.filter((item) => item.closeCall);
  return {
    top2Accuracy: ratio(results.filter(inTopTwo).length, results.length),
    confident: shareOf(results.filter((item) => item.confidence >= lowConfidenceLine)),
    lowConfidence: shareOf(results.filter((item) => item.confidence < lowConfidenceLine)),
    closeCalls: { ...shareOf(close), eitherAccuracy: ratio(close.filter(inTopTwo).length, close.length) },
    clearCalls: shareOf(results.filter((item) => !item.closeCall)),
  };
}
