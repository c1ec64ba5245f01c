import { classify } from "../../src/core/classifier";
import { DEV_CORPUS } from "../cli/runCli";
import { describeMiss, loadLabelledFolder, type LabelledFile } from "./corpusHelpers";

describe("dev corpus (42 labelled .eml files)", () => {
  let items: LabelledFile[] = [];

  beforeAll(async () => {
    items = await loadLabelledFolder(DEV_CORPUS);
  });

  it("has the 42 files", () => {
    expect(items).toHaveLength(42);
  });

  it("classifies every file to its label", () => {
    const misses = items
      .map(({ file, label, invitation }) => ({ file, label, result: classify(invitation) }))
      .filter(({ label, result }) => result.category !== label)
      .map(({ file, label, result }) => describeMiss(file, label, result));
    expect(misses).toEqual([]);
  });

  it("marks the dev corpus's circling-back pitch as a follow-up and the first asks as not", () => {
    const followUps = items.filter(({ invitation }) => classify(invitation).followUp).map(({ file }) => file);
    expect(followUps).toEqual(["sales_pitch__05.eml"]);
  });
});
