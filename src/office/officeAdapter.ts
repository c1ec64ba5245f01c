import { OUTLOOK_HTML_BODY_LIMIT, replyHtml, utf8Length } from "../core/replies";
import type { OfficeAdapter, PaneTheme, Unsubscribe } from "./adapter";
import { callAsync } from "./asyncResult";
import { NoMailboxError, OfficeCallError, ReplyTooLongError } from "./errors";
import type { MailboxLike, MailItemLike, OfficeApi, OfficeThemeLike } from "./officeApi";
import { readInvitation } from "./readInvitation";
import { themeFromOffice } from "./theme";
import { reasonOf } from "../core/reasonOf";

/** Mobile Outlook hands out REST ids already; converting them again would break them. */
const HOSTS_WITH_REST_IDS = new Set(["outlookios", "outlookandroid"]);

/** displayReplyForm's documented limit for htmlBody, counted in UTF-8 bytes (see the core's html.ts). */
export const REPLY_FORM_HTML_LIMIT = OUTLOOK_HTML_BODY_LIMIT;

export function createOfficeAdapter(office: OfficeApi): OfficeAdapter {
  const failed = office.AsyncResultStatus.Failed;
  const mailbox = (): MailboxLike => {
    const found = office.context.mailbox;
    if (!found) throw new NoMailboxError();
    return found;
  };
  const currentItem = (action: string): MailItemLike => {
    const item = mailbox().item;
    if (!item) throw new OfficeCallError(action, "no item is selected");
    return item;
  };

  const subscribe = (eventType: unknown, name: string, handler: (args?: unknown) => void): Promise<Unsubscribe> => {
    const box = mailbox();
    if (!box.addHandlerAsync) return Promise.resolve(() => undefined);
    return callAsync<void>(`addHandlerAsync(${name})`, failed, (cb) =>
      box.addHandlerAsync!(eventType, handler, cb),
    ).then(() => () => box.removeHandlerAsync?.(eventType));
  };

  return {
    async readCurrent() {
      const box = mailbox();
      return box.item ? readInvitation(box.item, box, office) : null;
    },

    async openReply(html, { all }) {
      // Bytes, not UTF-16 units: "é" or "—" counts two or three, and the host may count either way.
      const size = utf8Length(html);
      if (size > REPLY_FORM_HTML_LIMIT) throw new ReplyTooLongError(size, REPLY_FORM_HTML_LIMIT);
      const call = all ? "displayReplyAllForm" : "displayReplyForm";
      const item = currentItem(call);
      const open = item[call];
      if (!open) throw new OfficeCallError(call, "this item cannot be replied to from here");
      try {
        open.call(item, { htmlBody: html });
      } catch (thrown) {
        throw new OfficeCallError(call, reasonOf(thrown));
      }
    },

    async insertAtCursor(text) {
      const body = currentItem("setSelectedDataAsync").body;
      if (!body.setSelectedDataAsync) throw new OfficeCallError("setSelectedDataAsync", "the item is not being edited");
      // The body's own format decides: HTML into a plain-text body would show the tags.
      const bodyType = body.getTypeAsync
        ? await callAsync<unknown>("body.getTypeAsync", failed, (cb) => body.getTypeAsync!(cb))
        : office.CoercionType.Text;
      const asHtml = bodyType === office.CoercionType.Html;
      await callAsync<void>("body.setSelectedDataAsync", failed, (cb) =>
        body.setSelectedDataAsync!(
          asHtml ? replyHtml(text) : text,
          { coercionType: asHtml ? office.CoercionType.Html : office.CoercionType.Text },
          cb,
        ),
      );
    },

    onItemChanged(handler) {
      return subscribe(office.EventType.ItemChanged, "ItemChanged", () => handler());
    },

    theme(): PaneTheme {
      return themeFromOffice(office.context.officeTheme);
    },

    onThemeChanged(handler) {
      const eventType = office.EventType.OfficeThemeChanged;
      if (eventType === undefined) return Promise.resolve(() => undefined);
      return subscribe(eventType, "OfficeThemeChanged", (args) => {
        const fromEvent = (args as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme;
        handler(themeFromOffice(fromEvent ?? office.context.officeTheme));
      }).catch(() => () => undefined);
    },

    locale() {
      return office.context.displayLanguage || "en-US";
    },

    currentItemRestId() {
      const box = mailbox();
      const itemId = box.item?.itemId;
      if (!itemId) return null;
      const hostName = (box.diagnostics?.hostName ?? "").toLowerCase();
      const restVersion = office.MailboxEnums.RestVersion?.v2_0;
      if (HOSTS_WITH_REST_IDS.has(hostName) || !box.convertToRestId || restVersion === undefined) return itemId;
      return box.convertToRestId(itemId, restVersion);
    },

    roamingSettings() {
      return office.context.roamingSettings ?? null;
    },

    mailboxName() {
      return office.context.mailbox?.userProfile?.displayName ?? "";
    },
  };
}
