/**
 * What the ribbon's "Decline with message" sent as the meeting response, kept in roaming settings so the
 * pane, opened on that item, can show the full text (the notification bar holds 150 characters). One
 * record, replaced by the next; the text is bounded so the add-in stays within its 32 KB.
 */
import type { RoamingSettingsLike } from "./store";

/** Also counted by store.ts's 32 KB check. */
export const RIBBON_RESPONSE_KEY = "declineAssistantRibbonResponse";
/** Longer responses are kept cut to this many characters, marked with "…". */
export const RIBBON_RESPONSE_MAX_CHARS = 2000;

export interface RibbonResponse {
  /** The Outlook item (EWS id) the response answered. */
  itemId: string;
  text: string;
  /** The result sentence, e.g. "Declined 'Dinner'; Derek Hall was sent your message." */
  description: string;
}

export function saveRibbonResponse(store: RoamingSettingsLike, response: RibbonResponse): Promise<boolean> {
  const text =
    response.text.length > RIBBON_RESPONSE_MAX_CHARS
      ? `${response.text.slice(0, RIBBON_RESPONSE_MAX_CHARS - 1)}…`
      : response.text;
  return new Promise((resolve) => {
    try {
      store.set(RIBBON_RESPONSE_KEY, JSON.stringify({ ...response, text }));
      store.saveAsync((result) => resolve(String(result?.status) === "succeeded"));
    } catch {
      // Showing the text later is a convenience; the decline itself has happened.
      resolve(false);
    }
  });
}

/** The response the ribbon sent for this item, if it was the last one it sent. */
export function ribbonResponseFor(
  store: RoamingSettingsLike | null,
  itemId: string | undefined,
): RibbonResponse | null {
  if (!store || !itemId) return null;
  try {
    const raw = store.get(RIBBON_RESPONSE_KEY);
    const value = typeof raw === "string" ? (JSON.parse(raw) as Partial<RibbonResponse>) : null;
    if (value?.itemId !== itemId || typeof value.text !== "string") return null;
    return { itemId, text: value.text, description: typeof value.description === "string" ? value.description : "" };
  } catch {
    return null;
  }
}
