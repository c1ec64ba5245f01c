/** The sentences the pane shows before (plan) and after (result) a decline. Pure: no Graph call here. */
import type { DateTimeTimeZone, DeclinePlan, DeclineResult, TargetScope } from "./types";

export interface DescribeOptions {
  /** BCP 47 tag for weekday and month names. Default "en-GB". */
  locale?: string;
  /** IANA zone to show times in. Default: the runtime's. */
  timeZone?: string;
}

const UTC_ZONES = new Set(["utc", "etc/utc", "gmt", "z"]);

/** The instant a Graph time stands for, when its zone is UTC (we ask Graph for UTC); otherwise null. */
export function instantOf(time: DateTimeTimeZone | null | undefined): Date | null {
  if (!time?.dateTime) return null;
  const wallClock = time.dateTime.replace(/(\.\d{3})\d+/, "$1").replace(/Z$/, "");
  if (/[+-]\d{2}:\d{2}$/.test(wallClock)) return validDate(wallClock);
  if (UTC_ZONES.has(time.timeZone.trim().toLowerCase())) return validDate(`${wallClock}Z`);
  return null;
}

function validDate(text: string): Date | null {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Graph's dateTimeTimeZone for an ISO instant, in UTC. */
export function toGraphTime(iso: string): DateTimeTimeZone | null {
  const date = validDate(iso);
  return date ? { dateTime: date.toISOString().replace(/Z$/, ""), timeZone: "UTC" } : null;
}

interface DateParts {
  weekday: string;
  day: string;
  month: string;
  time: string;
}

function partsOf(time: DateTimeTimeZone | null | undefined, options: DescribeOptions): DateParts | null {
  if (!time) return null;
  const instant = instantOf(time);
  // A zone we cannot place (a Windows name): show the organizer's wall-clock time as written.
  const date = instant ?? validDate(`${time.dateTime.replace(/(\.\d{3})\d+/, "$1")}Z`);
  if (!date) return null;
  const format = new Intl.DateTimeFormat(options.locale ?? "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: instant ? options.timeZone : "UTC",
  });
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return {
    weekday: part("weekday"),
    day: part("day"),
    month: part("month"),
    time: `${part("hour")}:${part("minute")}`,
  };
}

/** "Mon 9 Mar 09:15", or "" when the time is unknown. */
export function formatWhen(time: DateTimeTimeZone | null | undefined, options: DescribeOptions = {}): string {
  const parts = partsOf(time, options);
  return parts ? `${parts.weekday} ${parts.day} ${parts.month} ${parts.time}` : "";
}

/** "Tue 10 Mar 10:00–10:30", or with both dates when the slot spans days. */
export function formatSlot(start: DateTimeTimeZone, end: DateTimeTimeZone, options: DescribeOptions = {}): string {
  const from = partsOf(start, options);
  const to = partsOf(end, options);
  if (!from || !to) return "";
  const sameDay = from.weekday === to.weekday && from.day === to.day && from.month === to.month;
  return `${formatWhen(start, options)}–${sameDay ? to.time : formatWhen(end, options)}`;
}

const SCOPE_WORDS: Record<TargetScope, string> = {
  single: "",
  occurrence: "this occurrence only",
  series: "the whole series",
};

/** "'Weekly standup' (this occurrence only, Mon 9 Mar 09:15)". */
function meetingPhrase(plan: DeclinePlan, options: DescribeOptions): string {
  const when = plan.target.scope === "series" ? "" : formatWhen(plan.target.start, options);
  const inside = [SCOPE_WORDS[plan.target.scope], when].filter(Boolean).join(", ");
  const title = plan.meeting.subject ? `'${plan.meeting.subject}'` : "this meeting";
  return inside ? `${title} (${inside})` : title;
}

function organizerName(plan: DeclinePlan): string {
  return plan.meeting.organizer.name || plan.meeting.organizer.address || "the organizer";
}

function proposalPhrase(plan: DeclinePlan, options: DescribeOptions): string {
  const slot = plan.body.proposedNewTime;
  return slot ? `, proposing ${formatSlot(slot.start, slot.end, options)} instead` : "";
}

/** What will happen, said before anything is sent. */
export function describePlan(plan: DeclinePlan, options: DescribeOptions = {}): string {
  const meeting = meetingPhrase(plan, options);
  if (plan.alreadyDeclined) return `You have already declined ${meeting}; nothing will be sent.`;
  const who = organizerName(plan);
  if (!plan.notify) {
    const why = plan.notifyOverridden ? ` (${who} asked for no replies)` : "";
    return `Decline ${meeting} without notifying ${who}${why}.`;
  }
  const message = plan.body.comment ? `send your message to ${who}` : `let ${who} know`;
  return `Decline ${meeting} and ${message}${proposalPhrase(plan, options)}.`;
}

/** What did happen. */
export function describeResult(result: Omit<DeclineResult, "description">, options: DescribeOptions = {}): string {
  const { plan } = result;
  const meeting = meetingPhrase(plan, options);
  if (result.outcome === "alreadyDeclined") return `${capitalise(meeting)} was already declined; nothing was sent.`;
  if (result.outcome === "looksDeclined") {
    return `It looks as if ${meeting} is already declined: it is no longer in your calendar, so nothing more was sent. Check your calendar to be sure.`;
  }
  const who = organizerName(plan);
  const told = result.notified
    ? `${who} ${plan.body.comment ? "was sent your message" : "was told"}${proposalPhrase(plan, options)}`
    : `${who} was not notified`;
  const late = result.confirmedByReread ? " (Graph answered late; your calendar confirms it)" : "";
  return `Declined ${meeting}; ${told}${late}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
