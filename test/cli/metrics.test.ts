import { score } from "../../src/cli/metrics";

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
