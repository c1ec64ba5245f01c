import fc from "fast-check";
import { Lexicon, OTHER_NUMBER, OTHER_WORD, tokenize, words } from "../../src/core/classifier/tokenize";

const LEXICON = Lexicon.of(["coffee", "soiree", "cafe", "party", "15", "한국"]);

/** What a lexicon should turn a full word into. */
function expected(word: string): string {
  if (LEXICON.has(word)) return word;
  return /^[0-9]+$/.test(word) ? OTHER_NUMBER : OTHER_WORD;
}

function withLexicon(text: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  tokenize(text, out, lexicon);
  return out;
}

describe("tokenizer", () => {
  it("folds case and accents and skips tags and entities", () => {
    expect(words("Soirée <b>chez</b>&nbsp;NOUS, Café!")).toEqual(["soiree", "chez", "nous", "cafe"]);
    expect(words("한국어 ÀÉÎ 15:30")).toEqual(["한국어".normalize("NFD"), "aei", "15", "30"]);
  });

  it("with a lexicon, keeps the words it knows and stands one token in for each other word", () => {
    expect(withLexicon("Coffee at the SOIRÉE, 15 or 16?", LEXICON)).toEqual([
      "coffee",
      OTHER_WORD,
      OTHER_WORD,
      "soiree",
      "15",
      OTHER_WORD,
      OTHER_NUMBER,
    ]);
  });

  it("gives the same words as the full tokenizer, word for word, on any text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc
        .array(fc.constantFrom("coffee ", "Café ", "SOIRÉE", "15", "한국", "<b>", "&amp;", "party!", "x"), {
          maxLength: 30,
        })
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(withLexicon(value, LEXICON)).toEqual(words(value).map(expected));
      }),
      { numRuns: 500 },
    );
  });

  it("skims words too long for any lexicon, keeping whether they are numbers", () => {
    const long = (unit: string) => unit.repeat(600);
    expect(withLexicon(`${long("Coffee")} coffee ${long("7")} ${long("a\u0301")}`, LEXICON)).toEqual([
      OTHER_WORD,
      "coffee",
      OTHER_NUMBER,
      OTHER_WORD,
    ]);
    expect(words(long("AB"))).toEqual([long("ab")]);
  });

  it("reads a few extra words only where a lexicon was extended with them", () => {
    const extended = LEXICON.extendedWith(["gridsight"]);
    expect(withLexicon("GridSight coffee", extended)).toEqual(["gridsight", "coffee"]);
    expect(withLexicon("GridSight coffee", LEXICON)).toEqual([OTHER_WORD, "coffee"]);
  });
});
