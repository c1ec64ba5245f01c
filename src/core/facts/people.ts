/**
 * Who the sender is: the host or organisation, the relationship to the user, and whether a reply
 * to their address reaches anyone at all.
 */
import { DOMAIN_GROUPS, FREEMAIL_DOMAINS } from "../classifier/signals";
import { domainOf, type Invitation, type Person } from "../invitation";
import { looksLikeOrganisation } from "../replies/names";
import type { Fact, ReplyTarget, UnreachableReason } from "./types";

/** Local parts (punctuation removed) of addresses nobody reads. */
const NO_REPLY_LOCALS: readonly RegExp[] = [
  /^(no|do ?not|dont)reply/,
  /noreply$/,
  /^(mailer|mailerdaemon|postmaster|bounces?)$/,
];
const NOTIFICATION_LOCALS: readonly RegExp[] = [
  /^(notifications?|notify|alerts?|updates|automated|system|calendar|calendarnotification|invitations?|messages|messaging|member|members|hit[-a-z]*)$/,
  /notification/,
];
const LIST_LOCALS: readonly RegExp[] = [
  /^(newsletters?|news|list|lists|digest|marketing|campaigns?|mailings?|announce|announcements)$/,
  /-(request|bounces|owner)$/,
];

/** Domains that only send on someone's behalf: a reply to them reaches no person. */
const SERVICE_DOMAINS: Readonly<Record<string, UnreachableReason>> = {
  "linkedin.com": "linkedin",
  "e.linkedin.com": "linkedin",
  "calendar-server.bounces.google.com": "notification",
  "resource.calendar.google.com": "notification",
  "calendly.com": "notification",
  "facebookmail.com": "notification",
  "zoom.us": "notification",
  "teams.mail.microsoft": "notification",
  "email.teams.microsoft.com": "notification",
};

const SERVICE_ENTRIES = Object.entries(SERVICE_DOMAINS);

function within(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** Why a reply to this address would reach nobody, or null when it reaches a person. */
export function unreachableReason(address: string): UnreachableReason | null {
  const lower = address.trim().toLowerCase();
  if (lower === "") return null;
  const domain = domainOf(lower);
  for (const [service, reason] of SERVICE_ENTRIES) if (within(domain, service)) return reason;
  const local = lower.slice(0, lower.lastIndexOf("@")).replace(/[^a-z0-9-]/g, "");
  const bare = local.replace(/-/g, "");
  if (NO_REPLY_LOCALS.some((pattern) => pattern.test(bare))) return "noReply";
  if (NOTIFICATION_LOCALS.some((pattern) => pattern.test(bare))) return "notification";
  if (LIST_LOCALS.some((pattern) => pattern.test(local) || pattern.test(bare))) return "list";
  if (DOMAIN_GROUPS.bulkMailer.some((mailer) => within(domain, mailer))) return "list";
  return null;
}

/**
 * Where LinkedIn lists pending invitations: the answer's place when the mail's own link is not in
 * the text Outlook gives (some hosts drop link addresses from the text body, office-js #4111).
 */
export const LINKEDIN_INVITATIONS_PAGE = "https://www.linkedin.com/mynetwork/invitation-manager/";

const ADDRESS = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const LINKEDIN_LINK = /https?:\/\/(?:[a-z]+\.)?linkedin\.com\/[^\s<>"')\]]+/i;
/** LinkedIn links that open the invitation or the person, preferred over tracking or settings links. */
const INVITATION_PATH = /\/(comm\/)?(mynetwork|invitations?|in)\//i;

/** A person's own address in the text (a LinkedIn note saying "write to me at …"), not mine nor a service's. */
function personalAddressIn(text: string, me: string): string {
  ADDRESS.lastIndex = 0;
  for (let match = ADDRESS.exec(text), tries = 0; match && tries < 10; match = ADDRESS.exec(text), tries++) {
    const address = match[0].toLowerCase().replace(/\.$/, "");
    if (address !== me && unreachableReason(address) === null) return address;
  }
  return "";
}

function invitationLinkIn(text: string): string {
  let first = "";
  for (const line of text.split("\n", 400)) {
    const match = LINKEDIN_LINK.exec(line);
    if (!match) continue;
    if (INVITATION_PATH.test(match[0])) return match[0];
    first ||= match[0];
  }
  return first;
}

export function replyTargetOf(invitation: Pick<Invitation, "from" | "me">, text: string): ReplyTarget {
  const address = (invitation.from?.address ?? "").toLowerCase();
  const unreachable = unreachableReason(address);
  return {
    address,
    unreachable,
    personalAddress: unreachable ? personalAddressIn(text, (invitation.me?.address ?? "").toLowerCase()) : "",
    invitationLink: unreachable === "linkedin" ? invitationLinkIn(text) : "",
  };
}

/** "Priya Raman (Lumen Optics)" → Lumen Optics; an organisation's own display name; "on behalf of …". */
const ON_BEHALF =
  /\b(?:on behalf of|hosted by|organi[sz]ed by)\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*){0,5})/u;

export function hostOf(from: Person | null, text: string, field: "body"): Fact<string> | null {
  const behalf = ON_BEHALF.exec(text);
  if (behalf) return { value: behalf[1], evidence: { text: behalf[0], field } };
  const name = (from?.name ?? "").trim();
  const bracketed = /\(([^)]{2,60})\)\s*$/.exec(name);
  if (bracketed) return { value: bracketed[1].trim(), evidence: { text: name, field: "sender" } };
  const viaLess = name.replace(/\s+via\s+.+$/i, "");
  if (viaLess && looksLikeOrganisation(viaLess) && !/no-?reply/i.test(viaLess)) {
    return { value: viaLess, evidence: { text: name, field: "sender" } };
  }
  return null;
}

/** Same organisation by address: the sender's domain is mine or one of its parents or children. */
export function sameOrganisation(invitation: Pick<Invitation, "from" | "me" | "to">): boolean {
  const sender = domainOf(invitation.from?.address ?? "");
  const mine = domainOf(invitation.me?.address ?? invitation.to[0]?.address ?? "");
  if (sender === "" || mine === "" || FREEMAIL_DOMAINS.has(sender) || FREEMAIL_DOMAINS.has(mine)) return false;
  return within(sender, mine) || within(mine, sender);
}
