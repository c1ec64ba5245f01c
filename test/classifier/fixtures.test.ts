import { join } from "path";
import { classify } from "../../src/core/classifier";
import { describeMiss, loadLabelledFolder, type LabelledFile } from "./corpusHelpers";

/** Held-out corpus written without knowledge of the rules (see its README). */
const FIXTURES = join(__dirname, "..", "fixtures", "corpus");

/**
 * Files still misclassified, each with the reason it is left as it is. A file listed here
 * that starts passing makes the test fail too, so the list cannot go stale.
 */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  "interview__20.eml":
    "a headhunter proposes an informal coffee with the client's chairman: 'coffee' in the subject outweighs the search context",
  "sales_pitch__17.eml":
    "a pay-to-speak offer is worded as a speaking opportunity; prices and packages pull it off speaking, not yet onto sales",
};

describe("held-out fixture corpus", () => {
  let items: LabelledFile[] = [];

  beforeAll(async () => {
    items = await loadLabelledFolder(FIXTURES);
  });

  it("classifies every fixture to its label", () => {
    const results = items.map(({ file, label, invitation }) => ({ file, label, result: classify(invitation) }));
    const misses = results.filter(({ label, result }) => result.category !== label);
    const unexpected = misses
      .filter(({ file }) => !(file in KNOWN_MISSES))
      .map(({ file, label, result }) => describeMiss(file, label, result));
    const nowPassing = Object.keys(KNOWN_MISSES).filter((file) => !misses.some((miss) => miss.file === file));
    const accuracy = ((100 * (results.length - misses.length)) / results.length).toFixed(1);
    // The figure the report quotes; printed so a run shows it without a debugger.
    console.info(`fixture accuracy: ${results.length - misses.length}/${results.length} (${accuracy}%)`);
    expect(unexpected).toEqual([]);
    expect(nowPassing).toEqual([]);
  });
});
