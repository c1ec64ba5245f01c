import { calibration, score } from "../../src/cli/metrics";
import type { CategoryId } from "../../src/core/categories";

describe("score", () => {
  it("computes per-category precision/recall/F1 and macro-F1 over occurring categories only", () => {
    const scores = score([
      { truth: "coffee_chat", predicted: "coffee_chat" },
      { truth: "coffee_chat", predicted: "sales_pitch" },
      { truth: "sales_pitch", predicted: "sales_pitch" },
      { truth: "interview", predicted: "coffee_chat" },
    ]);
    expect(scores.categories).toEqual(["coffee_chat", "sales_pitch", "interview"]);
    expect(scores.confusion.coffee_chat).toEqual({ coffee_chat: 1, sales_pitch: 1, interview: 0 });
    const byCategory = Object.fromEntries(scores.perCategory.map((item) => [item.category, item]));
    expect(byCategory.coffee_chat).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(byCategory.sales_pitch).toMatchObject({ precision: 0.5, recall: 1, support: 1 });
    expect(byCategory.sales_pitch.f1).toBeCloseTo(2 / 3);
    expect(byCategory.interview).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(scores.macroF1).toBeCloseTo((0.5 + 2 / 3 + 0) / 3);
    expect(scores.accuracy).toBe(0.5);
    expect(scores.n).toBe(4);
  });

  it("scores nothing as zero rather than NaN", () => {
    expect(score([])).toMatchObject({ macroF1: 0, accuracy: 0, n: 0, categories: [] });
  });
});

describe("calibration", () => {
  const ranked = (
    truth: CategoryId,
    predicted: CategoryId,
    runnerUp: CategoryId,
    confidence: number,
    closeCall: boolean,
  ) => ({
    truth,
    predicted,
    runnerUp,
    confidence,
    closeCall,
  });

  it("splits accuracy at the low-confidence line and on close calls, and counts top-2 hits", () => {
    const result = calibration(
      [
        ranked("coffee_chat", "coffee_chat", "sales_pitch", 0.9, false),
        ranked("sales_pitch", "coffee_chat", "sales_pitch", 0.45, true),
        ranked("interview", "coffee_chat", "sales_pitch", 0.4, true),
        ranked("interview", "interview", "coffee_chat", 0.7, false),
      ],
      0.5,
    );
    expect(result.top2Accuracy).toBe(0.75);
    expect(result.confident).toEqual({ n: 2, accuracy: 1 });
    expect(result.lowConfidence).toEqual({ n: 2, accuracy: 0 });
    expect(result.closeCalls).toEqual({ n: 2, accuracy: 0, eitherAccuracy: 0.5 });
    expect(result.clearCalls).toEqual({ n: 2, accuracy: 1 });
  });

  it("reports nothing as zero rather than NaN", () => {
    expect(calibration([], 0.5).top2Accuracy).toBe(0);
    expect(calibration([], 0.5).closeCalls).toEqual({ n: 0, accuracy: 0, eitherAccuracy: 0 });
  });
});
