import type { Invitation, ItemKind, Person } from "../core/invitation";
import { callAsync } from "./asyncResult";
import { toLocalIso } from "./localIso";
import type { AsyncProperty, EmailAddressLike, MailboxLike, MailItemLike, OfficeApi } from "./officeApi";

/** Message classes of meeting mail, by prefix; anything else read as a message is a plain message. */
const MEETING_CLASS_KINDS: ReadonlyArray<[prefix: string, kind: ItemKind]> = [
  ["ipm.schedule.meeting.request", "meetingRequest"],
  ["ipm.schedule.meeting.canceled", "meetingCancellation"],
  ["ipm.schedule.meeting.resp.", "meetingResponse"],
];

const KINDS_WITH_TIMES: ReadonlySet<ItemKind> = new Set([
  "meetingRequest",
  "meetingCancellation",
  "meetingResponse",
  "appointment",
]);

export function kindOfItem(item: MailItemLike, office: OfficeApi): ItemKind {
  if (item.itemType === office.MailboxEnums.ItemType.Appointment) return "appointment";
  const itemClass = (item.itemClass ?? "").toLowerCase();
  const match = MEETING_CLASS_KINDS.find(([prefix]) => itemClass.startsWith(prefix));
  if (match) return match[1];
  return item.itemType === office.MailboxEnums.ItemType.Message || itemClass.startsWith("ipm.note")
    ? "message"
    : "unknown";
}

/** In read mode the subject is a string; in compose mode it is an object with getAsync. */
export function isComposeItem(item: MailItemLike): boolean {
  return typeof item.subject === "object" && item.subject !== null;
}

export function toPerson(details: EmailAddressLike | null | undefined): Person | null {
  if (!details || (!details.displayName && !details.emailAddress)) return null;
  return { name: details.displayName ?? "", address: (details.emailAddress ?? "").toLowerCase() };
}

function toPeople(list: EmailAddressLike[] | null | undefined): Person[] {
  return (list ?? []).map(toPerson).filter((p): p is Person => p !== null);
}

function me(mailbox: MailboxLike): Person | null {
  const profile = mailbox.userProfile;
  return profile ? toPerson({ displayName: profile.displayName, emailAddress: profile.emailAddress }) : null;
}

function isoOrNull(value: unknown): string | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? toLocalIso(value) : null;
}

/** Mailbox 1.7 brought `recurrence`; on older hosts reading it is unsupported, so only seriesId counts. */
function isRecurring(item: MailItemLike, office: OfficeApi): boolean {
  if (item.seriesId) return true;
  const canReadRecurrence = office.context.requirements?.isSetSupported("Mailbox", "1.7") ?? false;
  return canReadRecurrence && item.recurrence !== null && item.recurrence !== undefined;
}

function readBody(item: MailItemLike, office: OfficeApi): Promise<string> {
  return callAsync<string>("Reading the message body (body.getAsync)", office.AsyncResultStatus.Failed, (cb) =>
    item.body.getAsync(office.CoercionType.Text, cb),
  );
}

/** Read mode: everything but the body is a plain property. */
async function readReadItem(item: MailItemLike, mailbox: MailboxLike, office: OfficeApi): Promise<Invitation> {
  const kind = kindOfItem(item, office);
  const body = await readBody(item, office);
  const isAppointment = kind === "appointment";
  const list = (value: MailItemLike["to"]) => (Array.isArray(value) ? value : []);
  const single = (value: MailItemLike["from"]) => (value && !("getAsync" in value) ? value : null);
  const to = toPeople(isAppointment ? list(item.requiredAttendees) : list(item.to));
  const cc = toPeople(isAppointment ? list(item.optionalAttendees) : list(item.cc));
  const from = isAppointment
    ? toPerson(single(item.organizer))
    : (toPerson(single(item.from)) ?? toPerson(item.sender) ?? toPerson(single(item.organizer)));
  const hasTimes = KINDS_WITH_TIMES.has(kind);
  return {
    kind,
    mode: "read",
    subject: typeof item.subject === "string" ? item.subject : "",
    body,
    from,
    to,
    cc,
    me: me(mailbox),
    start: hasTimes ? isoOrNull(item.start) : null,
    end: hasTimes ? isoOrNull(item.end) : null,
    location: hasTimes && typeof item.location === "string" ? item.location : "",
    recurring: hasTimes && isRecurring(item, office),
    ...(item.itemId ? { itemId: item.itemId } : {}),
    sent: sentDayOf(item.dateTimeCreated),
  };
}

/** The local calendar day the mail was created on, against which "tomorrow" or "next Tuesday" is read. */
function sentDayOf(value: unknown): string | null {
  return isoOrNull(value)?.slice(0, 10) ?? null;
}

/**
 * Outlook on the web runs at most three async calls of an add-in at once and fails the rest, which would
 * leave a field silently blank: compose reads go through this queue.
 */
export const MAX_CONCURRENT_OFFICE_CALLS = 3;

/** Runs the calls handed to it with at most `limit` in flight, in the order given. */
export function callQueue(limit: number): <T>(call: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return <T>(call: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running++;
        call().then(resolve, reject).finally(release);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
}

type Queue = ReturnType<typeof callQueue>;

/** Compose mode: each field is read separately and a field that cannot be read stays empty. */
function readOptional<T>(property: unknown, office: OfficeApi, fallback: T, queue: Queue): Promise<T> {
  if (!property || typeof property !== "object" || !("getAsync" in property)) return Promise.resolve(fallback);
  return queue(() =>
    callAsync<T>("getAsync", office.AsyncResultStatus.Failed, (cb) => (property as AsyncProperty<T>).getAsync(cb)),
  ).catch(() => fallback);
}

async function readComposeItem(item: MailItemLike, mailbox: MailboxLike, office: OfficeApi): Promise<Invitation> {
  const isAppointment = item.itemType === office.MailboxEnums.ItemType.Appointment;
  const queue = callQueue(MAX_CONCURRENT_OFFICE_CALLS);
  const [subject, body, toList, ccList, organizer, start, end, location] = await Promise.all([
    readOptional<string>(item.subject, office, "", queue),
    queue(() => readBody(item, office)).catch(() => ""),
    readOptional<EmailAddressLike[]>(isAppointment ? item.requiredAttendees : item.to, office, [], queue),
    readOptional<EmailAddressLike[]>(isAppointment ? item.optionalAttendees : item.cc, office, [], queue),
    readOptional<EmailAddressLike | null>(isAppointment ? item.organizer : undefined, office, null, queue),
    readOptional<Date | null>(isAppointment ? item.start : undefined, office, null, queue),
    readOptional<Date | null>(isAppointment ? item.end : undefined, office, null, queue),
    readOptional<string>(isAppointment ? item.location : undefined, office, "", queue),
  ]);
  const to = toPeople(toList);
  return {
    kind: isAppointment ? "appointment" : "message",
    mode: "compose",
    subject,
    body,
    // In a reply being written, the person who invited me is the one I am answering.
    from: isAppointment ? toPerson(organizer) : (to[0] ?? null),
    to,
    cc: toPeople(ccList),
    me: me(mailbox),
    start: isoOrNull(start),
    end: isoOrNull(end),
    location,
    recurring: isAppointment && Boolean(item.seriesId),
  };
}

/** One plain Invitation from the current Outlook item; nothing downstream touches Office. */
export function readInvitation(item: MailItemLike, mailbox: MailboxLike, office: OfficeApi): Promise<Invitation> {
  return isComposeItem(item) ? readComposeItem(item, mailbox, office) : readReadItem(item, mailbox, office);
}
