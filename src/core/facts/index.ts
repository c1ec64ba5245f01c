/**
 * Situation facts from an Invitation and its classification: pure, linear in the input (bounded
 * windows of the body), and never throws. See types.ts for what each fact means.
 */
import type { CategoryId } from "../categories";
import type { Classification } from "../classification";
import { quotedStart } from "../classifier/quoted";
import type { Invitation } from "../invitation";
import { askingAgainOf, readQuoted } from "./askingAgain";
import { eventNameOf } from "./eventName";
import { hostOf, replyTargetOf, sameOrganisation } from "./people";
import { type PhraseHit, normalise, scanPhrases, WINDOW } from "./scan";
import type { AskKind, Fact, FactEvidence, Occasion, OccasionKind, Relationship, SituationFacts } from "./types";
import { bodyWhenOf } from "./when";

export * from "./types";
export { cleanSubject } from "./eventName";
export { LINKEDIN_INVITATIONS_PAGE, unreachableReason } from "./people";

/** What a category asks of the user when the words do not say more. */
const ASK_BY_CATEGORY: Record<CategoryId, AskKind> = {
  client_gathering: "attend",
  networking_event: "attend",
  coffee_chat: "meet",
  sales_pitch: "demo",
  linkedin_invite: "connect",
  interview: "interview",
  speaking_request: "speak",
  internal_meeting: "attend",
  not_invitation: "attend",
};

/** Categories whose ask the words may refine (a coffee that is really an introduction). */
const REFINABLE_ASKS: Partial<Record<CategoryId, readonly AskKind[]>> = {
  coffee_chat: ["introduce"],
  networking_event: ["introduce"],
  client_gathering: [],
  internal_meeting: ["meet"],
  not_invitation: ["introduce", "meet", "speak"],
};

function categoryEvidence(category: CategoryId): FactEvidence {
  return { text: `classified as ${category.replace(/_/g, " ")}`, field: "metadata" };
}

function firstHit(hits: readonly PhraseHit[], fact: PhraseHit["meaning"]["fact"]): PhraseHit | undefined {
  return hits.find((hit) => hit.meaning.fact === fact);
}

function asEvidence(hit: PhraseHit | undefined, field: FactEvidence["field"] = "body"): FactEvidence | null {
  return hit ? { text: hit.phrase, field } : null;
}

function askOf(hits: readonly PhraseHit[], category: CategoryId): Fact<AskKind> {
  const refinable = REFINABLE_ASKS[category] ?? [];
  for (const hit of hits) {
    if (hit.meaning.fact === "ask" && refinable.includes(hit.meaning.value)) {
      return { value: hit.meaning.value, evidence: { text: hit.phrase, field: "body" } };
    }
  }
  return { value: ASK_BY_CATEGORY[category], evidence: categoryEvidence(category) };
}

function relationshipOf(invitation: Invitation, hits: readonly PhraseHit[], category: CategoryId): Fact<Relationship> {
  if (sameOrganisation(invitation)) {
    return { value: "colleague", evidence: { text: "sender is in your organisation", field: "sender" } };
  }
  const pick = (fact: "application" | "recruiterApproach" | "client" | "stranger"): Fact<Relationship> | null => {
    const hit = firstHit(hits, fact);
    return hit ? { value: fact, evidence: { text: hit.phrase, field: "body" } } : null;
  };
  if (category === "interview") return pick("application") ?? pick("recruiterApproach") ?? unknownRelationship();
  if (category === "client_gathering")
    return pick("client") ?? { value: "client", evidence: categoryEvidence(category) };
  return pick("client") ?? pick("stranger") ?? unknownRelationship();
}

function unknownRelationship(): Fact<Relationship> {
  return { value: "unknown", evidence: { text: "nothing says who they are to you", field: "metadata" } };
}

/** Case-insensitive by hand: the name groups around it need the "u" flag's \\p{Lu} to mean upper case. */
const OCCASION_WORD = "([Bb]irthday|[Rr]etirement|[Ww]edding|[Aa]nniversary|[Rr]etiring)";
/** "Sarah's retirement", "Frank’s 60th birthday": someone other than the sender celebrates. */
const CELEBRANT = new RegExp(
  `(\\p{Lu}\\p{Ll}+)['’]s\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?(?:\\p{L}+\\s+)?${OCCASION_WORD}`,
  "u",
);
/** "my 50th", "our wedding", "I'm retiring", "we're getting married": the sender celebrates. */
const OWN_OCCASION =
  /\b(?:my|our)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:\w+\s+)?(?:birthday|retirement|wedding|anniversary)\b|\b(?:my|our)\s+\d+(?:st|nd|rd|th)\b|\bi(?:'m| am) retiring\b|\bwe(?:'re| are) getting married\b/i;
const FOR_NAME = new RegExp(
  `${OCCASION_WORD}\\s+(?:dinner|party|lunch|drinks|celebration)?\\s*for\\s+(\\p{Lu}\\p{Ll}+)`,
  "u",
);

function occasionOf(hits: readonly PhraseHit[], text: string, senderFirstName: string): Fact<Occasion> | null {
  const hit = hits.find((h) => h.meaning.fact === "occasion");
  if (!hit || hit.meaning.fact !== "occasion") return null;
  const kind: OccasionKind = hit.meaning.value;
  const named = CELEBRANT.exec(text);
  const forName = FOR_NAME.exec(text);
  let celebrant = named?.[1] ?? forName?.[2] ?? "";
  const senderCelebrates = OWN_OCCASION.test(text) || (celebrant !== "" && celebrant === senderFirstName);
  if (senderCelebrates) celebrant = "";
  return {
    value: { kind, celebrant, senderCelebrates },
    evidence: { text: named?.[0] ?? forName?.[0] ?? hit.phrase, field: "body" },
  };
}

/** Where an occasion is a celebration; a sales pitch's "retirement plan" is not one. */
const CELEBRATING_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  "client_gathering",
  "internal_meeting",
  "networking_event",
  "coffee_chat",
  "not_invitation",
]);

const NO_CLASSIFICATION: Pick<Classification, "category" | "followUp"> = {
  category: "not_invitation",
  followUp: false,
};

/** Facts with nothing known: what a hostile or broken input gets. */
export function emptyFacts(): SituationFacts {
  return {
    eventName: null,
    when: null,
    host: null,
    ask: { value: "attend", evidence: categoryEvidence("not_invitation") },
    relationship: unknownRelationship(),
    occasion: null,
    askingAgain: null,
    introductionOffered: null,
    detailsArrived: null,
    replyTarget: { address: "", unreachable: null, personalAddress: "", invitationLink: "" },
  };
}

export function situationFactsUnguarded(
  invitation: Invitation,
  classification: Pick<Classification, "category" | "followUp"> = NO_CLASSIFICATION,
): SituationFacts {
  const body = invitation.body ?? "";
  const cut = quotedStart(body);
  const fresh = body.slice(0, Math.min(cut, WINDOW));
  const quoted = cut < body.length ? body.slice(cut, cut + WINDOW) : "";
  const subject = invitation.subject ?? "";
  const freshLower = normalise(fresh);
  const hits = [...scanPhrases(normalise(subject)), ...scanPhrases(freshLower)];
  const { category } = classification;
  const isCalendarItem = invitation.kind === "meetingRequest" || invitation.kind === "appointment";
  const quotedRead = readQuoted(quoted, invitation);
  const senderFirstName = (invitation.from?.name ?? "").trim().split(/\s+/)[0] ?? "";
  const introduction = firstHit(hits, "introductionOffered");
  const details = firstHit(hits, "detailsArrived");
  return {
    eventName: eventNameOf(invitation, fresh),
    when:
      invitation.start || isCalendarItem
        ? null
        : (bodyWhenOf(subject, "subject", invitation.sent) ?? bodyWhenOf(fresh, "body", invitation.sent)),
    host: hostOf(invitation.from, fresh, "body"),
    ask: askOf(hits, category),
    relationship: relationshipOf(invitation, hits, category),
    occasion: CELEBRATING_CATEGORIES.has(category) ? occasionOf(hits, `${subject}\n${fresh}`, senderFirstName) : null,
    askingAgain: askingAgainOf(
      quotedRead,
      asEvidence(firstHit(hits, "senderRecallsNo")),
      asEvidence(firstHit(hits, "chaser")),
      classification.followUp,
    ),
    introductionOffered:
      introduction && category !== "interview"
        ? { value: true, evidence: { text: introduction.phrase, field: "body" } }
        : null,
    detailsArrived: quotedRead.askedForDetails
      ? { value: true, evidence: quotedRead.askedForDetails }
      : details
        ? { value: true, evidence: { text: details.phrase, field: "body" } }
        : null,
    replyTarget: replyTargetOf(invitation, `${fresh}\n${quoted}`),
  };
}

/** The situation facts; an input that breaks the reader gets facts with nothing known, never an exception. */
export function situationFacts(
  invitation: Invitation,
  classification?: Pick<Classification, "category" | "followUp">,
): SituationFacts {
  try {
    return situationFactsUnguarded(invitation, classification);
  } catch {
    return emptyFacts();
  }
}
