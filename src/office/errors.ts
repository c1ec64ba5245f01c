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
