/**
 * Public face of the reply library: which replies to offer for a category, the values that
 * personalise them, and the text and HTML that go into Outlook.
 *
 * Template syntax (built-in and user templates alike) is described in template.ts:
 * `{placeholder}`, optional parts `[[ on {eventDate}]]`, fallbacks `[[Hi {firstName},||Hello,]]`.
 */
import type { CategoryId } from "../categories";
import { situationFacts } from "../facts";
import type { SituationFacts } from "../facts/types";
import type { Invitation } from "../invitation";
import { bodyWhenText, eventWhenOf, titleForReply } from "./eventDetails";
import type { ClaimKind } from "./fit";
import { builtInReplies, inSpellingOf, rankReplies, rankWithReason, type FirstReason } from "./library";
import { replyLocaleFor } from "./locales";
import { cleanDisplayName, firstNameOf } from "./names";
import { CLAIM_KINDS } from "./fit";
import { fillTemplate, placeholdersIn } from "./template";
import {
  CLAIM_PLACEHOLDER_OF,
  TONES,
  type ClaimPlaceholder,
  type RenderContext,
  type ReplyContext,
  type ReplyTemplate,
  type Tone,
} from "./types";

export * from "./types";
export { findTemplateProblems, findUnknownPlaceholders, placeholdersIn, type TemplateProblem } from "./template";
export { escapeHtml, fitReplyHtml, OUTLOOK_HTML_BODY_LIMIT, replyHtml, utf8Length, type FittedHtml } from "./html";
export { cleanDisplayName, firstNameOf, looksLikeOrganisation } from "./names";
export { eventTitleOf, eventWhenOf, titleForReply } from "./eventDetails";
export { builtInReplies, type FirstReason } from "./library";
export { CLAIM_KINDS, FIT_CONDITIONS, holds, type ClaimKind, type FitCondition } from "./fit";
export { REPLY_LOCALES, replyLanguageFor } from "./locales";

export interface SuggestOptions {
  followUp?: boolean;
  /** The user's own templates (personal templates issue); shown among the built-ins. */
  userTemplates?: ReplyTemplate[];
  /** Template ids the user starred; they come first for their category. */
  starred?: string[];
  locale?: string;
  /** The situation; without it only `followUp` (read as "asked again after a no") shapes the list. */
  facts?: SituationFacts;
  /** Built-in ids the user deleted. */
  hiddenBuiltIns?: readonly string[];
}

/**
 * Replies for a category, best first: starred, then (for a follow-up) the follow-up answers, then
 * the user's own templates (marked custom), then the built-ins. Falls back to English texts when
 * the locale has no table.
 */
export function suggestReplies(category: CategoryId, options: SuggestOptions = {}): ReplyTemplate[] {
  return rankReplies(category, builtInReplies(category, options.locale), options);
}

export interface ChosenReplies {
  replies: ReplyTemplate[];
  /** Why the first reply is first, one line for the pane. */
  why: string;
  firstReason: FirstReason;
}

/** suggestReplies with the one-line reason the first reply comes first. */
export function chooseReplies(category: CategoryId, options: SuggestOptions = {}): ChosenReplies {
  const { replies, firstReason } = rankWithReason(category, builtInReplies(category, options.locale), options);
  return {
    replies,
    firstReason,
    why: inSpellingOf(replyLocaleFor(options.locale).whyFirst[firstReason], options.locale),
  };
}

/** The choice the pane shows for a claim ("Say I've accepted another offer"), in the user's language. */
export function claimLabel(claim: ClaimKind, locale?: string): string {
  return inSpellingOf(replyLocaleFor(locale).claimLabels[claim], locale);
}

/**
 * The claims a template makes: the built-ins list theirs; a user's copy of one keeps the flags in
 * its text but not the list, so they are read from the text.
 */
export function claimsOf(template: ReplyTemplate | undefined): readonly ClaimKind[] {
  if (!template) return [];
  if (template.claims) return template.claims;
  const used = new Set<string>(TONES.flatMap((tone) => placeholdersIn(template.texts[tone] ?? "")));
  return CLAIM_KINDS.filter((claim) => used.has(CLAIM_PLACEHOLDER_OF[claim]));
}

/** Claim flags for a render: each claim of the template kept ("yes") unless switched off. */
export function claimFlags(
  template: ReplyTemplate | undefined,
  off: ReadonlySet<ClaimKind> = new Set(),
): Partial<Record<ClaimPlaceholder, string>> {
  const flags: Partial<Record<ClaimPlaceholder, string>> = {};
  for (const claim of claimsOf(template)) flags[CLAIM_PLACEHOLDER_OF[claim]] = off.has(claim) ? "" : "yes";
  return flags;
}

export interface ContextOptions {
  /** BCP 47 tag for dates, e.g. "en-GB". */
  locale?: string;
  /** Overrides the mailbox owner's display name in the signature. */
  signatureName?: string;
  /** The situation facts, when already read (the pane reads them once); read here otherwise. */
  facts?: SituationFacts;
  /**
   * IANA zone to show event times in. Without it the event's own wall-clock time is shown as
   * the invitation wrote it (never shifted into the zone the code runs in); with it, and a start
   * that carries its UTC offset, the time is converted into this zone.
   */
  timeZone?: string;
}

const DEFAULT_DATE_LOCALE = "en-US";

/** A no-reply or service address has a name nobody wants to read back in a reply. */
function senderNameOf(displayName: string): string {
  const name = cleanDisplayName(displayName);
  return /no-?reply/i.test(name) ? "" : name;
}

function ownNameOf(invitation: Invitation, options: ContextOptions): string {
  const override = options.signatureName?.replace(/\s+/g, " ").trim();
  if (override) return override;
  return cleanDisplayName(invitation.me?.name ?? "");
}

/** {occasionWish}: congratulations for the occasion, to the sender or passed on to the person celebrating. */
function occasionWishOf(facts: SituationFacts, locale: string | undefined): string {
  const occasion = facts.occasion?.value;
  if (!occasion) return "";
  const wishes = replyLocaleFor(locale).occasionWishes[occasion.kind];
  if (occasion.senderCelebrates) return inSpellingOf(wishes.own, locale);
  const wish = occasion.celebrant ? wishes.other.replace("{celebrant}", occasion.celebrant) : wishes.unknown;
  return inSpellingOf(wish, locale);
}

export function buildReplyContext(
  invitation: Invitation,
  options: ContextOptions = {},
): ReplyContext & Pick<RenderContext, "occasionWish"> {
  const dateLocale = options.locale ?? DEFAULT_DATE_LOCALE;
  const facts = options.facts ?? situationFacts(invitation);
  const bodyWhen = facts.when?.value;
  const when =
    !invitation.start && bodyWhen
      ? bodyWhenText(bodyWhen, dateLocale)
      : eventWhenOf(invitation.start, invitation.end, dateLocale, options.timeZone);
  const myName = ownNameOf(invitation, options);
  return {
    firstName: firstNameOf(invitation.from?.name ?? ""),
    senderName: senderNameOf(invitation.from?.name ?? ""),
    eventTitle: titleForReply(facts.eventName?.value ?? "", replyLocaleFor(options.locale).grammar),
    eventDate: when.date,
    eventTime: when.time,
    myName,
    // A signature with no usable first name ("Sales Team", "J. Doe") is signed in full.
    myFirstName: firstNameOf(myName) || myName,
    occasionWish: occasionWishOf(facts, options.locale),
  };
}

/** The text of the tone asked for, or the nearest one a user's template has. */
export function textForTone(template: ReplyTemplate, tone: Tone): string {
  const order: Tone[] = [tone, ...TONES.filter((t) => t !== tone)];
  for (const candidate of order) {
    const text = template.texts[candidate];
    if (text !== undefined && text.trim() !== "") return text;
  }
  return "";
}

/**
 * Plain text, paragraphs separated by blank lines, every placeholder filled or its optional
 * part dropped. The context may carry slot1/slot2 for strategies that propose other times.
 */
export function renderReply(template: ReplyTemplate, tone: Tone, context: RenderContext, locale?: string): string {
  let text = fillTemplate(textForTone(template, tone), { ...claimFlags(template), ...context });
  for (const [pattern, replacement] of replyLocaleFor(locale).grammar.fixes) text = text.replace(pattern, replacement);
  return text;
}
