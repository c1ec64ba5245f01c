/**
 * Finding the meeting behind an Outlook item and declining it through Microsoft Graph.
 *
 * One call never produces two declines:
 *  - a decline is sent at most once per call: http.ts never resends it after an answer that leaves it
 *    open whether Graph acted (504, timeout, dropped connection);
 *  - after such an answer the event is re-read: declined (or gone, since Exchange removes declined
 *    meetings) counts as done; still undeclined is reported as "uncertain" and NOT retried, because Graph
 *    may still be processing the first request. Trying again later is safe: a new plan re-reads the
 *    meeting and a meeting already declined is not declined again, and the same plan sent again checks
 *    the calendar before it sends;
 *  - a second decline of the same event while one is under way is refused ("inFlight"), and a plan
 *    already carried out returns its first result instead of sending again.
 */
import type { TokenProvider } from "../auth/types";
import { describePlan, describeResult, type DescribeOptions, instantOf, toGraphTime } from "./describe";
import { GraphError, type GraphPermission, isGraphError } from "./errors";
export { defaultScope, offersScopeChoice } from "./scope";
import { GraphHttp, type GraphHttpOptions } from "./http";
import type {
  CalendarMeeting,
  DeclineChoice,
  DeclinePlan,
  DeclineRequestBody,
  DeclineResult,
  DeclineTarget,
  GraphCollection,
  GraphEvent,
  GraphMessageWithEvent,
  MeetingRef,
} from "./types";

export const EVENT_MESSAGE_EXPAND = "microsoft.graph.eventMessage/event";

/** Only the event fields toMeeting reads ($select): less of the user's calendar crosses the wire. */
export const EVENT_FIELDS = [
  "subject",
  "type",
  "seriesMasterId",
  "responseRequested",
  "allowNewTimeProposals",
  "isOrganizer",
  "isCancelled",
  "start",
  "end",
  "organizer",
  "responseStatus",
].join(",");

/** How far around a requested occurrence start to look for it among a series' instances. */
const OCCURRENCE_WINDOW_MS = 12 * 60 * 60 * 1000;
/** How far ahead "the next occurrence" is looked for when none is named. */
const NEXT_OCCURRENCE_HORIZON_MS = 366 * 24 * 60 * 60 * 1000;

export interface CalendarServiceOptions extends Omit<GraphHttpOptions, "tokenProvider">, DescribeOptions {
  tokenProvider: TokenProvider;
}

function segment(id: string): string {
  return encodeURIComponent(id);
}

/** The user's own mailbox, or a shared or delegate one under its owner's address. */
function mailboxPath(mailbox: string | null | undefined): string {
  return mailbox ? `/users/${segment(mailbox)}` : "/me";
}

/** Another person's calendar needs the .Shared permission (granted in Entra) as well as their delegation. */
function calendarPermission(mailbox: string | null | undefined): GraphPermission {
  return mailbox ? "Calendars.ReadWrite.Shared" : "Calendars.ReadWrite";
}

export function toMeeting(event: GraphEvent, mailbox: string | null = null): CalendarMeeting {
  const organizer = event.organizer?.emailAddress ?? {};
  return {
    eventId: event.id,
    mailbox,
    subject: event.subject ?? "",
    type: event.type ?? "singleInstance",
    seriesMasterId: event.seriesMasterId ?? null,
    // Graph's default is true; only an explicit false means the organizer wants no replies.
    responseRequested: event.responseRequested !== false,
    allowNewTimeProposals: event.allowNewTimeProposals === true,
    isOrganizer: event.isOrganizer === true,
    isCancelled: event.isCancelled === true,
    start: event.start ?? null,
    end: event.end ?? null,
    organizer: { name: organizer.name ?? "", address: (organizer.address ?? "").toLowerCase() },
    response: event.responseStatus?.response ?? "none",
  };
}

function notAllowed(message: string, detail = ""): GraphError {
  return new GraphError({ kind: "notAllowed", message, detail });
}

export class CalendarService {
  private readonly http: GraphHttp;
  private readonly describeOptions: DescribeOptions;
  private readonly now: () => number;
  private readonly inFlight = new Set<string>();
  private readonly completed = new WeakMap<DeclinePlan, DeclineResult>();
  /** Plans whose decline ended "uncertain": the calendar is checked before sending them again. */
  private readonly unconfirmed = new WeakSet<DeclinePlan>();

  constructor(options: CalendarServiceOptions) {
    this.http = new GraphHttp(options);
    this.describeOptions = { locale: options.locale, timeZone: options.timeZone };
    this.now = options.now ?? Date.now;
  }

  /** Reads the meeting behind an appointment or a meeting request, before anything changes. */
  async findMeeting(ref: MeetingRef): Promise<CalendarMeeting> {
    const mailbox = ref.mailbox ?? null;
    if (ref.kind === "appointment") return toMeeting(await this.readEvent(ref.restId, mailbox), mailbox);
    const { json } = await this.http.send<GraphMessageWithEvent>({
      method: "GET",
      path: `${mailboxPath(mailbox)}/messages/${segment(ref.restId)}`,
      query: { $select: "id", $expand: `${EVENT_MESSAGE_EXPAND}($select=${EVENT_FIELDS})` },
      safeToRepeat: true,
      // Reading mail is needed only here, to find the meeting behind an invitation email.
      permission: "Mail.Read",
      mailbox,
    });
    if (!json?.event?.id) {
      throw new GraphError({
        kind: "notAMeeting",
        message: "This message is not a meeting invitation, so there is no calendar event to decline.",
        detail: `message ${ref.restId} has no event (${json?.["@odata.type"] ?? "no type"})`,
      });
    }
    return toMeeting(json.event, mailbox);
  }

  /**
   * Works out exactly what a decline will do, without changing anything: which event id is declined,
   * the body sent, and the sentence to show. Refuses choices Graph would reject.
   */
  async prepareDecline(snapshot: CalendarMeeting, choice: DeclineChoice = {}): Promise<DeclinePlan> {
    // Every plan starts from the calendar as it is now, not as it was when the pane opened: a meeting
    // declined, moved or cancelled meanwhile is described (and sent) as it now stands.
    const meeting = await this.reread(snapshot);
    if (meeting.isOrganizer) {
      throw notAllowed(
        "You organised this meeting, so there is nothing to decline; cancel it from your calendar instead.",
      );
    }
    if (meeting.isCancelled) throw notAllowed("The organizer has already cancelled this meeting.");
    const target = await this.resolveTarget(meeting, choice);
    const notify = meeting.responseRequested && (choice.notify ?? true);
    const body: DeclineRequestBody = { sendResponse: notify };
    const comment = choice.comment?.trim();
    if (notify && comment) body.comment = comment;
    if (choice.proposedNewTime) body.proposedNewTime = this.checkedProposal(meeting, target, notify, choice);
    const plan: DeclinePlan = {
      meeting,
      target,
      body,
      notify,
      notifyOverridden: !meeting.responseRequested && choice.notify === true,
      alreadyDeclined: target.response === "declined",
      description: "",
    };
    plan.description = describePlan(plan, this.describeOptions);
    return plan;
  }

  /** Carries out a plan: one POST at most, never two declines for one call. */
  async decline(plan: DeclinePlan): Promise<DeclineResult> {
    const done = this.completed.get(plan);
    if (done) return done;
    const key = plan.target.eventId;
    if (this.inFlight.has(key)) {
      throw new GraphError({
        kind: "inFlight",
        message: "This meeting is already being declined; wait for that to finish.",
        detail: `decline of ${key} in progress`,
      });
    }
    this.inFlight.add(key);
    try {
      const result = plan.alreadyDeclined
        ? this.result(plan, "alreadyDeclined", false)
        : ((await this.declinedMeanwhile(plan)) ?? (await this.sendDecline(plan)));
      this.completed.set(plan, result);
      return result;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** The meeting as Graph has it now; gone means "no longer in your calendar", said plainly. */
  private async reread(meeting: CalendarMeeting): Promise<CalendarMeeting> {
    try {
      return toMeeting(await this.readEvent(meeting.eventId, meeting.mailbox), meeting.mailbox);
    } catch (error) {
      if (!isGraphError(error) || error.kind !== "notFound") throw error;
      throw new GraphError({
        kind: "notFound",
        status: error.status,
        message:
          "This meeting is no longer in your calendar: it may already be declined, or cancelled by its organizer. Nothing was sent.",
        detail: error.detail,
      });
    }
  }

  /** For a plan retried after an uncertain outcome: did the first decline land after all? */
  private async declinedMeanwhile(plan: DeclinePlan): Promise<DeclineResult | null> {
    if (!this.unconfirmed.has(plan)) return null;
    try {
      const response = (await this.readEvent(plan.target.eventId, plan.meeting.mailbox)).responseStatus?.response;
      return response === "declined" ? this.result(plan, "declined", true) : null;
    } catch (error) {
      if (isGraphError(error) && error.kind === "notFound") return this.result(plan, "looksDeclined", true);
      throw error;
    }
  }

  private async sendDecline(plan: DeclinePlan): Promise<DeclineResult> {
    const mailbox = plan.meeting.mailbox;
    try {
      await this.http.send<never>({
        method: "POST",
        path: `${mailboxPath(mailbox)}/events/${segment(plan.target.eventId)}/decline`,
        body: plan.body,
        safeToRepeat: false,
        permission: calendarPermission(mailbox),
        mailbox,
      });
      return this.result(plan, "declined", false);
    } catch (error) {
      // A 404 for a decline that may already have landed (resent after 503, or after an uncertain
      // attempt): Exchange moves declined meetings out of the calendar, so it most likely worked.
      if (isGraphError(error) && error.kind === "notFound" && (error.resent || this.unconfirmed.has(plan))) {
        return this.result(plan, "looksDeclined", true);
      }
      if (!isGraphError(error) || !error.mayHaveBeenProcessed) throw error;
      this.unconfirmed.add(plan);
      const confirmed = await this.confirmAfterLostAnswer(plan, error);
      this.unconfirmed.delete(plan);
      return confirmed;
    }
  }

  /** The answer was lost: the calendar itself says whether the decline happened. Never resends. */
  private async confirmAfterLostAnswer(plan: DeclinePlan, lost: GraphError): Promise<DeclineResult> {
    let response: string | undefined;
    try {
      response = (await this.readEvent(plan.target.eventId, plan.meeting.mailbox)).responseStatus?.response;
    } catch (error) {
      // Exchange moves a declined meeting out of the calendar, so "gone" most likely means it worked.
      if (isGraphError(error) && error.kind === "notFound") return this.result(plan, "looksDeclined", true);
      throw this.uncertain(lost, `re-read failed: ${isGraphError(error) ? error.detail : String(error)}`);
    }
    if (response === "declined") return this.result(plan, "declined", true);
    throw this.uncertain(lost, `re-read shows response "${response ?? "none"}"`);
  }

  private uncertain(lost: GraphError, reread: string): GraphError {
    return new GraphError({
      kind: "uncertain",
      status: lost.status,
      mayHaveBeenProcessed: true,
      message:
        "Microsoft Graph did not confirm the decline and your calendar does not show it yet. Wait a minute and " +
        "check your calendar; trying again is safe, as a meeting already declined is not declined twice.",
      detail: `${lost.detail}; ${reread}`,
    });
  }

  private result(plan: DeclinePlan, outcome: DeclineResult["outcome"], confirmedByReread: boolean): DeclineResult {
    const partial = { plan, outcome, notified: outcome !== "alreadyDeclined" && plan.notify, confirmedByReread };
    return { ...partial, description: describeResult(partial, this.describeOptions) };
  }

  private async readEvent(id: string, mailbox: string | null): Promise<GraphEvent> {
    const { json } = await this.http.send<GraphEvent>({
      method: "GET",
      path: `${mailboxPath(mailbox)}/events/${segment(id)}`,
      query: { $select: EVENT_FIELDS },
      safeToRepeat: true,
      permission: calendarPermission(mailbox),
      mailbox,
    });
    if (!json?.id) {
      throw new GraphError({ kind: "unexpected", message: "Microsoft Graph returned an empty event.", detail: id });
    }
    return json;
  }

  private async resolveTarget(meeting: CalendarMeeting, choice: DeclineChoice): Promise<DeclineTarget> {
    const wantsSeries = choice.scope === "series";
    const own = (scope: DeclineTarget["scope"]): DeclineTarget => ({
      eventId: meeting.eventId,
      scope,
      start: meeting.start,
      end: meeting.end,
      response: meeting.response,
    });
    switch (meeting.type) {
      case "singleInstance":
        return own("single");
      case "seriesMaster":
        return wantsSeries ? own("series") : this.findOccurrence(meeting, choice.occurrenceStart);
      case "occurrence":
      case "exception":
        if (!wantsSeries) return own("occurrence");
        if (!meeting.seriesMasterId) throw notAllowed("The series this meeting belongs to could not be found.");
        return { ...own("series"), eventId: meeting.seriesMasterId, response: await this.seriesResponse(meeting) };
    }
  }

  private async seriesResponse(meeting: CalendarMeeting): Promise<DeclineTarget["response"]> {
    const master = await this.readEvent(meeting.seriesMasterId ?? "", meeting.mailbox);
    return master.responseStatus?.response ?? "none";
  }

  /** "This occurrence" of a series opened from its master: the one starting at `wanted`, else the next one. */
  private async findOccurrence(meeting: CalendarMeeting, wanted: string | undefined): Promise<DeclineTarget> {
    const wantedMs = wanted ? Date.parse(wanted) : NaN;
    if (wanted && Number.isNaN(wantedMs)) throw notAllowed("The occurrence's start time could not be read.", wanted);
    const from = wanted ? wantedMs - OCCURRENCE_WINDOW_MS : this.now();
    const to = wanted ? wantedMs + OCCURRENCE_WINDOW_MS : this.now() + NEXT_OCCURRENCE_HORIZON_MS;
    const { json } = await this.http.send<GraphCollection<GraphEvent>>({
      method: "GET",
      path: `${mailboxPath(meeting.mailbox)}/events/${segment(meeting.eventId)}/instances`,
      query: {
        startDateTime: new Date(from).toISOString(),
        endDateTime: new Date(to).toISOString(),
        $select: EVENT_FIELDS,
      },
      safeToRepeat: true,
      permission: calendarPermission(meeting.mailbox),
      mailbox: meeting.mailbox,
    });
    const reference = wanted ? wantedMs : this.now();
    const candidates = (json?.value ?? [])
      .map((event) => ({ event, startMs: instantOf(event.start)?.getTime() ?? NaN }))
      .filter(({ startMs }) => !Number.isNaN(startMs) && (wanted ? true : startMs >= reference))
      .sort((a, b) => Math.abs(a.startMs - reference) - Math.abs(b.startMs - reference));
    const chosen = candidates[0]?.event;
    if (!chosen) {
      throw new GraphError({
        kind: "notFound",
        message: wanted
          ? "That occurrence is no longer in the series; it may have been cancelled or moved."
          : "This series has no upcoming occurrence to decline.",
        detail: `no instance of ${meeting.eventId} in ${new Date(from).toISOString()}..${new Date(to).toISOString()}`,
      });
    }
    return {
      eventId: chosen.id,
      scope: "occurrence",
      start: chosen.start ?? null,
      end: chosen.end ?? null,
      response: chosen.responseStatus?.response ?? "none",
    };
  }

  private checkedProposal(
    meeting: CalendarMeeting,
    target: DeclineTarget,
    notify: boolean,
    choice: DeclineChoice,
  ): NonNullable<DeclineRequestBody["proposedNewTime"]> {
    const slot = choice.proposedNewTime!;
    if (target.scope === "series") {
      throw notAllowed("A new time can be proposed for one occurrence, not for a whole series.");
    }
    if (!meeting.allowNewTimeProposals) {
      throw notAllowed("The organizer does not accept new time proposals for this meeting.");
    }
    if (!notify) throw notAllowed("A new time can only be proposed when the organizer is notified.");
    const start = toGraphTime(slot.start);
    const end = toGraphTime(slot.end);
    if (!start || !end || Date.parse(slot.end) <= Date.parse(slot.start)) {
      throw notAllowed("The proposed time must have a start before its end.", `${slot.start}..${slot.end}`);
    }
    return { start, end };
  }
}

export function createCalendarService(options: CalendarServiceOptions): CalendarService {
  return new CalendarService(options);
}
