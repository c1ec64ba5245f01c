import type { Invitation } from "../core/invitation";
import type { RoamingSettingsLike } from "../settings/store";

/** Colours the pane takes from the Office theme; absent when the host does not share one. */
export interface PaneTheme {
  dark: boolean;
  background?: string;
  foreground?: string;
}

/** Call to stop listening. */
export type Unsubscribe = () => void;

/**
 * Why the pane must re-read: `missed` when the adapter found the selection moved without Outlook's
 * ItemChanged (a pinned pane on a meeting request, office-js #3470), so the pane says so.
 */
export interface ItemChange {
  missed: boolean;
}

/**
 * What Reply did instead of opening a form: with "Also decline in my calendar" the calendar response
 * itself carries the reply (see taskpane/calendar/replyLink.ts). Nothing when the form opened.
 */
export interface ReplyRedirected {
  ok: boolean;
  message: string;
}

/** A shared or delegate mailbox's item (Mailbox 1.8 getSharedPropertiesAsync). */
export interface SharedMailbox {
  /** The owner's SMTP address: Graph calls go to /users/{owner}. */
  owner: string;
  /** Whether the delegate's permissions let them answer meetings in the owner's calendar. */
  canRespond: boolean;
}

/**
 * Everything the pane needs from Outlook. The pane only ever talks to this interface, so it runs
 * in Outlook with `createOfficeAdapter(Office)` and in tests or the preview with a fake.
 * Later features (calendar decline through Graph, roaming settings) add optional members here.
 */
export interface OfficeAdapter {
  /** The selected or open item as plain data; null when no item is selected (pinned pane). */
  readCurrent(): Promise<Invitation | null>;
  /**
   * Opens Outlook's reply (or reply-all) form holding `html` and resolves once Outlook reported that it
   * opened; rejects with a typed error when it failed or never said (ReplyUnconfirmedError).
   */
  openReply(html: string, options: { all: boolean }): Promise<ReplyRedirected | void>;
  /** Compose mode: puts `text` where the cursor is, as HTML or text to match the body. */
  insertAtCursor(text: string): Promise<void>;
  /**
   * A pinned pane: called after the user selects another item (or none), and when an action finds the
   * selection moved without Outlook saying so (`missed`).
   */
  onItemChanged(handler: (change?: ItemChange) => void): Promise<Unsubscribe>;
  /**
   * Throws ItemChangedError (and tells the onItemChanged listeners) when the selected item is no longer
   * the one last read; called before every action that changes something.
   */
  checkShownItem?(): void;
  /** The owner and the delegate's rights when the item is in a shared or delegate mailbox; else null. */
  sharedMailbox?(): Promise<SharedMailbox | null>;
  theme(): PaneTheme;
  /** Where supported, called when the user switches the Office theme. */
  onThemeChanged(handler: (theme: PaneTheme) => void): Promise<Unsubscribe>;
  /** BCP 47 tag of Office's display language, e.g. "en-GB". */
  locale(): string;
  /**
   * The current item's id as Microsoft Graph (REST v2.0) knows it, through `mailbox.convertToRestId`;
   * on mobile Outlook, whose ids already are REST ids, as it is. Null when there is no saved item.
   */
  currentItemRestId?(): string | null;
  /**
   * Office.context.roamingSettings, where the user's templates and settings follow them across
   * devices; null when the host offers none (the pane then runs on the defaults).
   */
  roamingSettings?(): RoamingSettingsLike | null;
  /** The mailbox owner's display name (userProfile.displayName); "" when unknown. */
  mailboxName?(): string;
}
