/**
 * The ribbon's one click, without the task pane: read the item, classify it, and by default open the
 * reply form with the top suggestion in the user's default tone, changing nothing in the calendar. With
 * the "ribbon declines" setting (off by default, needs one-click decline) it instead declines the meeting
 * with the top suggestion as the response, one message to the organizer; the notification bar says what
 * was sent and the pane shows the full text. Never a reply draft plus a silent decline. Nothing here
 * touches the `Office` global: commands.ts hands the namespace in.
 */
import { classify } from "../core/classifier/classify";
import type { Invitation, ItemKind } from "../core/invitation";
import { buildReplyContext, renderReply, replyHtml, suggestReplies } from "../core/replies";
import type { ReplyTemplate } from "../core/replies/types";
import { callAsync } from "../office/asyncResult";
import { createOfficeAdapter } from "../office/officeAdapter";
import type { MailItemLike, OfficeApi } from "../office/officeApi";
import { ReplyTooLongError } from "../office/errors";
import { defaultData, type StoredData } from "../settings/schema";
import { loadData, type RoamingSettingsLike } from "../settings/store";
import type { CalendarPort } from "../taskpane/calendar/types";
import { reasonOf } from "../core/reasonOf";
import { defaultScope } from "../graph/scope";
import { saveRibbonResponse } from "../settings/ribbonResponse";

/**
 * How long the command waits for sign-in and for finding the meeting. A sign-in window the user ignores
 * must not hold the command open (and later clicks queued behind it) for ever; past this nothing is sent.
 */
export const SIGN_IN_LIMIT_MS = 60_000;
/** How long the notification bar may take to answer before the command completes anyway. */
const NOTIFICATION_WAIT_MS = 5_000;

export const NOTIFICATION_KEY = "declineAssistant";
/** Outlook refuses a notification message longer than this. */
export const NOTIFICATION_LIMIT = 150;
/** The manifest's 16 px icon, shown beside informational messages. */
const NOTIFICATION_ICON = "Icon.16x16";

export interface NotificationDetails {
  type: unknown;
  message: string;
  icon?: string;
  persistent?: boolean;
}

/** The Office namespace as the command uses it: the adapter's slice, plus notifications and roaming settings. */
export interface CommandOffice extends OfficeApi {
  context: OfficeApi["context"] & {
    mailbox?: OfficeApi["context"]["mailbox"] & {
      item?:
        | (MailItemLike & {
            notificationMessages?: {
              replaceAsync(key: string, details: NotificationDetails, callback?: (result: never) => void): void;
            };
          })
        | null;
    };
    roamingSettings?: RoamingSettingsLike;
  };
  MailboxEnums: OfficeApi["MailboxEnums"] & {
    ItemNotificationMessageType: { InformationalMessage: unknown; ErrorMessage: unknown };
  };
}

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandOptions {
  office: CommandOffice;
  /** Whether an app registration is built in; default from src/auth/config. */
  calendarConfigured?: () => boolean;
  /** The calendar service; default Graph with MSAL sign-in, loaded only when needed. */
  connect?: (locale: string) => Promise<CalendarPort>;
  /** Default SIGN_IN_LIMIT_MS. */
  signInLimitMs?: number;
}

/** What the notification bar said, for tests and the log. */
export interface CommandOutcome {
  kind: "informational" | "error";
  message: string;
}

const NOT_DECLINABLE: Partial<Record<ItemKind, string>> = {
  meetingCancellation: "This meeting was cancelled, so there is nothing to decline. Nothing was sent.",
  meetingResponse: "This is a reply to an invitation, so there is nothing to decline. Nothing was sent.",
};

const MEETING_KINDS: ReadonlySet<ItemKind> = new Set(["meetingRequest", "appointment"]);

/** Cuts a message to Outlook's limit at a word where possible, marking the cut. */
export function fitNotification(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= NOTIFICATION_LIMIT) return clean;
  const room = clean.slice(0, NOTIFICATION_LIMIT - 1);
  const lastSpace = room.lastIndexOf(" ");
  return `${lastSpace > NOTIFICATION_LIMIT * 0.6 ? room.slice(0, lastSpace) : room}…`;
}

function topSuggestion(invitation: Invitation, data: StoredData, locale: string): ReplyTemplate | undefined {
  const { category, followUp } = classify(invitation);
  if (category === "not_invitation") return undefined;
  const hidden = new Set(data.hiddenBuiltIns);
  return suggestReplies(category, { followUp, locale, userTemplates: data.templates, starred: data.starred }).find(
    (template) => template.custom || !hidden.has(template.id),
  );
}

/** `work`, or null when it takes longer than `ms` (it may still finish; the caller then ignores it). */
function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function defaultConnect(locale: string): Promise<CalendarPort> {
  const { connectCalendar } = await import(/* webpackChunkName: "calendar-connect" */ "../taskpane/calendar/connect");
  return connectCalendar(locale);
}

async function defaultConfigured(): Promise<boolean> {
  const { isCalendarConfigured } = await import("../auth/config");
  return isCalendarConfigured();
}

/** First words of what was sent, for the 150-character notification bar; the pane shows it all. */
function opening(text: string, room: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= room ? clean : `${clean.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
}

interface DeclineWithText {
  options: CommandOptions;
  adapter: ReturnType<typeof createOfficeAdapter>;
  invitation: Invitation;
  text: string;
  locale: string;
}

/**
 * The ribbon setting's path: one decline whose response carries the top suggestion. Sign-in and finding
 * the meeting are bounded; once the decline is sent its own timeouts apply.
 */
async function declineWithResponse({
  options,
  adapter,
  invitation,
  text,
  locale,
}: DeclineWithText): Promise<CommandOutcome> {
  const error = (message: string): CommandOutcome => ({ kind: "error", message: fitNotification(message) });
  const restId = adapter.currentItemRestId?.() ?? null;
  if (!restId) return error("Outlook gave no id for this item, so nothing was declined or sent.");
  const shared = (await adapter.sharedMailbox?.()) ?? null;
  if (shared && !shared.canRespond) {
    return error(
      `Your access to ${shared.owner}'s calendar does not let you respond, so nothing was declined or sent.`,
    );
  }
  const preparing = (async () => {
    const calendar = await (options.connect ?? defaultConnect)(locale);
    const kind = invitation.kind === "appointment" ? "appointment" : "meetingRequest";
    const meeting = await calendar.findMeeting({ kind, restId, mailbox: shared?.owner ?? null });
    // A series invitation declines the series, an occurrence that occurrence: as the pane and Outlook do.
    const plan = await calendar.prepareDecline(meeting, {
      notify: true,
      comment: text,
      scope: defaultScope(meeting),
      occurrenceStart: invitation.start ?? undefined,
    });
    return { calendar, plan };
  })();
  let prepared: Awaited<typeof preparing> | null;
  try {
    prepared = await within(preparing, options.signInLimitMs ?? SIGN_IN_LIMIT_MS);
  } catch (failure) {
    return error(`Nothing was declined or sent: ${reasonOf(failure)}`);
  }
  if (!prepared) {
    // The decline is only ever sent below, so a sign-in finishing later changes nothing.
    void preparing.catch(() => undefined);
    return error(
      "Signing in took too long, so nothing was declined or sent. Open Decline Assistant's pane to try again.",
    );
  }
  try {
    adapter.checkShownItem?.();
    const result = await prepared.calendar.decline(prepared.plan);
    const itemId = invitation.itemId;
    const store = adapter.roamingSettings?.() ?? null;
    if (store && itemId && result.notified) {
      await within(saveRibbonResponse(store, { itemId, text, description: result.description }), NOTIFICATION_WAIT_MS);
    }
    if (!result.notified) return { kind: "informational", message: fitNotification(result.description) };
    const who = prepared.plan.meeting.organizer.name || "The organizer";
    const head = `Declined; ${who} was sent: “`;
    return { kind: "informational", message: `${head}${opening(text, NOTIFICATION_LIMIT - head.length - 1)}”` };
  } catch (failure) {
    const unsure = failure instanceof Error && (failure as { mayHaveBeenProcessed?: boolean }).mayHaveBeenProcessed;
    return error(
      unsure
        ? `Outlook could not confirm the decline; check your calendar before trying again. ${reasonOf(failure)}`
        : `The meeting was NOT declined and nothing was sent: ${reasonOf(failure)}`,
    );
  }
}

/** Does the work and returns what to tell the user; never throws. */
export async function runDeclineWithMessage(options: CommandOptions): Promise<CommandOutcome> {
  const office = options.office;
  const adapter = createOfficeAdapter(office);
  const locale = adapter.locale();
  const info = (message: string): CommandOutcome => ({ kind: "informational", message: fitNotification(message) });
  const error = (message: string): CommandOutcome => ({ kind: "error", message: fitNotification(message) });

  let invitation: Invitation | null;
  try {
    invitation = await adapter.readCurrent();
  } catch (failure) {
    return error(`Decline Assistant could not read this item, so nothing was done. ${reasonOf(failure)}`);
  }
  if (!invitation) return error("No item is open, so nothing was done.");
  const notDeclinable = NOT_DECLINABLE[invitation.kind];
  if (notDeclinable) return info(notDeclinable);
  if (invitation.mode === "compose") return info("Open Decline Assistant's pane to insert a reply into this draft.");

  const store = adapter.roamingSettings?.() ?? null;
  const data = store ? loadData(store).data : defaultData();
  const { settings } = data;
  const template = topSuggestion(invitation, data, locale);
  if (!template) {
    return info("This doesn't look like an invitation, so no reply was opened. Open the pane to choose one yourself.");
  }
  const context = buildReplyContext(invitation, { locale, signatureName: settings.signatureName });
  const text = renderReply(template, settings.defaultTone, context);

  const wantsDecline = settings.ribbonDeclines && MEETING_KINDS.has(invitation.kind);
  const configured =
    wantsDecline && (options.calendarConfigured ? options.calendarConfigured() : await defaultConfigured());
  if (wantsDecline && configured) return declineWithResponse({ options, adapter, invitation, text, locale });

  try {
    await adapter.openReply(replyHtml(text), { all: settings.defaultAction === "replyAll" });
  } catch (failure) {
    const why =
      failure instanceof ReplyTooLongError ? "the reply is too long for Outlook's reply form" : reasonOf(failure);
    return error(`No reply was opened (${why}) and your calendar was not changed.`);
  }
  const opened = `Reply opened (${template.strategy}); check it and press Send. Your calendar was not changed.`;
  return info(wantsDecline ? `${opened} Calendar decline is off.` : opened);
}

/** Shows the outcome in the item's notification bar; a bar that cannot be shown is not worth failing over. */
async function showOutcome(office: CommandOffice, outcome: CommandOutcome): Promise<void> {
  const notifications = office.context.mailbox?.item?.notificationMessages;
  if (!notifications) return;
  const types = office.MailboxEnums.ItemNotificationMessageType;
  // Outlook accepts icon and persistent only on informational messages.
  const details: NotificationDetails =
    outcome.kind === "error"
      ? { type: types.ErrorMessage, message: outcome.message }
      : { type: types.InformationalMessage, message: outcome.message, icon: NOTIFICATION_ICON, persistent: false };
  try {
    const shown = callAsync<void>("notificationMessages.replaceAsync", office.AsyncResultStatus.Failed, (callback) =>
      notifications.replaceAsync(NOTIFICATION_KEY, details, callback as (result: never) => void),
    );
    // A bar that never answers must not keep the command from completing.
    await within(shown, NOTIFICATION_WAIT_MS);
  } catch {
    // Nothing else can tell the user; the reply form (if open) speaks for itself.
  }
}

/** The function command: always tells Outlook it has finished, whatever happened. */
export async function declineWithMessageUsing(options: CommandOptions, event: CommandEvent): Promise<CommandOutcome> {
  let outcome: CommandOutcome = { kind: "error", message: "Decline Assistant stopped unexpectedly; nothing was sent." };
  try {
    outcome = await runDeclineWithMessage(options);
    await showOutcome(options.office, outcome);
  } finally {
    event.completed();
  }
  return outcome;
}
