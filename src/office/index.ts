export type { OfficeAdapter, PaneTheme, Unsubscribe } from "./adapter";
export { NoMailboxError, OfficeCallError, ReplyTooLongError } from "./errors";
export { createOfficeAdapter, REPLY_FORM_HTML_LIMIT } from "./officeAdapter";
export type { OfficeApi } from "./officeApi";
export { readInvitation } from "./readInvitation";
