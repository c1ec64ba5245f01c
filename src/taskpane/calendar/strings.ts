import type { DeclinePlan } from "../../graph/types";
import { calendarHintStrings } from "./hintStrings";

/** The calendar actions' English strings; kept apart from the pane's table so they load with the actions. */
export const calendarStrings = {
  ...calendarHintStrings,
  sectionLabel: "Calendar",
  alsoDecline: "Also decline in my calendar",
  alsoDeclineHint:
    "Reply declines the meeting in your calendar and sends your reply to the organizer as the meeting response, in one message; no reply form opens.",
  alsoDeclineWillDo: (plan: Pick<DeclinePlan, "description" | "notify">) =>
    plan.notify
      ? `With Reply: ${plan.description} Your reply is the meeting response; no reply form opens.`
      : `With Reply: ${plan.description} No reply form opens.`,
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
  replyDeclineFailed: (reason: string) =>
    `Your reply was not sent as the meeting response: ${reason} Your text is still below.`,
  stillBusy: "another calendar request was still under way. Try again once it has finished.",
  meetingNotRead: "the meeting has not been read from your calendar yet.",
  planChanged:
    "The meeting changed in your calendar since this pane read it, so nothing was sent. Read what Reply will do now, then click it again.",
  ribbonSentTitle: "Sent by Decline with message",
  ribbonSent: (description: string, text: string) => `${description} The response said: “${text}”`,
  checkAndRetry: "Check my calendar and try again",
  delegateCannotRespond: (owner: string) =>
    `This meeting is in ${owner}'s calendar, and your access to it does not let you respond to its meetings, so it cannot be declined from here. Ask ${owner} for Editor (delegate) access, or reply by mail instead.`,
  badTime: "Pick a proposed start and an end after it.",
};

export type CalendarStrings = typeof calendarStrings;
