import type { NotificationRequest } from "./bridge";
import { formatReceived, formatRecurrence, formatWhen, initials, KIND_LABEL } from "./format";
import { formatAddress, type StandInItem } from "./itemData";

interface ReadingPaneProps {
  item: StandInItem | null;
  notifications: NotificationRequest[];
  onCompose(): void;
}

/** Mail HTML is shown the way Outlook does: inert, in its own document. */
function MessageBody({ item }: { item: StandInItem }) {
  if (item.body.type === "text") {
    return <div className="body-text">{item.body.content}</div>;
  }
  const doc = `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:0;padding:4px 12px;color:#242424}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style></head><body>${item.body.content}</body></html>`;
  return <iframe className="body-html" title="Message body" sandbox="" srcDoc={doc} />;
}

export function ReadingPane({ item, notifications, onCompose }: ReadingPaneProps) {
  if (!item) return <p className="empty">Select an item to read it.</p>;
  const meeting = item.meeting;
  const isAppointment = item.kind === "appointment";
  return (
    <article className="message" aria-labelledby="message-subject">
      <h1 id="message-subject" className="subject">
        {item.subject || "(no subject)"}
      </h1>
      {notifications.map((n) => (
        <p key={n.key} className={`infobar infobar-${n.type}`} data-testid="office-notification">
          <span className="infobar-source">Decline Assistant:</span> {n.message}
        </p>
      ))}
      <div className="sender">
        <span className="avatar" aria-hidden="true">
          {initials(item.from.name, item.from.address)}
        </span>
        <dl className="headers">
          <dt>{isAppointment ? "Organizer" : "From"}</dt>
          <dd>{formatAddress(item.from)}</dd>
          <dt>{isAppointment ? "Attendees" : "To"}</dt>
          <dd>{item.to.map(formatAddress).join("; ") || "—"}</dd>
          {item.cc.length > 0 && (
            <>
              <dt>{isAppointment || meeting ? "Optional" : "Cc"}</dt>
              <dd>{item.cc.map(formatAddress).join("; ")}</dd>
            </>
          )}
          <dt>{isAppointment ? "Created" : "Date"}</dt>
          <dd>{formatReceived(item.received)}</dd>
        </dl>
        <button type="button" className="compose-button" onClick={onCompose}>
          Write a reply
        </button>
      </div>
      {meeting && (
        <section
          className={`meeting${item.kind === "meetingCancellation" ? " meeting-cancelled" : ""}`}
          aria-label={KIND_LABEL[item.kind]}
        >
          <p className="meeting-kind">{KIND_LABEL[item.kind]}</p>
          <dl className="headers">
            <dt>When</dt>
            <dd>{formatWhen(meeting)}</dd>
            <dt>Where</dt>
            <dd>{meeting.location || "—"}</dd>
            {meeting.recurrence && (
              <>
                <dt>Repeats</dt>
                <dd>{formatRecurrence(meeting.recurrence)}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      <MessageBody item={item} />
    </article>
  );
}
