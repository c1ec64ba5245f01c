/** What the pane uses for calendar actions. No MSAL here: sign-in is loaded on demand from ../auth. */
export { CalendarService, createCalendarService, EVENT_MESSAGE_EXPAND, toMeeting } from "./calendar";
export type { CalendarServiceOptions } from "./calendar";
export { describePlan, describeResult, formatWhen, formatSlot } from "./describe";
export type { DescribeOptions } from "./describe";
export { GraphError, isGraphError } from "./errors";
export type { GraphErrorKind } from "./errors";
export { DEFAULT_GRAPH_BASE_URL } from "./http";
export type * from "./types";
