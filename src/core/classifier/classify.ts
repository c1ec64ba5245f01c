import type { Classification } from "../classification";
import type { Invitation } from "../invitation";

/** Placeholder until the rule engine lands; replaced in the classifier change. */
export function classify(_invitation: Invitation): Classification {
  return { category: "not_invitation", confidence: 0, runnerUp: null, evidence: [], followUp: false };
}
