/**
 * Public face of the reply library: which replies to offer for a category, the values that
 * personalise them, and the text and HTML that go into Outlook.
 *
 * Template syntax (built-in and user templates alike) is described in template.ts:
 * `{placeholder}`, optional parts `[[ on {eventDate}]]`, fallbacks `[[Hi {firstName},||Hello,]]`.
 */
import type { CategoryId } from "../categories";
import type { Invitation } from "../invitation";
import { eventTitleOf, eventWhenOf } from "./eventDetails";
import { builtInReplies, rankReplies } from "./library";
import { cleanDisplayName, firstNameOf } from "./names";
import { fillTemplate } from "./template";
import { TONES, type RenderContext, type ReplyContext, type ReplyTemplate, type Tone } from "./types";

export * from "./types";
export { findTemplateProblems, findUnknownPlaceholders, placeholdersIn, type TemplateProblem } from "./template";
export { escapeHtml, fitReplyHtml, OUTLOOK_HTML_BODY_LIMIT, replyHtml, utf8Length, type FittedHtml } from "./html";
export { cleanDisplayName, firstNameOf, looksLikeOrganisation } from "./names";
export { eventTitleOf, eventWhenOf } from "./eventDetails";
export { builtInReplies } from "./library";
export { REPLY_LOCALES, replyLanguageFor } from "./locales";

export interface SuggestOptions {
  followUp?: boolean;
  /** The user's own templates (personal templates issue); shown among the built-ins. */
  userTemplates?: ReplyTemplate[];
  /** Template ids the user starred; they come first for their category. */
  starred?: string[];
  locale?: string;
}

/**
 * Replies for a category, best first: starred, then (for a follow-up) the follow-up answers, then
 * the user's own templates (marked custom), then the built-ins. Falls back to English texts when
 * the locale has no table.
 */
export function suggestReplies(category: CategoryId, options: SuggestOptions = {}): ReplyTemplate[] {
  return rankReplies(category, builtInReplies(category, options.locale), options);
}

export interface ContextOptions {
  /** BCP 47 tag for dates, e.g. "en-GB". */
  locale?: string;
  /** Overrides the mailbox owner's display name in the signature. */
  signatureName?: string;
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

export function buildReplyContext(invitation: Invitation, options: ContextOptions = {}): ReplyContext {
  const when = eventWhenOf(invitation.start, invitation.end, options.locale ?? DEFAULT_DATE_LOCALE, options.timeZone);
  const myName = ownNameOf(invitation, options);
  return {
    firstName: firstNameOf(invitation.from?.name ?? ""),
    senderName: senderNameOf(invitation.from?.name ?? ""),
    eventTitle: eventTitleOf(invitation),
    eventDate: when.date,
    eventTime: when.time,
    myName,
    // A signature with no usable first name ("Sales Team", "J. Doe") is signed in full.
    myFirstName: firstNameOf(myName) || myName,
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
export function renderReply(template: ReplyTemplate, tone: Tone, context: RenderContext): string {
  return fillTemplate(textForTone(template, tone), context);
}
