/**
 * "Also decline in my calendar" rides on the pane's own Reply and Reply all. With the box ticked, Reply
 * does not open a reply form at all: the one message the organizer gets is the calendar response, which
 * carries the reply text (decline with `sendResponse: true` and the text as `comment`). A reply draft
 * plus a silent decline is never made: a discarded or failed draft would leave the meeting declined and
 * the organizer told nothing.
 *
 * The calendar actions register the decline here; the adapter the pane uses runs it instead of opening
 * the form and hands back what happened, for the pane to show.
 */
import type { OfficeAdapter, ReplyRedirected } from "../../office/adapter";

export type ReplyAsDecline = (options: { all: boolean }) => Promise<ReplyRedirected>;

export class ReplyAsDeclineLink {
  private hook: ReplyAsDecline | null = null;

  /** Returns the function that unregisters this hook (and only this one). */
  register(hook: ReplyAsDecline): () => void {
    this.hook = hook;
    return () => {
      if (this.hook === hook) this.hook = null;
    };
  }

  /** The registered decline, or null when Reply should open Outlook's form as usual. */
  current(): ReplyAsDecline | null {
    return this.hook;
  }
}

/** The same adapter, except that Reply becomes the calendar response while a decline is registered. */
export function withReplyAsDecline(adapter: OfficeAdapter, link: ReplyAsDeclineLink): OfficeAdapter {
  const openReply: OfficeAdapter["openReply"] = async (html, options) => {
    const decline = link.current();
    if (!decline) return adapter.openReply(html, options);
    adapter.checkShownItem?.();
    return decline(options);
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "openReply") return openReply;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
