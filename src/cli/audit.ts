/**
 * What `npm run audit-replies` checks for one invitation: every reply the pane would offer,
 * in every tone, rendered as the pane renders it (claims kept as a user who picks the card sees
 * them, and switched off as the plain wording), and the mechanical defects in each.
 */
import { classify } from "../core/classifier/classify";
import { situationFacts } from "../core/facts";
import type { Invitation } from "../core/invitation";
import {
  buildReplyContext,
  chooseReplies,
  claimsOf,
  renderReply,
  TONES,
  type ReplyTemplate,
  type Tone,
} from "../core/replies";
import { auditReply, type Defect } from "../core/replies/audit";
import { CLAIM_PLACEHOLDER_OF } from "../core/replies/types";

export interface AuditedReply {
  id: string;
  tone: Tone;
  claims: "kept" | "off";
  isDefault: boolean;
  text: string;
  defects: Defect[];
}

export interface AuditedInvitation {
  category: string;
  why: string;
  /** The address an email reply would go to, or null when the pane offers none (no-reply senders). */
  emailTo: string | null;
  replies: AuditedReply[];
}

function claimsOff(template: ReplyTemplate): Record<string, string> {
  return Object.fromEntries(claimsOf(template).map((claim) => [CLAIM_PLACEHOLDER_OF[claim], ""]));
}

export function auditInvitation(invitation: Invitation, locale = "en-US"): AuditedInvitation {
  const classification = classify(invitation);
  const facts = situationFacts(invitation, classification);
  const { replies, why } = chooseReplies(classification.category, { facts, locale });
  const context = buildReplyContext(invitation, { facts, locale });
  const region = /-gb$/i.test(locale) ? "GB" : "US";
  const emailTo = facts.replyTarget.unreachable === null ? facts.replyTarget.address : null;
  const values = [context.eventTitle, context.firstName, context.senderName, context.myName];
  const audited: AuditedReply[] = [];
  replies.forEach((template, index) => {
    const variants: Array<["kept" | "off", Record<string, string>]> = [["kept", {}]];
    if (claimsOf(template).length > 0) variants.push(["off", claimsOff(template)]);
    for (const tone of TONES) {
      for (const [claims, flags] of variants) {
        const text = renderReply(template, tone, { ...context, ...flags }, locale);
        const isDefault = index === 0;
        const defects = auditReply({ text, template, isDefault, facts, emailTo, region, values });
        audited.push({ id: template.id, tone, claims, isDefault, text, defects });
      }
    }
  });
  return { category: classification.category, why, emailTo, replies: audited };
}
