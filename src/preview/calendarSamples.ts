/**
 * Meetings the fake Microsoft Graph (test/fakes/graphData.ts) also knows, for the calendar actions in
 * the preview and the browser tests. Each itemId is the EWS form of a fake Graph id: the stand-in's
 * convertToRestId turns "/" into "-" and "+" into "_", giving the id Graph is asked for
 * (the message id of an invitation, the event id of an appointment).
 */
import type { MailAddress, RecurrenceData, StandInItem } from "./itemData";

const derek: MailAddress = { name: "Derek Hall", address: "derek.hall@contoso.com" };
const comms: MailAddress = { name: "Internal Comms", address: "comms@contoso.com" };
/** Office.MailboxEnums.DelegatePermissions: Read 1, Write 2. */
const READ = 1;
const WRITE = 2;

const weeklyStandup: RecurrenceData = {
  type: "weekly",
  interval: 1,
  days: ["mon"],
  seriesStart: "2026-03-02",
  seriesEnd: "2026-03-30",
  startTime: "09:15",
  durationMinutes: 15,
  timeZone: "UTC",
};

export function calendarSamples(me: MailAddress): StandInItem[] {
  return [
    {
      // Fake Graph message "AAMkAGE1-msg_dinner=", inviting to the single event "Quarterly client dinner".
      id: "calendar-dinner",
      itemId: "AAMkAGE1/msg+dinner=",
      kind: "meetingRequest",
      subject: "Quarterly client dinner",
      from: derek,
      to: [me],
      cc: [],
      received: "2026-03-02T15:20:00+00:00",
      body: {
        type: "html",
        content:
          "<p>Hi Dana,</p><p>We're hosting our quarterly client dinner at The Ivy on Thursday and would love " +
          "you to join us. Drinks from 6.30pm, dinner at 7.</p><p>Best,<br>Derek</p>",
      },
      meeting: {
        start: "2026-03-12T18:30:00+00:00",
        end: "2026-03-12T21:00:00+00:00",
        location: "The Ivy, West Street",
        recurrence: null,
        seriesId: null,
      },
    },
    {
      // Fake Graph message "AAMkAGE1-msg_standup=", inviting to the series "Weekly standup".
      id: "calendar-standup-series",
      itemId: "AAMkAGE1/msg+standup=",
      kind: "meetingRequest",
      subject: "Weekly standup",
      from: derek,
      to: [me],
      cc: [],
      received: "2026-02-27T10:00:00+00:00",
      body: {
        type: "text",
        content:
          "Hi all,\n\nA short weekly meeting every Monday to go through the project status and blockers " +
          "with the joint team. Please attend if you can.\n\nDerek",
      },
      meeting: {
        start: "2026-03-02T09:15:00+00:00",
        end: "2026-03-02T09:30:00+00:00",
        location: "Microsoft Teams Meeting",
        recurrence: weeklyStandup,
        seriesId: null,
      },
    },
    {
      // Fake Graph event "AAMkAGE1-standup_0309=": one occurrence of the series, opened from the calendar.
      id: "calendar-standup-occurrence",
      itemId: "AAMkAGE1/standup+0309=",
      kind: "appointment",
      subject: "Weekly standup",
      from: derek,
      to: [me],
      cc: [],
      received: "2026-02-27T10:00:00+00:00",
      body: {
        type: "text",
        content: "A short weekly meeting every Monday to go through the project status and blockers.\n\nDerek",
      },
      meeting: {
        start: "2026-03-09T09:15:00+00:00",
        end: "2026-03-09T09:30:00+00:00",
        location: "Microsoft Teams Meeting",
        recurrence: weeklyStandup,
        seriesId: "AAMkAGE1/standup+master=",
      },
    },
    {
      // Fake Graph event "AAMkAGE1-all_hands=": the organizer asked for no replies and no new times.
      id: "calendar-all-hands",
      itemId: "AAMkAGE1/all+hands=",
      kind: "appointment",
      subject: "All-hands broadcast",
      from: comms,
      to: [me],
      cc: [],
      received: "2026-03-01T08:00:00+00:00",
      body: {
        type: "text",
        content:
          "Please join the quarterly all-hands meeting, streamed live to every office. No need to reply.\n\n" +
          "Internal Comms",
      },
      meeting: {
        start: "2026-03-11T16:00:00+00:00",
        end: "2026-03-11T17:00:00+00:00",
        location: "Live stream",
        recurrence: null,
        seriesId: null,
      },
    },
    {
      // Fake Graph message "AAMkAGE2-msg_offsite=" in the shared mailbox events@contoso.com, where the user
      // is a delegate who may respond: Graph is asked under /users/events@contoso.com.
      id: "calendar-shared-offsite",
      itemId: "AAMkAGE2/msg+offsite=",
      kind: "meetingRequest",
      subject: "Partner offsite planning",
      from: derek,
      to: [{ name: "Events team", address: "events@contoso.com" }],
      cc: [],
      received: "2026-03-03T11:00:00+00:00",
      body: {
        type: "text",
        content: "Hi team,\n\nCould someone from events join the planning call for the partner offsite?\n\nDerek",
      },
      meeting: {
        start: "2026-03-18T14:00:00+00:00",
        end: "2026-03-18T15:00:00+00:00",
        location: "Microsoft Teams Meeting",
        recurrence: null,
        seriesId: null,
      },
      shared: { owner: "events@contoso.com", delegatePermissions: READ | WRITE },
    },
    {
      // Fake Graph event "AAMkAGE3-board_review=" in board@contoso.com, which the user may only read.
      id: "calendar-shared-readonly",
      itemId: "AAMkAGE3/board+review=",
      kind: "appointment",
      subject: "Board pack review",
      from: derek,
      to: [{ name: "Board office", address: "board@contoso.com" }],
      cc: [],
      received: "2026-03-04T09:00:00+00:00",
      body: { type: "text", content: "Review of the board pack before Thursday.\n\nDerek" },
      meeting: {
        start: "2026-03-19T08:00:00+00:00",
        end: "2026-03-19T09:00:00+00:00",
        location: "Board room",
        recurrence: null,
        seriesId: null,
      },
      shared: { owner: "board@contoso.com", delegatePermissions: READ },
    },
  ];
}
