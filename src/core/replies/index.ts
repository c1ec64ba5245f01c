/**
 * Public face of the reply library. Placeholder bodies until the reply library lands;
 * the signatures are the contract the pane, CLI and commands build against.
 */
import type { CategoryId } from "../categories";
import type { Invitation } from "../invitation";
import type { ReplyContext, ReplyTemplate, Tone } from "./types";

export * from "./types";

export interface SuggestOptions {
  followUp?: boolean;
  /** The user's own templates (personal templates issue); shown among the built-ins. */
  userTemplates?: ReplyTemplate[];
  /** Template ids the user starred; they come first for their category. */
  starred?: string[];
  locale?: string;
}

/** Replies for a category, best first. */
export function suggestReplies(category: CategoryId, options: SuggestOptions = {}): ReplyTemplate[] {
  void options;
  return [
    {
      id: `${category}.placeholder`,
      category,
      strategy: "Placeholder",
      whenToUse: "Until the reply library lands.",
      texts: { warm: "Hi {firstName},\n\nThank you, but I can't make it.\n\n{myName}" },
    },
  ];
}

export interface ContextOptions {
  /** BCP 47 tag for dates, e.g. "en-GB". */
  locale?: string;
  /** Overrides the mailbox owner's display name in the signature. */
  signatureName?: string;
  /** IANA zone to show event times in; defaults to the runtime's. */
  timeZone?: string;
}

export function buildReplyContext(invitation: Invitation, options: ContextOptions = {}): ReplyContext {
  void options;
  return {
    firstName: invitation.from?.name.split(" ")[0] ?? "",
    senderName: invitation.from?.name ?? "",
    eventTitle: invitation.subject,
    eventDate: "",
    eventTime: "",
    myName: invitation.me?.name ?? "",
    myFirstName: invitation.me?.name.split(" ")[0] ?? "",
  };
}

/** Plain text, paragraphs separated by blank lines, every placeholder filled or dropped. */
export function renderReply(template: ReplyTemplate, tone: Tone, context: ReplyContext): string {
  const text = template.texts[tone] ?? Object.values(template.texts)[0] ?? "";
  return text.replace(/\{(\w+)\}/g, (_m, key: string) => context[key as keyof ReplyContext] ?? "");
}

/** HTML for Outlook's reply form: escaped, one <p> a paragraph, line breaks kept. */
export function replyHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
