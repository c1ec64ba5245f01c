import type { CategoryId } from "../../categories";
import type { OccasionKind } from "../../facts/types";
import type { ClaimKind, FitCondition } from "../fit";
import type { Tone } from "../types";

/** One decline strategy for one category, written once per tone (body only). */
export interface StrategyText {
  /** Stable across locales and releases: starred ids are stored by the user. */
  key: string;
  /** At most four words, shown on the card. */
  strategy: string;
  /** One line on when the strategy fits. */
  whenToUse: string;
  forFollowUp?: boolean;
  /**
   * What the text asserts about the user. Each claim sits in an optional part that opens with its
   * flag ("[[{claimOffer}I've accepted another offer||I've decided to withdraw]]"), so the pane can
   * show it as a choice and the plain wording is always there.
   */
  claims?: readonly ClaimKind[];
  /** Shown only when every condition holds (e.g. a follow-up answer only after the user's no). */
  requires?: readonly FitCondition[];
  /** Not shown when any of these holds. */
  excludes?: readonly FitCondition[];
  /** Comes first when any of these holds; the first one that holds explains why. */
  leads?: readonly FitCondition[];
  /** The message between greeting and sign-off; may use the template syntax in template.ts. */
  body: Record<Tone, string>;
}

/** How a language reads inserted values: applied after filling, so no code path knows English. */
export interface ReplyGrammar {
  /** Rewrites of the filled text, in order (e.g. no article before a possessive name). */
  fixes: ReadonlyArray<readonly [RegExp, string]>;
  /** The organiser's words as the user says them back ("our party" → "your party"). */
  ownerSwaps: ReadonlyArray<readonly [RegExp, string]>;
  /** Ordinary first words of a title that read in lower case mid-sentence ("the weekly standup"). */
  lowerFirstWords: ReadonlySet<string>;
  /** A title that would not read as a plain noun phrase (colons, dashes) is quoted with these. */
  quotes: readonly [string, string];
  /** Regional spelling: region subtag → word → its spelling there. The texts are written in the default. */
  spelling: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Region whose spelling the texts are written in, and the region used when the locale names none. */
  writtenIn: string;
  defaultRegion: string;
}

/**
 * All reply wording for one language. A locale is a complete table: adding one means writing
 * every entry, and the type checker says which are missing.
 */
export interface ReplyLocale {
  /** Greeting when the sender's first name is known; must contain {firstName}. */
  greetingNamed: Record<Tone, string>;
  /** Greeting when it is not ("Hello,"). */
  greetingUnnamed: Record<Tone, string>;
  /** Where a category greets an unnamed sender differently ("Dear organisers,"). */
  greetingUnnamedByCategory: Partial<Record<CategoryId, Partial<Record<Tone, string>>>>;
  /** Sign-off; the name line sits in an optional part so it vanishes when the name is unknown. */
  closing: Record<Tone, string>;
  /** Best first; follow-up strategies are moved to the front or back by suggestReplies. */
  strategies: Record<CategoryId, StrategyText[]>;
  /** One line on why the first suggestion is first, by the condition that put it there. */
  whyFirst: Record<FitCondition | "default" | "chaser" | "starred" | "yours", string>;
  /** The choice shown for each claim ("Say I've accepted another offer"). */
  claimLabels: Record<ClaimKind, string>;
  /** {occasionWish}: by occasion, for the sender's own occasion and for someone else's ({celebrant}). */
  occasionWishes: Record<OccasionKind, { own: string; other: string; unknown: string }>;
  grammar: ReplyGrammar;
}
