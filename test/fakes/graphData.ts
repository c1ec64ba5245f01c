/**
 * The fake Graph's starting mailbox: a single meeting, a series with occurrences and an exception,
 * meetings that cannot be declined, and the mail items that carry invitations to them.
 * Ids look like REST ids (URL-safe base64 with "=" padding) so tests notice encoding mistakes.
 */
export const FAKE_IDS = {
  single: "AAMkAGE1-single_dinner=",
  noReply: "AAMkAGE1-all_hands=",
  seriesMaster: "AAMkAGE1-standup_master=",
  occurrence0302: "AAMkAGE1-standup_0302=",
  occurrence0309: "AAMkAGE1-standup_0309=",
  exception0316: "AAMkAGE1-standup_0316x=",
  occurrence0323: "AAMkAGE1-standup_0323=",
  organizedByMe: "AAMkAGE1-my_review=",
  cancelled: "AAMkAGE1-cancelled=",
  messageSingle: "AAMkAGE1-msg_dinner=",
  messageSeries: "AAMkAGE1-msg_standup=",
  messagePlain: "AAMkAGE1-msg_newsletter=",
  /** In the shared mailbox events@contoso.com, where the user is a delegate who may respond. */
  sharedOffsite: "AAMkAGE2-team_offsite=",
  sharedMessageOffsite: "AAMkAGE2-msg_offsite=",
  /** In board@contoso.com, which the user may only read. */
  readOnlyReview: "AAMkAGE3-board_review=",
} as const;

/** Shared and delegate mailboxes the fake knows, by owner, with the user's access to each. */
export const FAKE_SHARED = {
  events: "events@contoso.com",
  board: "board@contoso.com",
} as const;

export type DelegateAccess = "read" | "write";

export function defaultDelegates(): [owner: string, access: DelegateAccess][] {
  return [
    [FAKE_SHARED.events, "write"],
    [FAKE_SHARED.board, "read"],
  ];
}

export const FAKE_GRAPH_TOKEN = "fake-graph-token";

export type FakeEventType = "singleInstance" | "occurrence" | "exception" | "seriesMaster";

export interface FakeEvent {
  id: string;
  subject: string;
  type: FakeEventType;
  seriesMasterId: string | null;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
  isOrganizer: boolean;
  isCancelled: boolean;
  /** UTC, "YYYY-MM-DDTHH:MM". */
  start: string;
  end: string;
  organizer: { name: string; address: string };
  response: "none" | "organizer" | "accepted" | "tentativelyAccepted" | "declined" | "notResponded";
  /** The shared or delegate mailbox it is in (its owner's address); absent for the user's own. */
  mailbox?: string;
}

export interface FakeMessage {
  id: string;
  subject: string;
  /** The event an invitation is about; null for ordinary mail. */
  eventId: string | null;
  mailbox?: string;
}

const derek = { name: "Derek Hall", address: "derek.hall@contoso.com" };

function meeting(id: string, subject: string, start: string, end: string, extra: Partial<FakeEvent> = {}): FakeEvent {
  return {
    id,
    subject,
    type: "singleInstance",
    seriesMasterId: null,
    responseRequested: true,
    allowNewTimeProposals: true,
    isOrganizer: false,
    isCancelled: false,
    start,
    end,
    organizer: derek,
    response: "notResponded",
    ...extra,
  };
}

function standup(id: string, start: string, end: string, type: FakeEventType = "occurrence"): FakeEvent {
  return meeting(id, "Weekly standup", start, end, { type, seriesMasterId: FAKE_IDS.seriesMaster });
}

export function defaultEvents(): FakeEvent[] {
  return [
    meeting(FAKE_IDS.single, "Quarterly client dinner", "2026-03-12T18:30", "2026-03-12T21:00"),
    meeting(FAKE_IDS.noReply, "All-hands broadcast", "2026-03-11T16:00", "2026-03-11T17:00", {
      responseRequested: false,
      allowNewTimeProposals: false,
      organizer: { name: "Internal Comms", address: "comms@contoso.com" },
    }),
    meeting(FAKE_IDS.seriesMaster, "Weekly standup", "2026-03-02T09:15", "2026-03-02T09:30", { type: "seriesMaster" }),
    standup(FAKE_IDS.occurrence0302, "2026-03-02T09:15", "2026-03-02T09:30"),
    standup(FAKE_IDS.occurrence0309, "2026-03-09T09:15", "2026-03-09T09:30"),
    // Moved to Tuesday for a holiday: an exception of the series.
    standup(FAKE_IDS.exception0316, "2026-03-17T10:00", "2026-03-17T10:15", "exception"),
    standup(FAKE_IDS.occurrence0323, "2026-03-23T09:15", "2026-03-23T09:30"),
    meeting(FAKE_IDS.organizedByMe, "My design review", "2026-03-13T14:00", "2026-03-13T15:00", {
      isOrganizer: true,
      response: "organizer",
      organizer: { name: "Sam Reyes", address: "sam.reyes@contoso.com" },
    }),
    meeting(FAKE_IDS.cancelled, "Vendor lunch", "2026-03-10T12:00", "2026-03-10T13:00", { isCancelled: true }),
    meeting(FAKE_IDS.sharedOffsite, "Partner offsite planning", "2026-03-18T14:00", "2026-03-18T15:00", {
      mailbox: FAKE_SHARED.events,
    }),
    meeting(FAKE_IDS.readOnlyReview, "Board pack review", "2026-03-19T08:00", "2026-03-19T09:00", {
      mailbox: FAKE_SHARED.board,
    }),
  ];
}

export function defaultMessages(): FakeMessage[] {
  return [
    { id: FAKE_IDS.messageSingle, subject: "Quarterly client dinner", eventId: FAKE_IDS.single },
    { id: FAKE_IDS.messageSeries, subject: "Weekly standup", eventId: FAKE_IDS.seriesMaster },
    { id: FAKE_IDS.messagePlain, subject: "March newsletter", eventId: null },
    {
      id: FAKE_IDS.sharedMessageOffsite,
      subject: "Partner offsite planning",
      eventId: FAKE_IDS.sharedOffsite,
      mailbox: FAKE_SHARED.events,
    },
  ];
}
