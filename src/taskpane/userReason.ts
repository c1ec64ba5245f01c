import { reasonOf } from "../core/reasonOf";
import { OfficeCallError } from "../office/errors";

/** Words that only repeat that something failed ("displayReplyForm failed:", "The operation failed."). */
const ONLY_SAYS_IT_FAILED = /^(?:(?:the operation|[\w.()\s]{0,60}?) failed[.:]?\s*)+/i;

/**
 * What Outlook gave as the reason for a failure, for a person: without the Office call's name (an
 * end user has never heard of displayReplyForm) and without a second "… failed" after the pane's own
 * sentence has said what failed. Empty when nothing is left.
 */
export function userReason(error: unknown): string {
  const raw = error instanceof OfficeCallError ? error.reason : reasonOf(error);
  return raw
    .trim()
    .replace(ONLY_SAYS_IT_FAILED, "")
    .replace(/^\((.*)\)$/s, "$1")
    .replace(/\.$/, "")
    .trim();
}
