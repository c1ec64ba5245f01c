import { score } from "../../src/cli/metrics";
import { classify } from "../../src/core/classifier";
import { REAL_CORPUS } from "../cli/runCli";
import { describeMiss, loadLabelledFolder } from "./corpusHelpers";

/**
 * The real development set (../shared/corpus/real: Enron, State Department, SpamAssassin,
 * phishing and list-archive mail, read in place, never copied here). Its score is what the
 * README quotes; falling below the floor fails with every miss and its evidence. The floor is
 * issue 13's goal (reached: 0.902); see README → Figures.
 */
const MACRO_F1_FLOOR = 0.9;

describe("real development set (../shared/corpus/real)", () => {
  it(`keeps macro-F1 at or above ${MACRO_F1_FLOOR}`, async () => {
    const items = await loadLabelledFolder(REAL_CORPUS);
    expect(items.length).toBeGreaterThanOrEqual(177);
    const results = items.map(({ file, label, invitation }) => ({ file, label, result: classify(invitation) }));
    const { macroF1, accuracy } = score(
      results.map(({ label, result }) => ({ truth: label, predicted: result.category })),
    );
    console.info(`real set: macro-F1 ${macroF1.toFixed(3)}, accuracy ${accuracy.toFixed(3)}, n ${results.length}`);
    if (macroF1 < MACRO_F1_FLOOR) {
      const misses = results.filter(({ label, result }) => result.category !== label);
      throw new Error(
        `macro-F1 ${macroF1.toFixed(3)} < ${MACRO_F1_FLOOR}\n` +
          misses.map(({ file, label, result }) => describeMiss(file, label, result)).join("\n"),
      );
    }
    expect(macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
  });
});
