/**
 * The typed bridge between the preview page and the Office stand-in inside the pane iframe.
 * Both are same-origin, so the pane reaches the preview's host object through `window.parent`;
 * opened on its own, the stand-in uses an in-memory host instead.
 */
import type { ComposeDraft, StandInItem } from "./itemData";

export type ThemeName = "light" | "dark";
export type BodyFormat = "html" | "text";

export type PaneItem = { mode: "read"; item: StandInItem } | { mode: "compose"; draft: ComposeDraft };

export type HostEvent = "itemChanged" | "themeChanged";

export interface ReplyFormRequest {
  replyAll: boolean;
  /** Exactly what the add-in passed, untouched. */
  htmlBody: string;
  item: StandInItem;
}

export interface NotificationRequest {
  itemId: string;
  key: string;
  type: string;
  message: string;
}

export interface ComposeBody {
  format(): BodyFormat;
  /** The body's content as plain text or HTML. */
  read(format: BodyFormat): string;
  /** Puts data at the caret (replacing any selection) and leaves the caret after it. */
  insertAtCursor(data: string, format: BodyFormat): void;
}

export interface PreviewHost {
  /** What the pane sees: the selected item, the open compose draft, or nothing. */
  currentItem(): PaneItem | null;
  theme(): ThemeName;
  /** Office calls set to fail, by dotted name (e.g. "displayReplyForm", "body.getAsync"). */
  failures(): readonly string[];
  subscribe(listener: (event: HostEvent) => void): () => void;
  showReplyForm(request: ReplyFormRequest): void;
  showNotification(request: NotificationRequest): void;
  composeBody: ComposeBody;
}

/** Where the preview page publishes its host for the pane iframe. */
export const HOST_GLOBAL = "__declinePreviewHost";

export type HostWindow = Window & { [HOST_GLOBAL]?: PreviewHost };

/** The names fault injection understands; the preview offers each one as a switch. */
export const FAILABLE_CALLS = [
  "body.getAsync",
  "body.getTypeAsync",
  "body.setSelectedDataAsync",
  "subject.getAsync",
  "displayReplyForm",
  "displayReplyAllForm",
  "notificationMessages.replaceAsync",
  "roamingSettings.saveAsync",
  "addHandlerAsync",
  // Not a call: the ItemChanged event a pinned pane misses on a meeting request (office-js #3470).
  "ItemChanged",
] as const;

/** `?fail=a,b&fail=c` → ["a", "b", "c"]. */
export function failuresFromQuery(search: string): string[] {
  return new URLSearchParams(search)
    .getAll("fail")
    .flatMap((value) => value.split(","))
    .map((name) => name.trim())
    .filter(Boolean);
}
