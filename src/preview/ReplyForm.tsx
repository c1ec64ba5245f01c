import type { ReplyFormRequest } from "./bridge";
import { formatAddress, type MailAddress, replyRecipients, replySubject } from "./itemData";

interface ReplyFormProps {
  request: ReplyFormRequest;
  me: MailAddress;
  onClose(): void;
}

/**
 * What Outlook opens for displayReplyForm / displayReplyAllForm. The body is rendered from the
 * HTML exactly as the add-in passed it (inert, in a sandbox) and also shown raw, so escaping
 * can be checked by eye and by tests.
 */
export function ReplyForm({ request, me, onClose }: ReplyFormProps) {
  const { to, cc } = replyRecipients(request.item, request.replyAll, me);
  const title = request.replyAll ? "Reply all" : "Reply";
  return (
    <section
      className="reply-form"
      role="dialog"
      aria-label="Reply form"
      data-testid="reply-form"
      data-reply-all={String(request.replyAll)}
      data-html={request.htmlBody}
    >
      <header className="reply-form-header">
        <h2>{title} (simulated Outlook form)</h2>
        <button type="button" onClick={onClose}>
          Discard
        </button>
      </header>
      <dl className="headers">
        <dt>To</dt>
        <dd data-testid="reply-form-to">{to.map(formatAddress).join("; ")}</dd>
        {cc.length > 0 && (
          <>
            <dt>Cc</dt>
            <dd data-testid="reply-form-cc">{cc.map(formatAddress).join("; ")}</dd>
          </>
        )}
        <dt>Subject</dt>
        <dd data-testid="reply-form-subject">{replySubject(request.item.subject)}</dd>
      </dl>
      <iframe className="reply-form-body" title="Reply body" sandbox="" srcDoc={request.htmlBody} />
      <details className="reply-form-raw">
        <summary>HTML as passed by the add-in ({request.htmlBody.length} characters)</summary>
        <pre data-testid="reply-form-html">{request.htmlBody}</pre>
      </details>
    </section>
  );
}
