import type { CategoryId } from "./categories";

/** Where a piece of evidence was found. */
export type EvidenceField = "subject" | "body" | "location" | "sender" | "metadata";

export interface Evidence {
  /** A matched phrase (as written in the rule table) or a metadata signal's description. */
  text: string;
  field: EvidenceField;
  category: CategoryId;
  /** Contribution to the category's score; negative evidence counts against it. */
  weight: number;
}

export interface Classification {
  category: CategoryId;
  /** In [0, 1]. */
  confidence: number;
  runnerUp: CategoryId | null;
  evidence: Evidence[];
  /** A second ask, a "following up" or "circling back". */
  followUp: boolean;
}
