/**
 * The item's first read, started as soon as Office is ready rather than after the pane's first
 * render. A read that finishes quickly (it usually takes milliseconds) is rendered straight away,
 * with no "Loading…" flashed in between; a slow one renders the loading state after a short wait.
 */
import type { Invitation } from "../core/invitation";

export type ReadOutcome = { ok: true; invitation: Invitation | null } | { ok: false; error: unknown };

export type FirstRead = { settled: true; outcome: ReadOutcome } | { settled: false; pending: Promise<ReadOutcome> };

/** Under this, a blank pane reads as instant; a "Loading…" shown and replaced at once reads as a flicker. */
export const FIRST_READ_WAIT_MS = 100;

/** The read as an outcome: a failure is something to show, not an exception to lose. */
export function readOutcome(read: () => Promise<Invitation | null>): Promise<ReadOutcome> {
  return read().then(
    (invitation): ReadOutcome => ({ ok: true, invitation }),
    (error: unknown): ReadOutcome => ({ ok: false, error }),
  );
}

/** Starts the read and waits for it at most `waitMs`. */
export async function startFirstRead(
  read: () => Promise<Invitation | null>,
  waitMs = FIRST_READ_WAIT_MS,
): Promise<FirstRead> {
  const pending = readOutcome(read);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  const outcome = await Promise.race([pending, waited]);
  clearTimeout(timer);
  return outcome ? { settled: true, outcome } : { settled: false, pending };
}
