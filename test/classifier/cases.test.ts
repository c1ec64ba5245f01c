import { classify } from "../../src/core/classifier";
import { CASES } from "./cases";

describe("hand-written labelled cases", () => {
  it("has at least 100 cases covering every category", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((item) => item.label)).size).toBe(9);
  });

  it.each(CASES.map((item) => [item.label, item.why, item] as const))("%s: %s", (_label, _why, item) => {
    const result = classify(item.invitation);
    expect(result.category).toBe(item.label);
    if (item.followUp !== undefined) expect(result.followUp).toBe(item.followUp);
  });
});
