/**
 * Situation facts: what a reply needs to know about an invitation beyond its category. Each fact
 * carries the evidence it was read from, the way the classification does, so the pane can say why
 * a reply comes first and the audit can check that no reply claims more than the facts support.
 */
import type { EvidenceField } from "../classification";

export interface FactEvidence {
  /** The words (or the metadata signal) the fact was read from, as found. */
  text: string;
  field: EvidenceField;
}

export interface Fact<T> {
  value: T;
  evidence: FactEvidence;
}

/** What the user is asked to do. */
export const ASK_KINDS = ["attend", "speak", "meet", "demo", "interview", "connect", "introduce"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** Who the sender is to the user. */
export const RELATIONSHIPS = [
  "colleague",
  "client",
  "stranger",
  "recruiterApproach",
  "application",
  "unknown",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Occasions worth congratulating someone on. */
export const OCCASIONS = ["wedding", "birthday", "retirement", "anniversary"] as const;
export type OccasionKind = (typeof OCCASIONS)[number];

export interface Occasion {
  kind: OccasionKind;
  /** The person celebrating when it is someone other than the sender ("Sarah's retirement"); "" for the sender or unknown. */
  celebrant: string;
  /** True when the sender writes about their own occasion ("my retirement", "our wedding"). */
  senderCelebrates: boolean;
}

/**
 * A second ask: after the user's own no (their decline quoted below, or the sender saying so),
 * or a chaser after silence ("did you see my note?").
 */
export type AskingAgain = "afterNo" | "afterSilence";

/** The event's date and time read from the body when there is no calendar part. */
export interface BodyWhen {
  /** ISO date (yyyy-mm-dd) when the year is known or was resolved from the mail's date; else "--mm-dd". */
  date: string;
  /** "HH:MM" (24 h) or "" when no time was written. */
  time: string;
}

/** Why a reply must not go to the sender's address. */
export type UnreachableReason = "noReply" | "notification" | "list" | "linkedin";

export interface ReplyTarget {
  /** The sender's address as the reply would use it; "" when unknown. */
  address: string;
  /** Null when a reply to this address reaches a person. */
  unreachable: UnreachableReason | null;
  /** A person's own address found in the mail (e.g. in a LinkedIn note), to write to instead. */
  personalAddress: string;
  /** The invitation's own link (LinkedIn "Accept" or "View profile"), from the mail. */
  invitationLink: string;
}

export interface SituationFacts {
  /** Reads after "the" unless it starts with a possessive; "" inside when unknown. */
  eventName: Fact<string> | null;
  when: Fact<BodyWhen> | null;
  host: Fact<string> | null;
  ask: Fact<AskKind>;
  relationship: Fact<Relationship>;
  occasion: Fact<Occasion> | null;
  askingAgain: Fact<AskingAgain> | null;
  /** The sender offers to introduce the user to someone in their network. */
  introductionOffered: Fact<true> | null;
  /** The sender answers the user's earlier request for details (the first step of "ask, then decline"). */
  detailsArrived: Fact<true> | null;
  replyTarget: ReplyTarget;
}
