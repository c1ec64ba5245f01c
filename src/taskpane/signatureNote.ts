/**
 * Outlook leaves the user's own signature out of a reply form opened with an HTML body. The pane says so
 * once, on this device, until the user dismisses it.
 */
import { useState } from "react";

export const SIGNATURE_NOTE_KEY = "declineAssistant.signatureNoteSeen";

function seen(): boolean {
  try {
    return window.localStorage.getItem(SIGNATURE_NOTE_KEY) === "1";
  } catch {
    return false;
  }
}

/** Whether to show the note, and the function that dismisses it for good. */
export function useSignatureNote(): [show: boolean, dismiss: () => void] {
  const [show, setShow] = useState(() => !seen());
  const dismiss = () => {
    setShow(false);
    try {
      window.localStorage.setItem(SIGNATURE_NOTE_KEY, "1");
    } catch {
      // Storage refused: the note comes back next time, which is harmless.
    }
  };
  return [show, dismiss];
}
