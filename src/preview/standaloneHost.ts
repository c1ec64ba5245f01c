/**
 * The host the stand-in uses when `preview-pane.html` is opened on its own (no preview page
 * around it): the item comes from `?sample=` (plus `&mode=compose` for a reply draft), the theme
 * from `?theme=dark`, and what the add-in asks Outlook to show is recorded on
 * `window.__officeStandIn` instead of being drawn.
 */
import {
  type BodyFormat,
  type ComposeBody,
  type NotificationRequest,
  type PaneItem,
  type PreviewHost,
  type ReplyFormRequest,
  failuresFromQuery,
} from "./bridge";
import { htmlFromText, textFromHtml } from "./bodyText";
import { replyRecipients, replySubject, type StandInItem } from "./itemData";
import { findSample, MAILBOX_OWNER } from "./samples";

export interface StandaloneRecord {
  replyForms: ReplyFormRequest[];
  notifications: NotificationRequest[];
  composeBody: string;
}

/** A draft body held as a string with a caret that starts at the top, as in Outlook's reply form. */
class InMemoryComposeBody implements ComposeBody {
  private caret = 0;
  constructor(
    private readonly record: StandaloneRecord,
    private readonly bodyFormat: BodyFormat,
  ) {}
  format(): BodyFormat {
    return this.bodyFormat;
  }
  read(format: BodyFormat): string {
    const content = this.record.composeBody;
    if (format === this.bodyFormat) return content;
    return format === "text" ? textFromHtml(content) : htmlFromText(content);
  }
  insertAtCursor(data: string): void {
    const content = this.record.composeBody;
    this.record.composeBody = content.slice(0, this.caret) + data + content.slice(this.caret);
    this.caret += data.length;
  }
}

function draftFor(item: StandInItem): PaneItem {
  const { to, cc } = replyRecipients(item, false, MAILBOX_OWNER);
  return { mode: "compose", draft: { inReplyTo: item.id, subject: replySubject(item.subject), to, cc } };
}

export function createStandaloneHost(search: string): { host: PreviewHost; record: StandaloneRecord } {
  const query = new URLSearchParams(search);
  const item = findSample(query.get("sample")) ?? null;
  const compose = query.get("mode") === "compose";
  const bodyFormat: BodyFormat = query.get("body") === "text" ? "text" : "html";
  const record: StandaloneRecord = { replyForms: [], notifications: [], composeBody: "" };
  const paneItem: PaneItem | null = item && (compose ? draftFor(item) : { mode: "read", item });
  const host: PreviewHost = {
    currentItem: () => paneItem,
    theme: () => (query.get("theme") === "dark" ? "dark" : "light"),
    failures: () => failuresFromQuery(search),
    subscribe: () => () => undefined,
    showReplyForm: (request) => {
      record.replyForms.push(request);
    },
    showNotification: (request) => {
      record.notifications.push(request);
    },
    composeBody: new InMemoryComposeBody(record, bodyFormat),
  };
  return { host, record };
}
