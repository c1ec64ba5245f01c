import { OfficeCallError } from "./errors";
import { reasonOf } from "../core/reasonOf";

/** The part of an Office.js AsyncResult we read. */
export interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

/**
 * Turns one callback-style Office.js call into a promise. A failed result, or a call that throws
 * (older hosts throw for unsupported members), becomes an OfficeCallError naming `call`.
 */
export function callAsync<T>(
  call: string,
  failedStatus: unknown,
  start: (callback: AsyncCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === failedStatus) {
          const error = result.error ?? {};
          reject(new OfficeCallError(call, error.message || error.name || "unknown error", error.code));
        } else {
          resolve(result.value);
        }
      });
    } catch (thrown) {
      reject(new OfficeCallError(call, reasonOf(thrown)));
    }
  });
}
