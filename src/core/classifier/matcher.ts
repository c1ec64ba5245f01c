/**
 * Phrase matching over a token stream with a token trie (first word → following words).
 *
 * Longest match wins and covers what it spans: once "press interview" matched, the
 * "interview" inside it is not counted again. That is how negating contexts work — a longer,
 * harmless phrase shadows the keyword it contains — without any if-chain.
 *
 * Pattern words: "*" stands for any one word, "#" for a number, "^" for the start of the field
 * (the caller feeds a "^" first; the tokenizer never produces one).
 */
import { OTHER_NUMBER, OTHER_WORD, words, type TokenSink } from "./tokenize";

// Local copies: a module system that compiles imports to getters would otherwise call one per token.
const PLACEHOLDER_WORD: string = OTHER_WORD;
const PLACEHOLDER_NUMBER: string = OTHER_NUMBER;

export const ANY_WORD = "*";
export const ANY_NUMBER = "#";
export const FIELD_START = "^";

interface TrieNode<R> {
  next: Map<string, TrieNode<R>> | null;
  rule: R | null;
  /** The "*" and "#" children, kept out of the map so the walk only branches when they exist. */
  anyWord: TrieNode<R> | null;
  anyNumber: TrieNode<R> | null;
}

export interface PhraseTrie<R> {
  root: TrieNode<R>;
  /** Longest phrase, in words: the size of the look-ahead window. */
  depth: number;
  /** Every word on an edge, each once: the trie's part of the lexicon. */
  words: readonly string[];
}

function newNode<R>(): TrieNode<R> {
  return { next: null, rule: null, anyWord: null, anyNumber: null };
}

/** A phrase word that is plain lower-case ASCII letters or digits is its own single token. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * A phrase as the tokenizer would read it, keeping the pattern words ("*", "#", "^"). Most phrase
 * words are plain, and skip the tokenizer: the tables are built while the pane is loading.
 */
export function phraseParts(phrase: string): string[] {
  const parts: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part.length === 0) continue;
    if (PLAIN_WORD.test(part) || part === ANY_WORD || part === ANY_NUMBER || part === FIELD_START) parts.push(part);
    else for (const word of words(part)) parts.push(word);
  }
  return parts;
}

/**
 * Builds a trie from (phrase words, rule) pairs, the words as phraseParts gives them. A phrase
 * listed twice keeps one node and `merge` decides what the node holds.
 *
 * With a `base`, the result holds the base's phrases too, and shares every node of the base
 * that the added phrases do not pass through (those are copied, so the base never changes).
 */
export function buildTrie<R>(
  entries: Iterable<readonly [readonly string[], R]>,
  merge: (existing: R, added: R) => R,
  base?: PhraseTrie<R>,
): PhraseTrie<R> {
  const builder = new TrieBuilder<R>(base);
  for (const [parts, rule] of entries) builder.insert(parts, rule, merge);
  return { root: builder.root, depth: builder.depth, words: builder.words };
}

class TrieBuilder<R> {
  readonly root: TrieNode<R>;
  /** Longest phrase so far, in words. */
  depth: number;
  /** Every word on an edge, each once. */
  readonly words: string[];
  /** The base's nodes copied so far, by original; null when building from nothing. */
  private readonly copies: Map<TrieNode<R>, TrieNode<R>> | null;

  constructor(base?: PhraseTrie<R>) {
    this.depth = base?.depth ?? 1;
    this.words = base ? [...base.words] : [];
    this.copies = base ? new Map() : null;
    this.root = base ? this.own(base.root) : this.fresh();
  }

  insert(parts: readonly string[], rule: R, merge: (existing: R, added: R) => R): void {
    if (parts.length === 0) return;
    let node = this.root;
    for (const part of parts) node = this.childFor(node, part);
    node.rule = node.rule === null ? rule : merge(node.rule, rule);
    if (parts.length > this.depth) this.depth = parts.length;
  }

  /** The child for `part`, made (and its word noted) when it is new, and this trie's own. */
  private childFor(node: TrieNode<R>, part: string): TrieNode<R> {
    if (part === ANY_WORD) return (node.anyWord = node.anyWord ? this.own(node.anyWord) : this.fresh());
    if (part === ANY_NUMBER) return (node.anyNumber = node.anyNumber ? this.own(node.anyNumber) : this.fresh());
    node.next ??= new Map();
    const found = node.next.get(part);
    if (found) {
      const child = this.own(found);
      if (child !== found) node.next.set(part, child);
      return child;
    }
    const child = this.fresh();
    node.next.set(part, child);
    this.words.push(part);
    return child;
  }

  private fresh(): TrieNode<R> {
    const node = newNode<R>();
    this.copies?.set(node, node);
    return node;
  }

  /** `node` itself when this trie made it; otherwise this trie's copy of the base's node. */
  private own(node: TrieNode<R>): TrieNode<R> {
    if (this.copies === null) return node;
    let copy = this.copies.get(node);
    if (!copy) {
      copy = {
        next: node.next && new Map(node.next),
        rule: node.rule,
        anyWord: node.anyWord,
        anyNumber: node.anyNumber,
      };
      this.copies.set(node, copy);
      // A copy is this trie's own, like a fresh node: asked for again, it is given back as it is.
      this.copies.set(copy, copy);
    }
    return copy;
  }
}

/** Numbers written as words also fill a "#" ("twenty minutes", "turns fifty"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty " +
    "fifty sixty seventy eighty ninety hundred couple few"
  ).split(" "),
);

/** Every word the tries can follow (plus the number words a "#" accepts): their lexicon. */
export function vocabularyOf(...tries: ReadonlyArray<PhraseTrie<unknown>>): Set<string> {
  const found = new Set<string>(NUMBER_WORDS);
  for (const trie of tries) for (const word of trie.words) found.add(word);
  return found;
}

function isNumber(token: string): boolean {
  if (token === PLACEHOLDER_NUMBER || NUMBER_WORDS.has(token)) return true;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return token.length > 0;
}

/**
 * Feeds tokens one at a time and reports each longest match. Memory is a window of `depth`
 * tokens, whatever the length of the text.
 */
export class StreamMatcher<R> implements TokenSink {
  private readonly window: string[];
  private head = 0;
  private count = 0;
  /** Tokens still covered by the last accepted match. */
  private covered = 0;
  private bestLength = 0;
  private bestRule: R | null = null;

  constructor(
    private readonly trie: PhraseTrie<R>,
    private readonly onMatch: (rule: R) => void,
  ) {
    this.window = new Array<string>(trie.depth).fill("");
  }

  push(token: string): void {
    if (this.count === this.window.length) this.consumeHead();
    let at = this.head + this.count;
    if (at >= this.window.length) at -= this.window.length;
    this.window[at] = token;
    this.count++;
  }

  /** Matches whatever is left; the matcher can then be reused for another field. */
  end(): void {
    while (this.count > 0) this.consumeHead();
    this.covered = 0;
  }

  private consumeHead(): void {
    if (this.covered > 0) {
      this.covered--;
    } else if (this.window[this.head] === PLACEHOLDER_WORD && this.trie.root.anyWord === null) {
      // No phrase starts with a word outside the lexicon: most words of a random text.
    } else {
      this.bestLength = 0;
      this.bestRule = null;
      this.walk(this.trie.root, 0);
      if (this.bestRule !== null) {
        this.onMatch(this.bestRule);
        this.covered = this.bestLength - 1;
      }
    }
    this.head = this.head + 1 === this.window.length ? 0 : this.head + 1;
    this.count--;
  }

  /** Follows exact words first, so that on equal length an exact phrase beats a wildcard one. */
  private walk(start: TrieNode<R>, startOffset: number): void {
    const size = this.window.length;
    let pending: Array<readonly [TrieNode<R>, number]> | null = null;
    let node = start;
    let offset = startOffset;
    for (;;) {
      if (offset > 0 && node.rule !== null && offset > this.bestLength) {
        this.bestLength = offset;
        this.bestRule = node.rule;
      }
      if (offset >= this.count) break;
      let at = this.head + offset;
      if (at >= size) at -= size;
      const token = this.window[at];
      if (node.anyWord !== null) (pending ??= []).push([node.anyWord, offset + 1]);
      if (node.anyNumber !== null && isNumber(token)) (pending ??= []).push([node.anyNumber, offset + 1]);
      if (node.next === null) break;
      const exact = node.next.get(token);
      if (!exact) break;
      node = exact;
      offset++;
    }
    if (pending) for (const [next, at] of pending) this.walk(next, at);
  }
}
