/**
 * Loading and saving the user's data in Office roamingSettings, which follow the user across
 * Outlook clients. Takes the roamingSettings object as a parameter so that nothing here
 * imports Office, and the preview can hand in its localStorage-backed stand-in.
 */
import {
  defaultData,
  migrate,
  serialize,
  STORE_BUDGET_BYTES,
  storedSize,
  utf8Length,
  validateData,
  type StoredData,
} from "./schema";

export const STORE_KEY = "declineAssistant";
/** Kept beside the data (see ribbonResponse.ts), so it shares the 32 KB. */
const RIBBON_RESPONSE_KEY = "declineAssistantRibbonResponse";
/** Where unreadable data is kept, so a later version or support can still recover it. */
export const SET_ASIDE_KEY = "declineAssistantSetAside";
const SET_ASIDE_MAX_BYTES = 8 * 1024;

/** The slice of Office.RoamingSettings used here. */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export interface LoadResult {
  data: StoredData;
  /** Said to the user when stored data could not be used as it was. */
  notice?: string;
}

export function loadData(store: RoamingSettingsLike): LoadResult {
  let raw: unknown;
  try {
    raw = store.get(STORE_KEY);
  } catch {
    return { data: defaultData(), notice: "Your saved templates could not be read; the built-in ones are shown." };
  }
  if (raw === undefined || raw === null) return { data: defaultData() };
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
  }
  const result = parsed === undefined ? null : migrate(parsed);
  if (result?.ok) return { data: result.value };
  const text = typeof raw === "string" ? raw : safeStringify(raw);
  const keptCopy = utf8Length(text) <= SET_ASIDE_MAX_BYTES;
  try {
    if (keptCopy) store.set(SET_ASIDE_KEY, text);
    store.remove(STORE_KEY);
  } catch {
    // The in-memory roaming settings refused the change: defaults are still usable.
  }
  return {
    data: defaultData(),
    notice: keptCopy
      ? "Your saved templates and settings were damaged, so they were set aside and the defaults are in use."
      : "Your saved templates and settings were damaged and too large to keep; the defaults are in use.",
  };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

export type SaveResult =
  | { ok: true; bytes: number }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "tooLarge"; bytes: number; limit: number; message: string }
  | { ok: false; reason: "saveFailed"; message: string };

/** What the data takes in roamingSettings, escaped as Office stores it (see storedSize). */
export function sizeOf(data: StoredData): number {
  return storedSize(STORE_KEY, serialize(data));
}

/** Checks the size first: over the budget nothing is written and the caller keeps the edit. */
export function saveData(store: RoamingSettingsLike, data: StoredData): Promise<SaveResult> {
  // What loadData would refuse must never be written: it would set every template aside next time.
  const checked = validateData(data);
  if (!checked.ok) {
    const first = checked.issues[0];
    return Promise.resolve({
      ok: false,
      reason: "invalid",
      message: `Nothing was saved: ${first.path || "the data"} ${first.message}.`,
    });
  }
  const text = serialize(data);
  // Counted as Office stores it, escaped, and with the other values the add-in keeps beside it.
  const bytes = storedSize(STORE_KEY, text) + storedBytesOf(store, RIBBON_RESPONSE_KEY);
  if (bytes + storedBytesOf(store, SET_ASIDE_KEY) > STORE_BUDGET_BYTES) dropSetAside(store);
  if (bytes > STORE_BUDGET_BYTES) {
    const kb = (n: number) => (n / 1024).toFixed(1);
    return Promise.resolve({
      ok: false,
      reason: "tooLarge",
      bytes,
      limit: STORE_BUDGET_BYTES,
      message: `Your templates would take ${kb(bytes)} KB, more than the ${kb(STORE_BUDGET_BYTES)} KB Outlook keeps for an add-in. Shorten or delete a template, then save again.`,
    });
  }
  return new Promise((resolve) => {
    const failed = (detail?: string) =>
      resolve({
        ok: false,
        reason: "saveFailed",
        message: `Outlook could not save your templates${detail ? ` (${detail})` : ""}. Your changes are still here; try again.`,
      });
    try {
      store.set(STORE_KEY, text);
      store.saveAsync((result) => {
        if (String(result?.status) === "succeeded") resolve({ ok: true, bytes });
        else failed(result?.error?.message);
      });
    } catch (error) {
      failed(error instanceof Error ? error.message : undefined);
    }
  });
}

function storedBytesOf(store: RoamingSettingsLike, key: string): number {
  try {
    const kept = store.get(key);
    return typeof kept === "string" ? storedSize(key, kept) : 0;
  } catch {
    return 0;
  }
}

/** The set-aside copy shares the 32 KB with the live data; the live data wins when both don't fit. */
function dropSetAside(store: RoamingSettingsLike): void {
  try {
    store.remove(SET_ASIDE_KEY);
  } catch {
    // Nothing to free: the size check that follows still protects the save.
  }
}
