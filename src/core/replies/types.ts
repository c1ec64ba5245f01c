import type { CategoryId } from "../categories";
import type { ClaimKind, FitCondition } from "./fit";

export const TONES = ["warm", "brief", "formal"] as const;
export type Tone = (typeof TONES)[number];

/**
 * A decline reply: one strategy, written once per tone. Texts may use the placeholders in
 * PLACEHOLDERS; the renderer fills them and drops optional parts whose values are unknown.
 */
export interface ReplyTemplate {
  id: string;
  category: CategoryId;
  /** Short label shown on the card, e.g. "Prior commitment". */
  strategy: string;
  /** One line on when this strategy fits. */
  whenToUse: string;
  /** Built-in templates have all three tones; a user's may have fewer. */
  texts: Partial<Record<Tone, string>>;
  /** True for a template the user wrote (issue: personal templates). */
  custom?: boolean;
  /** Meant for answering a follow-up after an earlier no; ranked first when followUp is set. */
  forFollowUp?: boolean;
  /** What the text asserts about the user, each behind its flag placeholder (see locales/types.ts). */
  claims?: readonly ClaimKind[];
  requires?: readonly FitCondition[];
  excludes?: readonly FitCondition[];
  leads?: readonly FitCondition[];
}

export const PLACEHOLDERS = [
  "firstName",
  "senderName",
  "eventTitle",
  "eventDate",
  "eventTime",
  "myName",
  "myFirstName",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Values for the placeholders; "" means unknown. */
export type ReplyContext = Record<Placeholder, string>;

/**
 * Extra values the pane may supply for strategies that propose other times ("Suggest another
 * time"). They are free phrases that read after "perhaps", e.g. "Tuesday at noon". When either
 * is missing the template's fallback wording ("one day early next week…") is used instead.
 */
export const SLOT_PLACEHOLDERS = ["slot1", "slot2"] as const;
export type SlotPlaceholder = (typeof SLOT_PLACEHOLDERS)[number];

/**
 * Claim flags: "yes" keeps the claim's wording, "" falls back to the plain wording. A flag
 * renders as nothing; it only decides its optional part.
 */
export const CLAIM_PLACEHOLDERS = [
  "claimOffer",
  "claimProvider",
  "claimCommitment",
  "claimGift",
  "claimColleague",
  "claimFamily",
] as const;
export type ClaimPlaceholder = (typeof CLAIM_PLACEHOLDERS)[number];

export const CLAIM_PLACEHOLDER_OF: Record<ClaimKind, ClaimPlaceholder> = {
  offer: "claimOffer",
  provider: "claimProvider",
  commitment: "claimCommitment",
  gift: "claimGift",
  colleague: "claimColleague",
  family: "claimFamily",
};

/** Values read from the situation facts for the strategies that need them. */
export const FACT_PLACEHOLDERS = ["occasionWish"] as const;
export type FactPlaceholder = (typeof FACT_PLACEHOLDERS)[number];

/** Everything the renderer understands: the reply context plus the optional time slots, claim flags and fact values. */
export type RenderContext = ReplyContext &
  Partial<Record<SlotPlaceholder | ClaimPlaceholder | FactPlaceholder, string>>;
