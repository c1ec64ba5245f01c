import type { CategoryId } from "../../categories";
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
  /** The message between greeting and sign-off; may use the template syntax in template.ts. */
  body: Record<Tone, string>;
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
}
