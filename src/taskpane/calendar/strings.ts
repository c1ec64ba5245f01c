import { calendarHintStrings } from "./hintStrings";

/** The calendar actions' English strings; kept apart from the pane's table so they load with the actions. */
export const calendarStrings = {
  ...calendarHintStrings,
  sectionLabel: "Calendar",
  alsoDecline: "Also decline in my calendar",
  alsoDeclineHint: "Reply also declines the meeting in your calendar without a second message to the organizer.",
  alsoDeclineWillDo: (description: string) => `With Reply: ${description}`,
  scopeLabel: "Decline",
  thisOccurrence: "This occurrence",
  wholeSeries: "The whole series",
  declineAndSend: "Decline and send",
  declineSilently: "Decline without notifying",
  declineAndPropose: "Decline and propose another time",
  proposedStart: "Proposed start",
  proposedEnd: "Proposed end",
  proposeThisTime: "Propose this time",
  confirm: "Confirm decline",
  cancel: "Cancel",
  tryAgain: "Try again",
  preparing: "Working out what will happen…",
  declining: "Declining in your calendar…",
  confirmTitle: "Confirm before anything is sent",
  doneTitle: "Declined in your calendar",
  nothingSentYet: "Nothing has been sent yet.",
  noItemId: "This item has no id Outlook can share yet (it may not be saved), so it cannot be declined from here.",
  unexpected: (reason: string) => `The calendar action failed: ${reason} Nothing was declined.`,
  afterReplyFailed: (reason: string) =>
    `The reply form is open, but the meeting was not declined in your calendar: ${reason}`,
  afterReplyDone: (description: string) => `The reply form is open. ${description}`,
  stillBusy: "another calendar request was still under way. Use the calendar buttons once it has finished.",
  badTime: "Pick a proposed start and an end after it.",
};

export type CalendarStrings = typeof calendarStrings;
