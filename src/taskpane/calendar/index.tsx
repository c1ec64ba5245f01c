/**
 * The calendar actions' entry point, in the pane's first load: a few lines deciding whether to show
 * them. Everything else (the actions, the Graph client, MSAL) is fetched on demand.
 */
import { type ComponentType, lazy, Suspense } from "react";
import { isCalendarConfigured } from "../../auth/config";
import type { ItemKind } from "../../core/invitation";
import type { OfficeAdapter } from "../../office/adapter";
import type { ActionExtensionProps } from "../extensions";
import { previewGraph } from "./previewGraph";
import type { ReplyAsDeclineLink } from "./replyLink";
import { calendarHintStrings as s } from "./hintStrings";
import type { CalendarPort, CalendarSettings } from "./types";

export { ReplyAsDeclineLink, withReplyAsDecline } from "./replyLink";

const HINT_STYLE = { flexBasis: "100%", margin: 0, fontSize: "12px", lineHeight: "16px" } as const;

const MEETING_KINDS: ReadonlySet<ItemKind> = new Set(["meetingRequest", "appointment"]);

export interface CalendarActionOptions {
  adapter: OfficeAdapter;
  link: ReplyAsDeclineLink;
  /** Default: an app registration's client id was built in, or the preview points at a fake Graph. */
  configured?: () => boolean;
  /** Default: the Graph client with MSAL sign-in (or the preview's fake Graph). */
  connect?: () => Promise<CalendarPort>;
  /** Default: the user's roaming settings. */
  settings?: () => CalendarSettings;
}

const CalendarActions = lazy(() => import(/* webpackChunkName: "calendar" */ "./CalendarActions"));

export function calendarConfigured(): boolean {
  return isCalendarConfigured() || previewGraph() !== null;
}

/** The pane extension: the calendar actions for a meeting, or the hint saying how to turn them on. */
export function createCalendarAction(options: CalendarActionOptions): ComponentType<ActionExtensionProps> {
  const configured = options.configured ?? calendarConfigured;
  function CalendarAction(props: ActionExtensionProps) {
    if (!MEETING_KINDS.has(props.invitation.kind)) return null;
    if (!configured()) {
      // Plain markup: Fluent's Text would add kilobytes to the pane's first load for one line.
      return <p style={HINT_STYLE}>{s.notConfigured}</p>;
    }
    return (
      <Suspense fallback={<p style={HINT_STYLE}>{s.checking}</p>}>
        <CalendarActions {...props} options={options} />
      </Suspense>
    );
  }
  return CalendarAction;
}
