/**
 * Asking again after the user's no, or chasing after silence. The user's no is read in the quoted
 * history (Outlook's "From: / Sent:" block, Gmail's and Apple Mail's "On … wrote:" with "> "
 * lines) when the quoted message is the user's own; the sender may also say it ("I know you said
 * no, but…"). A "did you see my note?" with no earlier no is a chaser after silence.
 */
import type { Invitation } from "../invitation";
import { QUOTED_DECLINE_PHRASES } from "./phrases";
import { normalise, phraseRegExp } from "./scan";
import type { Fact, FactEvidence } from "./types";

const DECLINES = phraseRegExp(QUOTED_DECLINE_PHRASES, "g");

/** The user's request for details, quoted: the first step of "ask for details, then decline". */
const DETAIL_REQUESTS = phraseRegExp(
  [
    "could you tell me a little more",
    "could you tell me a bit more",
    "could you tell me more",
    "tell me who it's aimed at",
    "before i decide",
    "a little more information",
    "could you send a short",
    "could you let me know what you would like to discuss",
    "what did you have in mind",
    "what you have in mind",
    "a short written summary",
  ],
  "",
);

/** How far into the quoted part the attribution (who wrote it) is looked for. */
const ATTRIBUTION_SPAN = 400;
/** How much of the quoted message is read for a decline: the most recent message, not the whole thread. */
const QUOTED_MESSAGE_SPAN = 2500;

export interface QuotedRead {
  /** The user's earlier no, with the words. */
  declined: FactEvidence | null;
  /** The user's earlier request for details. */
  askedForDetails: FactEvidence | null;
}

type Author = "me" | "sender" | "unknown";

function authorOf(attribution: string, invitation: Pick<Invitation, "from" | "me">): Author {
  const mentions = (person: Invitation["me"]) => {
    if (!person) return false;
    const address = person.address.toLowerCase();
    const name = normalise(person.name.trim());
    return (address !== "" && attribution.includes(address)) || (name.length > 2 && attribution.includes(name));
  };
  if (mentions(invitation.me)) return "me";
  if (mentions(invitation.from)) return "sender";
  return "unknown";
}

/** Reads the quoted history (normalised, "> " marks removed) for the user's own earlier words. */
export function readQuoted(quoted: string, invitation: Pick<Invitation, "from" | "me">): QuotedRead {
  if (quoted === "") return { declined: null, askedForDetails: null };
  const text = normalise(quoted.slice(0, ATTRIBUTION_SPAN + QUOTED_MESSAGE_SPAN)).replace(/^[ \t>]+/gm, "");
  // The sender quoting their own first message is a chaser, whatever that message said.
  if (authorOf(text.slice(0, ATTRIBUTION_SPAN), invitation) === "sender")
    return { declined: null, askedForDetails: null };
  DECLINES.lastIndex = 0;
  const decline = DECLINES.exec(text);
  const details = DETAIL_REQUESTS.exec(text);
  const evidence = (match: RegExpExecArray | null): FactEvidence | null =>
    match ? { text: `quoted: "${match[0]}"`, field: "body" } : null;
  return { declined: evidence(decline), askedForDetails: evidence(details) };
}

export function askingAgainOf(
  quoted: QuotedRead,
  senderRecall: FactEvidence | null,
  chaser: FactEvidence | null,
  classifierFollowUp: boolean,
): Fact<"afterNo" | "afterSilence"> | null {
  if (quoted.declined) return { value: "afterNo", evidence: quoted.declined };
  if (senderRecall) return { value: "afterNo", evidence: senderRecall };
  if (chaser) return { value: "afterSilence", evidence: chaser };
  if (classifierFollowUp) return { value: "afterSilence", evidence: { text: "follow-up wording", field: "body" } };
  return null;
}
