import {
  buildTrie,
  phraseParts,
  StreamMatcher,
  vocabularyOf,
  type PhraseTrie,
} from "../../src/core/classifier/matcher";
import { words } from "../../src/core/classifier/tokenize";

interface Rule {
  name: string;
  weight: number;
}

const merge = (a: Rule, b: Rule): Rule => ({ name: a.name, weight: a.weight + b.weight });

function entries(table: Record<string, number>): Array<readonly [string[], Rule]> {
  return Object.entries(table).map(([phrase, weight]) => [phraseParts(phrase), { name: phrase, weight }] as const);
}

/** The rules a text matches, longest match first at each position, as "phrase=weight". */
function matches(trie: PhraseTrie<Rule>, text: string): string[] {
  const found: string[] = [];
  const matcher = new StreamMatcher(trie, (rule) => found.push(`${rule.name}=${rule.weight}`));
  for (const word of words(text)) matcher.push(word);
  matcher.end();
  return found;
}

describe("phrase tries", () => {
  it("reads phrase words the way the tokenizer reads text", () => {
    expect(phraseParts("Café  de   l'Opéra")).toEqual(words("Café de l'Opéra"));
    expect(phraseParts("join * for # minutes")).toEqual(["join", "*", "for", "#", "minutes"]);
    expect(phraseParts("^ invitation")).toEqual(["^", "invitation"]);
  });

  it("lets the longest phrase cover the shorter one inside it", () => {
    const trie = buildTrie(entries({ interview: 3, "press interview": -2 }), merge);
    expect(matches(trie, "A press interview on Monday, then an interview")).toEqual([
      "press interview=-2",
      "interview=3",
    ]);
  });

  it("extends a base trie without changing what the base matches", () => {
    const base = buildTrie(entries({ coffee: 1, "coffee chat": 2, "quick call": 1 }), merge);
    const text = "A coffee chat or a quick sync?";
    const before = matches(base, text);

    const extended = buildTrie(entries({ "coffee chat": 5, "quick sync": 4 }), merge, base);

    expect(matches(extended, text)).toEqual(["coffee chat=7", "quick sync=4"]);
    expect(matches(extended, "a quick call")).toEqual(["quick call=1"]);
    expect(matches(base, text)).toEqual(before);
    expect(before).toEqual(["coffee chat=2"]);
    expect(vocabularyOf(base).has("sync")).toBe(false);
    expect(vocabularyOf(extended).has("sync")).toBe(true);
  });

  it("extends wildcard paths of the base without changing them", () => {
    const base = buildTrie(entries({ "join * call": 1 }), merge);
    const extended = buildTrie(entries({ "join * call today": 2, "join # people": 3 }), merge, base);
    expect(matches(base, "join our call today")).toEqual(["join * call=1"]);
    expect(matches(extended, "join our call today")).toEqual(["join * call today=2"]);
    expect(matches(base, "join 40 people")).toEqual([]);
    expect(matches(extended, "join 40 people")).toEqual(["join # people=3"]);
  });
});
