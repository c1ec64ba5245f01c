/** An Office.js call that reported failure (or threw). `call` names it, so the message says which one. */
export class OfficeCallError extends Error {
  override readonly name = "OfficeCallError";
  constructor(
    readonly call: string,
    readonly reason: string,
    readonly code?: number,
  ) {
    super(`${call} failed: ${reason}`);
  }
}

/** Outlook's reply form takes at most 32 KB of HTML; we refuse rather than cut the user's text. */
export class ReplyTooLongError extends Error {
  override readonly name = "ReplyTooLongError";
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`The reply is ${size} bytes of HTML; Outlook's reply form accepts at most ${limit}.`);
  }
}

/** The add-in is open without a mailbox item it can use (the host gave none). */
export class NoMailboxError extends Error {
  override readonly name = "NoMailboxError";
  constructor() {
    super("Outlook did not provide a mailbox to this add-in.");
  }
}

/**
 * Outlook never said whether the reply form opened (a host that ignores the 1.1 callback): nothing that
 * depends on the form is done, and the pane says it does not know rather than claiming either way.
 */
export class ReplyUnconfirmedError extends Error {
  override readonly name = "ReplyUnconfirmedError";
  constructor(readonly call: string) {
    super(`Outlook did not confirm that the reply form opened (${call}).`);
  }
}

/**
 * The selected item is no longer the one the pane shows (a pinned pane moved without ItemChanged,
 * office-js #3470, or a stale item on the web, #6833): the action was not carried out.
 */
export class ItemChangedError extends Error {
  override readonly name = "ItemChangedError";
  constructor() {
    super("The selected item changed since the pane read it, so nothing was done to it.");
  }
}
