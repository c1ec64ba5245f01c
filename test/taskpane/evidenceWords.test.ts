import { readablePhrase } from "../../src/taskpane/evidenceSummary";

describe("rule phrases in words", () => {
  it.each([
    ["^ meeting request", "meeting request"],
    ["# minutes of your time", "N minutes of your time"],
    ["join us for *", "join us for …"],
    ["i d love", "i'd love"],
    ["we re hosting", "we're hosting"],
    ["don t miss", "don't miss"],
    ["let s connect", "let's connect"],
  ])("%s reads as %s", (phrase, words) => {
    expect(readablePhrase(phrase)).toBe(words);
  });

  it("leaves single letters that are words alone", () => {
    expect(readablePhrase("a quick call")).toBe("a quick call");
    expect(readablePhrase("plan b")).toBe("plan b");
  });
});
