import { join } from "path";
import { classify } from "../../src/core/classifier";
import { describeMiss, loadLabelledFolder } from "./corpusHelpers";

/**
 * The four blind sets were each written by an author who never saw the rules, scored once, and
 * then used to improve them (see README → Figures). They now guard against regressions: a rule
 * change that loses ground on any of them fails here, with the misses and their evidence.
 */
const BLIND_SETS = ["blind", "blind2", "blind3", "blind4"];
const FLOOR = 0.97;

describe.each(BLIND_SETS)("labelled set test/fixtures/%s", (name) => {
  it(`keeps at least ${FLOOR * 100}% accuracy`, async () => {
    const items = await loadLabelledFolder(join(__dirname, "..", "fixtures", name));
    expect(items.length).toBeGreaterThan(100);
    const misses = items
      .map(({ file, label, invitation }) => ({ file, label, result: classify(invitation) }))
      .filter(({ label, result }) => result.category !== label);
    const accuracy = 1 - misses.length / items.length;
    if (accuracy < FLOOR) {
      throw new Error(
        `${name}: accuracy ${accuracy.toFixed(3)} < ${FLOOR}\n` +
          misses.map(({ file, label, result }) => describeMiss(file, label, result)).join("\n"),
      );
    }
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR);
  });
});
