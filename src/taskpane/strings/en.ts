import type { CategoryId } from "../../core/categories";
import type { SlotPlaceholder, Tone } from "../../core/replies/types";

/** Outlook's own reason, after what failed and what to do; nothing when it gave none. */
function outlookSaid(reason: string): string {
  return reason ? ` Outlook's reason: ${reason}.` : "";
}

/** Every string the pane shows, in English. Other locales copy this shape (see ./index.ts). */
export const en = {
  appTitle: "Decline Assistant",
  loading: "Reading the invitation…",
  loadingPanel: "Loading…",
  selectItem: "Select a message or meeting to draft a decline.",
  categoryLabel: "Category",
  detected: (category: string, percent: number) => `Detected: ${category} (${percent}%)`,
  /** After the percentage when it is under 50%. */
  lowConfidence: "(low confidence)",
  chosenByYou: "You chose the category.",
  whyCategory: "Why this category?",
  evidenceLabel: "Evidence",
  noEvidence: "No phrases matched; this is the default.",
  evidenceFields: {
    subject: "subject",
    body: "body",
    location: "location",
    sender: "sender",
    metadata: "meeting details",
  } as Record<"subject" | "body" | "location" | "sender" | "metadata", string>,
  evidenceItem: (phrase: string, field: string) => `“${phrase}” in ${field}`,
  alsoConsidered: (category: string, reasons: string[]) =>
    reasons.length > 0 ? `Also considered: ${category} — ${reasons.join("; ")}` : `Also considered: ${category}`,
  categories: {
    client_gathering: "Client gathering",
    networking_event: "Networking event",
    coffee_chat: "Coffee chat",
    sales_pitch: "Sales pitch",
    linkedin_invite: "LinkedIn invitation",
    interview: "Interview",
    speaking_request: "Speaking request",
    internal_meeting: "Internal meeting",
    not_invitation: "Not an invitation",
  } as Record<CategoryId, string>,
  /** Each category as it reads in a sentence, for the two-way question below. */
  categoryPhrases: {
    client_gathering: "a client gathering",
    networking_event: "a networking event",
    coffee_chat: "a coffee chat",
    sales_pitch: "a sales pitch",
    linkedin_invite: "a LinkedIn invitation",
    interview: "an interview",
    speaking_request: "a speaking request",
    internal_meeting: "an internal meeting",
    not_invitation: "not an invitation at all",
  } as Record<CategoryId, string>,
  /** When the top two categories are too close to call. */
  whichIsIt: (first: string, second: string) => `Looks like ${first} or ${second} — which is it?`,
  notInvitationTitle: "This doesn't look like an invitation.",
  notInvitationBody: "If it is one, choose its category to see replies.",
  suggestionsLabel: "Suggested replies",
  noSuggestions: "There are no replies for this category yet.",
  /** Times the user offers instead, for the "Suggest another time" replies ({slot1}, {slot2}). */
  slotLabels: { slot1: "First time you can offer", slot2: "Second time you can offer" } as Record<
    SlotPlaceholder,
    string
  >,
  slotPlaceholder: "Tuesday at 10:00",
  /** Marks on a suggestion card: the user's own template, a built-in they edited, one they starred. */
  cardMarks: { yours: "Yours", edited: "Edited by you", starred: "Starred", claim: "Says something about you" },
  /** Above the choices for what a reply claims about the user. */
  claimsLegend: "This reply says something about you. Keep only what is true:",
  /** When the sender's address reaches nobody (a no-reply, notification or list address, or LinkedIn). */
  replyElsewhere: {
    linkedinTitle: "Answer on LinkedIn.",
    linkedinBody:
      "This came from LinkedIn's notification address, which nobody reads, so there is no email reply. Copy the message below and send it from the invitation on LinkedIn.",
    otherTitle: "Nobody reads replies to this address.",
    otherBody: (address: string) =>
      `${address} only sends mail, so a reply would go nowhere and none is offered. Copy the message if you want to send it another way.`,
    openInvitation: "Open the invitation on LinkedIn",
    openInvitations: "Open your invitations on LinkedIn",
    writeTo: (address: string) => `Email ${address} instead`,
  },
  toneLabel: "Tone",
  tones: { warm: "Warm", brief: "Brief", formal: "Formal" } as Record<Tone, string>,
  replyTextLabel: "Reply text",
  /** Shown over an edited reply: puts the suggestion back in place of the edit. */
  resetToSuggestion: "Reset to suggestion",
  actionsLabel: "Actions",
  reply: "Reply",
  replyAll: "Reply all",
  copy: "Copy",
  insertAtCursor: "Insert at cursor",
  templatesAndSettings: "Templates and settings",
  dismiss: "Dismiss",
  retry: "Try again",
  unsupportedCancellation: "This meeting was cancelled — there is nothing to decline.",
  unsupportedResponse: "This is a reply to a meeting invitation — there is nothing to decline.",
  readFailed: (reason: string) =>
    `The add-in could not read this item, so there are no suggestions yet. Press Try again, or select the item again.${outlookSaid(reason)}`,
  replyOpened: "The reply form is open in Outlook. Check it and press Send.",
  replyFailed: (reason: string) =>
    `Outlook did not open the reply form, so nothing was sent. Your text is kept here: press Reply to try again, or Copy and paste it into a reply yourself.${outlookSaid(reason)}`,
  replyTooLong:
    "This reply is too long for Outlook's reply form (more than 32 KB), so no reply form was opened and nothing was sent. Shorten it, or press Copy and paste it into a reply yourself.",
  replyUnconfirmed:
    "Outlook did not say whether the reply form opened. If you don't see it, nothing was sent: use Copy and paste your text into a reply. Nothing else was done.",
  signatureNote: (name: string) =>
    `Outlook leaves your own signature out of a reply opened from here; the reply is signed ${name ? `“${name}”` : "with your name"} (change it in Templates and settings). To keep your Outlook signature, open an empty reply, keep this pane pinned and use Insert at cursor in it.`,
  openEmptyReply: "Open an empty reply",
  gotIt: "Got it",
  emptyReplyOpened: "An empty reply is open. Keep this pane pinned and use Insert at cursor in it.",
  itemMoved: "The selected message changed, so nothing was done to it. Here it is.",
  inserted: "The reply is in your message at the cursor.",
  insertFailed: (reason: string) =>
    `Outlook did not insert the text into your message. Your text is kept here: press Insert at cursor to try again, or Copy and paste it yourself.${outlookSaid(reason)}`,
  copied: "Copied. Paste it where you need it.",
  copyFailed:
    "This browser did not let the add-in copy. The text is selected in the reply box: press Ctrl+C (⌘C on a Mac) to copy it.",
  leftoverTitle: "Unsent reply from the previous item",
  leftoverBody: "An action failed before you moved on. Copy the text if you still need it.",
};

export type UiStrings = typeof en;
