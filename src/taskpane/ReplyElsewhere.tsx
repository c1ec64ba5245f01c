import { LINKEDIN_INVITATIONS_PAGE } from "../core/facts/people";
import type { ReplyTarget } from "../core/facts/types";
import { Notice } from "./Notice";
import { useStrings } from "./StringsContext";

/**
 * For a sender nobody reads (LinkedIn's notifications, no-reply and list addresses): says why
 * there is no email reply, and where the answer belongs instead.
 */
export function ReplyElsewhere({ target, subject, text }: { target: ReplyTarget; subject: string; text: string }) {
  const t = useStrings().replyElsewhere;
  const linkedin = target.unreachable === "linkedin";
  const mailto = target.personalAddress
    ? `mailto:${target.personalAddress}?subject=${encodeURIComponent(`Re: ${subject}`)}&body=${encodeURIComponent(text)}`
    : "";
  const links = (
    <>
      {linkedin && (
        <a href={target.invitationLink || LINKEDIN_INVITATIONS_PAGE} target="_blank" rel="noopener noreferrer">
          {target.invitationLink ? t.openInvitation : t.openInvitations}
        </a>
      )}
      {mailto && <a href={mailto}>{t.writeTo(target.personalAddress)}</a>}
    </>
  );
  return (
    <Notice
      notice={{
        intent: "info",
        title: linkedin ? t.linkedinTitle : t.otherTitle,
        text: linkedin ? t.linkedinBody : t.otherBody(target.address),
      }}
      actions={linkedin || mailto ? links : undefined}
    />
  );
}
