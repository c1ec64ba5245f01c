import { OUTLOOK_HTML_BODY_LIMIT, replyHtml, utf8Length } from "../core/replies";
import type { ItemChange, OfficeAdapter, PaneTheme, SharedMailbox, Unsubscribe } from "./adapter";
import { type AsyncCallback, callAsync } from "./asyncResult";
import { ItemChangedError, NoMailboxError, OfficeCallError, ReplyTooLongError, ReplyUnconfirmedError } from "./errors";
import type { MailboxLike, MailItemLike, OfficeApi, OfficeThemeLike, SharedPropertiesLike } from "./officeApi";
import { readInvitation } from "./readInvitation";
import { themeFromOffice } from "./theme";
import { reasonOf } from "../core/reasonOf";

/** Mobile Outlook hands out REST ids already; converting them again would break them. */
const HOSTS_WITH_REST_IDS = new Set(["outlookios", "outlookandroid"]);

/** displayReplyForm's documented limit for htmlBody, counted in UTF-8 bytes (see the core's html.ts). */
export const REPLY_FORM_HTML_LIMIT = OUTLOOK_HTML_BODY_LIMIT;

/**
 * How long to wait for the 1.1 ReplyFormData callback. A host that ignores it never answers: after this the
 * outcome counts as unknown, so nothing that depends on the form (a calendar decline) is done.
 */
export const REPLY_CONFIRM_MS = 10_000;

/** Office.MailboxEnums.DelegatePermissions.Write: a delegate who may create and answer items. */
const DELEGATE_WRITE = 2;

export interface OfficeAdapterOptions {
  replyConfirmMs?: number;
}

/** Resolves or rejects with `answer`, or rejects with ReplyUnconfirmedError when it takes longer than `ms`. */
function withinConfirmWindow<T>(answer: Promise<T>, call: string, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ReplyUnconfirmedError(call)), ms);
  });
  return Promise.race([answer, silence]).finally(() => clearTimeout(timer));
}

export function createOfficeAdapter(office: OfficeApi, options: OfficeAdapterOptions = {}): OfficeAdapter {
  const failed = office.AsyncResultStatus.Failed;
  const replyConfirmMs = options.replyConfirmMs ?? REPLY_CONFIRM_MS;
  const supports = (version: string) => office.context.requirements?.isSetSupported("Mailbox", version) ?? false;
  /** The id of the item the pane last read (undefined: none read yet; null: no item was selected). */
  let shownItemId: string | null | undefined;
  const itemListeners = new Set<(change?: ItemChange) => void>();
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

  /** The selection moved away from the item shown: the pane is told to re-read, and the action stops. */
  const checkShownItem = () => {
    if (shownItemId === undefined) return;
    const selected = office.context.mailbox?.item?.itemId ?? null;
    // Compose items have no itemId in this API; a draft's pane is not pinnable, so it cannot move.
    if (selected === shownItemId) return;
    for (const listener of itemListeners) listener({ missed: true });
    throw new ItemChangedError();
  };

  const openReplyForm = (item: MailItemLike, html: string, all: boolean): Promise<void> => {
    const asyncCall = all ? "displayReplyAllFormAsync" : "displayReplyFormAsync";
    const openAsync = item[asyncCall];
    // Mailbox 1.9 reports the outcome as an AsyncResult (office-js #6905: ErrorNonExistentMailbox).
    if (openAsync && supports("1.9")) {
      return callAsync<void>(asyncCall, failed, (cb) => openAsync.call(item, { htmlBody: html }, cb));
    }
    const call = all ? "displayReplyAllForm" : "displayReplyForm";
    const open = item[call];
    if (!open) return Promise.reject(new OfficeCallError(call, "this item cannot be replied to from here"));
    // Before 1.9: ReplyFormData's own callback (Mailbox 1.1) says whether the form opened.
    const answer = callAsync<void>(call, failed, (cb: AsyncCallback<void>) =>
      open.call(item, { htmlBody: html, callback: cb }),
    );
    return withinConfirmWindow(answer, call, replyConfirmMs);
  };

  return {
    async readCurrent() {
      const box = mailbox();
      const invitation = box.item ? await readInvitation(box.item, box, office) : null;
      shownItemId = box.item ? (box.item.itemId ?? null) : null;
      return invitation;
    },

    checkShownItem,

    async openReply(html, { all }) {
      // Bytes, not UTF-16 units: "é" or "—" counts two or three, and the host may count either way.
      const size = utf8Length(html);
      if (size > REPLY_FORM_HTML_LIMIT) throw new ReplyTooLongError(size, REPLY_FORM_HTML_LIMIT);
      const item = currentItem(all ? "displayReplyAllForm" : "displayReplyForm");
      checkShownItem();
      try {
        await openReplyForm(item, html, all);
      } catch (thrown) {
        if (thrown instanceof OfficeCallError || thrown instanceof ReplyUnconfirmedError) throw thrown;
        throw new OfficeCallError(all ? "displayReplyAllForm" : "displayReplyForm", reasonOf(thrown));
      }
    },

    async sharedMailbox(): Promise<SharedMailbox | null> {
      const item = office.context.mailbox?.item;
      if (!item?.getSharedPropertiesAsync || !supports("1.8")) return null;
      let shared: SharedPropertiesLike;
      try {
        shared = await callAsync<SharedPropertiesLike>("getSharedPropertiesAsync", failed, (cb) =>
          item.getSharedPropertiesAsync!(cb),
        );
      } catch {
        // Outlook answers with a failure when the item is not in a shared folder or mailbox.
        return null;
      }
      const owner = (shared.owner ?? "").trim().toLowerCase();
      const own = (office.context.mailbox?.userProfile?.emailAddress ?? "").toLowerCase();
      if (!owner || owner === own) return null;
      const write = office.MailboxEnums.DelegatePermissions?.Write ?? DELEGATE_WRITE;
      return { owner, canRespond: ((shared.delegatePermissions ?? 0) & write) !== 0 };
    },

    async insertAtCursor(text) {
      checkShownItem();
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
      itemListeners.add(handler);
      // Kept even where the host is not pinnable: a moved selection found at click time re-reads through it.
      return subscribe(office.EventType.ItemChanged, "ItemChanged", () => handler()).then((stop) => () => {
        itemListeners.delete(handler);
        stop();
      });
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
