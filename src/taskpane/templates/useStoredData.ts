import { useCallback, useEffect, useRef, useState } from "react";
import type { StoredData } from "../../settings/schema";
import { loadData, saveData, type LoadResult, type RoamingSettingsLike } from "../../settings/store";

/** Which part of the panel asked for the save: its failure is shown there, beside the edit. */
export type SaveOrigin = "editor" | "settings" | "list" | "import";

export interface SaveFailure {
  origin: SaveOrigin;
  message: string;
  /** False when trying again cannot help (over the size limit): the user must shorten first. */
  canRetry: boolean;
}

export interface StoredDataController {
  /** What is stored: the last data loaded or saved successfully. */
  data: StoredData;
  loadNotice: string | null;
  dismissLoadNotice(): void;
  saving: boolean;
  failure: SaveFailure | null;
  dismissFailure(): void;
  /**
   * Stores `next`. On success `data` becomes `next` and `onSaved` runs; on failure `data` stays
   * as it was, so the caller keeps the user's edit on screen, and `failure` says why.
   */
  save(next: StoredData, origin: SaveOrigin, onSaved?: () => void): Promise<boolean>;
  /** Repeats the last failed save. */
  retry(): Promise<boolean>;
}

interface Attempt {
  next: StoredData;
  origin: SaveOrigin;
  onSaved?: () => void;
}

/** Load notices already shown: a notice is said once, not on every opening of the panel. */
const shownNotices = new WeakSet<LoadResult>();

/**
 * Loads the user's data from roamingSettings (or takes what the pane already loaded) and saves
 * it back explicitly. `onChange` hears every successful save, so the pane can refresh at once.
 */
export function useStoredData(
  store: RoamingSettingsLike,
  options: { initial?: LoadResult; onChange?(data: StoredData): void } = {},
): StoredDataController {
  const [loaded] = useState<LoadResult>(() => options.initial ?? loadData(store));
  const [data, setData] = useState<StoredData>(loaded.data);
  const [loadNotice, setLoadNotice] = useState<string | null>(() =>
    loaded.notice && !shownNotices.has(loaded) ? loaded.notice : null,
  );
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const lastAttempt = useRef<Attempt | null>(null);
  const onChange = useRef(options.onChange);
  onChange.current = options.onChange;

  useEffect(() => {
    if (loaded.notice) shownNotices.add(loaded);
  }, [loaded]);

  const attempt = useCallback(
    async ({ next, origin, onSaved }: Attempt): Promise<boolean> => {
      lastAttempt.current = { next, origin, onSaved };
      setSaving(true);
      setFailure(null);
      const result = await saveData(store, next);
      setSaving(false);
      if (!result.ok) {
        setFailure({ origin, message: result.message, canRetry: result.reason === "saveFailed" });
        return false;
      }
      lastAttempt.current = null;
      setData(next);
      onChange.current?.(next);
      onSaved?.();
      return true;
    },
    [store],
  );

  const save = useCallback(
    (next: StoredData, origin: SaveOrigin, onSaved?: () => void) => attempt({ next, origin, onSaved }),
    [attempt],
  );
  const retry = useCallback(
    () => (lastAttempt.current ? attempt(lastAttempt.current) : Promise.resolve(false)),
    [attempt],
  );

  return {
    data,
    loadNotice,
    dismissLoadNotice: useCallback(() => setLoadNotice(null), []),
    saving,
    failure,
    dismissFailure: useCallback(() => setFailure(null), []),
    save,
    retry,
  };
}
