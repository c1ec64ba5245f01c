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

/** The namespace the command file runs in; a parameter so a test can hand in a stand-in. */
export interface CommandHost {
  onReady(): Promise<unknown>;
  actions?: { associate(name: string, action: (event: CommandEvent) => unknown): void };
}

/**
 * Office is initialised before the command is associated: Outlook queues the click until then, and
 * calling into an uninitialised Office.js fails on some hosts.
 */
export function registerCommands(host: CommandHost): Promise<void> {
  return host.onReady().then(() => host.actions?.associate("declineWithMessage", declineWithMessage));
}

if (typeof Office !== "undefined") void registerCommands(Office as unknown as CommandHost);
