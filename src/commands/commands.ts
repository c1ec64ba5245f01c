/**
 * The function file behind the ribbon's "Decline with message" button (manifest: FunctionName
 * declineWithMessage). The work is in declineCommand.ts, which takes the Office namespace as a
 * parameter so it can be tested without Outlook.
 */
import { type CommandEvent, type CommandOffice, declineWithMessageUsing } from "./declineCommand";

export function declineWithMessage(event: CommandEvent): Promise<unknown> {
  // @types/office-js types the item as the intersection of every item kind; CommandOffice is the slice used.
  return declineWithMessageUsing({ office: Office as unknown as CommandOffice }, event);
}

// At the top level, as Outlook expects: it may call the function as soon as this file has run.
if (typeof Office !== "undefined") Office.actions?.associate("declineWithMessage", declineWithMessage);
