/**
 * A local stand-in for Office.js, loaded before the real task pane bundle in preview-pane.html.
 * It defines `window.Office` with exactly the slice listed in notes/ui-contract.md and Office's
 * own semantics: AsyncResult objects delivered asynchronously, read vs compose item shapes,
 * meeting-request message classes, appointment organizer/attendees, Date start/end, a
 * recurrence object, errors as `{ code, name, message }`. Items, theme, reply forms and the
 * compose body come from the preview page around it (see bridge.ts) or, opened alone, from
 * `?sample=`. Any call named in `?fail=` (or switched on in the preview) fails.
 */
import { staticTokenProvider } from "../auth/types";
import { PREVIEW_GRAPH_GLOBAL, type PreviewGraph } from "../taskpane/calendar/previewGraph";
import { type BodyFormat, failuresFromQuery, HOST_GLOBAL, type HostWindow, type PreviewHost } from "./bridge";
import { escapeHtml, textFromHtml } from "./bodyText";
import type { ComposeDraft, MailAddress, RecurrenceData, StandInItem } from "./itemData";
import { ITEM_CLASS, MEETING_KINDS } from "./itemData";
import { MAILBOX_OWNER, OWNER_TIME_ZONE } from "./samples";
import { createStandaloneHost } from "./standaloneHost";

// ---- Enums: the string values Office.js itself uses. ----

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
const CoercionType = { Html: "html", Text: "text" } as const;
const EventType = { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" } as const;
const HostType = { Outlook: "Outlook" } as const;
const PlatformType = { OfficeOnline: "OfficeOnline" } as const;
const MailboxEnums = {
  ItemType: { Message: "message", Appointment: "appointment" },
  RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
  ItemNotificationMessageType: {
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  },
  RecurrenceType: { Daily: "daily", Weekday: "weekday", Weekly: "weekly", Monthly: "monthly", Yearly: "yearly" },
  DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
} as const;

/** The highest Mailbox requirement set this stand-in answers for (1.14 brought OfficeThemeChanged). */
const MAILBOX_VERSION = "1.14";
/** Outlook refuses a reply form body over 32 KB. */
const REPLY_FORM_LIMIT = 32 * 1024;
const NOTIFICATION_MESSAGE_LIMIT = 150;

// ---- AsyncResult plumbing ----

interface OfficeError {
  code: number;
  name: string;
  message: string;
}

type Status = (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];

interface AsyncResult<T> {
  status: Status;
  value: T | undefined;
  error?: OfficeError;
  asyncContext: unknown;
  diagnostics?: unknown;
}

type AsyncCallback<T> = (result: AsyncResult<T>) => void;

/** A failure Office reports through the AsyncResult rather than by throwing. */
class AsyncFailure extends Error {
  constructor(readonly officeError: OfficeError) {
    super(officeError.message);
  }
}

const ERRORS = {
  injected: (call: string): OfficeError => ({
    code: 9020,
    name: "GenericResponseError",
    message: `The operation failed. (Simulated by the preview: ${call} is set to fail.)`,
  }),
  htmlIntoTextBody: (): OfficeError => ({
    code: 1000,
    name: "InvalidFormatError",
    message:
      "The options.coercionType parameter is set to Office.CoercionType.Html and the message body is in plain text.",
  }),
  invalidCoercion: (): OfficeError => ({
    code: 1000,
    name: "InvalidCoercion",
    message: "The coercion type is not supported.",
  }),
  storage: (): OfficeError => ({
    code: 9019,
    name: "GenericSettingsError",
    message: "The settings could not be saved.",
  }),
};

/** Office methods take (args…, options?, callback?); options may carry asyncContext. */
function splitTrailingArgs(rest: unknown[]): { options: Record<string, unknown>; callback?: AsyncCallback<unknown> } {
  const callback = rest.find((arg): arg is AsyncCallback<unknown> => typeof arg === "function");
  const options = rest.find((arg): arg is Record<string, unknown> => typeof arg === "object" && arg !== null) ?? {};
  return { options, callback };
}

function isFailing(call: string): boolean {
  return failuresFromQuery(window.location.search).includes(call) || host.failures().includes(call);
}

/** Runs an async Office call: the result reaches the callback on a later task, as with Office. */
function runAsync<T>(call: string, rest: unknown[], work: (options: Record<string, unknown>) => T): void {
  const { options, callback } = splitTrailingArgs(rest);
  const asyncContext = options.asyncContext;
  let result: AsyncResult<T>;
  try {
    if (isFailing(call)) throw new AsyncFailure(ERRORS.injected(call));
    result = { status: AsyncResultStatus.Succeeded, value: work(options), asyncContext };
  } catch (error) {
    if (!(error instanceof AsyncFailure)) throw error;
    result = { status: AsyncResultStatus.Failed, value: undefined, error: error.officeError, asyncContext };
  }
  if (callback) setTimeout(() => callback(result as AsyncResult<unknown>), 0);
}

/** Office's synchronous calls throw on bad arguments or when they cannot run. */
function throwIfFailing(call: string): void {
  if (isFailing(call)) throw new Error(`${call} failed. (Simulated by the preview: ${call} is set to fail.)`);
}

// ---- Item shapes ----

function coercionOf(value: unknown): BodyFormat {
  if (value === CoercionType.Html || value === CoercionType.Text) return value;
  throw new AsyncFailure(ERRORS.invalidCoercion());
}

/** EmailAddressDetails: recipientType says whether the address is inside my organisation. */
function details(person: MailAddress, appointmentResponse = "") {
  const internal = person.address.split("@")[1] === MAILBOX_OWNER.address.split("@")[1];
  return {
    displayName: person.name,
    emailAddress: person.address,
    recipientType: internal ? "user" : "externalUser",
    ...(appointmentResponse ? { appointmentResponse } : {}),
  };
}

const attendee = (person: MailAddress) => details(person, "none");

const WEEKDAY_OFFSETS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** Office.Recurrence as read mode returns it (series dates and times through seriesTime). */
function recurrenceObject(data: RecurrenceData) {
  const [hours, minutes] = data.startTime.split(":").map(Number);
  const endMinutes = hours * 60 + minutes + data.durationMinutes;
  const pad = (n: number) => String(n).padStart(2, "0");
  const recurrence = {
    recurrenceType: data.type,
    recurrenceProperties: {
      interval: data.interval,
      days: [...data.days].sort((a, b) => WEEKDAY_OFFSETS[a] - WEEKDAY_OFFSETS[b]),
      firstDayOfWeek: "mon",
    },
    recurrenceTimeZone: { name: data.timeZone, offset: 0 },
    seriesTime: {
      getStartDate: () => data.seriesStart,
      getEndDate: () => data.seriesEnd,
      getStartTime: () => data.startTime,
      getEndTime: () => `${pad(Math.floor(endMinutes / 60) % 24)}:${pad(endMinutes % 60)}`,
      getDuration: () => data.durationMinutes,
    },
    getAsync: (...rest: unknown[]) => runAsync("recurrence.getAsync", rest, () => recurrence),
  };
  return recurrence;
}

function notificationMessages(itemId: string) {
  return {
    replaceAsync(
      key: string,
      message: { type?: string; message?: string; icon?: string; persistent?: boolean },
      ...rest: unknown[]
    ) {
      // Office checks these before anything runs and throws, rather than reporting through the callback.
      const text = message?.message ?? "";
      if (!key || !message?.type) throw new Error("Sys.ArgumentNullException: key and type are required.");
      if (text.length > NOTIFICATION_MESSAGE_LIMIT) {
        throw new Error(
          `Sys.ArgumentOutOfRangeException: message is longer than ${NOTIFICATION_MESSAGE_LIMIT} characters.`,
        );
      }
      const informational = message.type === MailboxEnums.ItemNotificationMessageType.InformationalMessage;
      if (!informational && (message.icon !== undefined || message.persistent !== undefined)) {
        throw new Error("Sys.ArgumentException: icon and persistent apply only to informational messages.");
      }
      runAsync("notificationMessages.replaceAsync", rest, () => {
        host.showNotification({ itemId, key, type: message.type ?? "", message: text });
        return undefined;
      });
    },
  };
}

/** Mailbox 1.9: the outcome as an AsyncResult. Fails under the same name as the 1.1 call it replaces. */
function displayReplyFormAsyncFor(item: StandInItem, replyAll: boolean) {
  const call = replyAll ? "displayReplyAllForm" : "displayReplyForm";
  return (formData: string | { htmlBody?: string }, ...rest: unknown[]) => {
    const htmlBody = typeof formData === "string" ? formData : (formData?.htmlBody ?? "");
    runAsync(call, rest, () => {
      if (htmlBody.length > REPLY_FORM_LIMIT) {
        throw new AsyncFailure({ code: 9000, name: "DataExceedsMaximumSize", message: "The body is too long." });
      }
      host.showReplyForm({ replyAll, htmlBody, item });
      return undefined;
    });
  };
}

function getSharedPropertiesAsyncFor(item: StandInItem) {
  return (...rest: unknown[]) =>
    runAsync("getSharedPropertiesAsync", rest, () => {
      // Outlook answers an item in the user's own mailbox with a failure.
      if (!item.shared) throw new AsyncFailure({ code: 9030, name: "GenericResponseError", message: "not shared" });
      return { ...item.shared, targetMailbox: item.shared.owner, targetRestUrl: "https://outlook.office.com/api" };
    });
}

function displayReplyFormFor(item: StandInItem, replyAll: boolean) {
  const call = replyAll ? "displayReplyAllForm" : "displayReplyForm";
  return (formData: string | { htmlBody?: string; callback?: AsyncCallback<unknown>; options?: object }) => {
    const htmlBody = typeof formData === "string" ? formData : (formData?.htmlBody ?? "");
    if (htmlBody.length > REPLY_FORM_LIMIT) {
      throw new Error(`Sys.ArgumentOutOfRangeException: htmlBody is limited to ${REPLY_FORM_LIMIT} characters.`);
    }
    const callback = typeof formData === "object" ? formData?.callback : undefined;
    if (callback) {
      // With a callback (Mailbox 1.9) the outcome arrives as an AsyncResult.
      const options = typeof formData === "object" ? formData.options : undefined;
      runAsync(call, [options ?? {}, callback], () => host.showReplyForm({ replyAll, htmlBody, item }));
      return;
    }
    throwIfFailing(call);
    host.showReplyForm({ replyAll, htmlBody, item });
  };
}

function readBodyOf(item: StandInItem) {
  return {
    getAsync(coercionType: unknown, ...rest: unknown[]) {
      runAsync("body.getAsync", rest, () => {
        const wanted = coercionOf(coercionType);
        const { type, content } = item.body;
        if (wanted === type) return content;
        return wanted === "text" ? textFromHtml(content) : `<div>${escapeHtml(content).replace(/\n/g, "<br>")}</div>`;
      });
    },
  };
}

function readItem(item: StandInItem) {
  const common = {
    itemType: item.kind === "appointment" ? MailboxEnums.ItemType.Appointment : MailboxEnums.ItemType.Message,
    itemClass: ITEM_CLASS[item.kind],
    itemId: item.itemId,
    subject: item.subject,
    body: readBodyOf(item),
    notificationMessages: notificationMessages(item.itemId),
    displayReplyForm: displayReplyFormFor(item, false),
    displayReplyAllForm: displayReplyFormFor(item, true),
    displayReplyFormAsync: displayReplyFormAsyncFor(item, false),
    displayReplyAllFormAsync: displayReplyFormAsyncFor(item, true),
    getSharedPropertiesAsync: getSharedPropertiesAsyncFor(item),
  };
  const meeting = item.meeting && MEETING_KINDS.has(item.kind) ? item.meeting : null;
  const meetingFacts = meeting && {
    start: new Date(meeting.start),
    end: new Date(meeting.end),
    location: meeting.location,
    requiredAttendees: item.to.map(attendee),
    optionalAttendees: item.cc.map(attendee),
    recurrence: meeting.recurrence ? recurrenceObject(meeting.recurrence) : null,
    seriesId: meeting.seriesId,
  };
  if (item.kind === "appointment") return { ...common, organizer: details(item.from, "organizer"), ...meetingFacts };
  return {
    ...common,
    from: details(item.from),
    sender: details(item.from),
    to: item.to.map((p) => details(p)),
    cc: item.cc.map((p) => details(p)),
    ...meetingFacts,
  };
}

/** Compose mode: recipients and subject only through getAsync; the body is the preview's editor. */
function composeItem(draft: ComposeDraft) {
  const property = <T>(call: string, value: () => T) => ({
    getAsync: (...rest: unknown[]) => runAsync(call, rest, value),
  });
  return {
    itemType: MailboxEnums.ItemType.Message,
    subject: property("subject.getAsync", () => draft.subject),
    from: property("from.getAsync", () => details(MAILBOX_OWNER)),
    to: property("to.getAsync", () => draft.to.map((p) => details(p))),
    cc: property("cc.getAsync", () => draft.cc.map((p) => details(p))),
    notificationMessages: notificationMessages(`draft:${draft.inReplyTo}`),
    body: {
      getAsync(coercionType: unknown, ...rest: unknown[]) {
        runAsync("body.getAsync", rest, () => host.composeBody.read(coercionOf(coercionType)));
      },
      getTypeAsync(...rest: unknown[]) {
        runAsync("body.getTypeAsync", rest, () => host.composeBody.format());
      },
      setSelectedDataAsync(data: string, ...rest: unknown[]) {
        runAsync("body.setSelectedDataAsync", rest, (options) => {
          const format = options.coercionType === undefined ? "text" : coercionOf(options.coercionType);
          if (format === "html" && host.composeBody.format() === "text")
            throw new AsyncFailure(ERRORS.htmlIntoTextBody());
          host.composeBody.insertAtCursor(String(data), format);
          return undefined;
        });
      },
    },
  };
}

function currentItem() {
  const paneItem = host.currentItem();
  if (!paneItem) return null;
  return paneItem.mode === "read" ? readItem(paneItem.item) : composeItem(paneItem.draft);
}

// ---- Mailbox, context, namespace ----

type Handler = (args: { type: string; [key: string]: unknown }) => void;
const handlers = new Map<string, Handler>();

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
};

const ROAMING_KEY = "declineAssistant.preview.roamingSettings";

function storedSettings(): Record<string, unknown> {
  try {
    return JSON.parse(window.localStorage.getItem(ROAMING_KEY) ?? "{}") as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Like Outlook's: changes stay in memory until saveAsync writes them. */
function roamingSettings() {
  const settings = storedSettings();
  return {
    get: (name: string) => settings[name],
    set: (name: string, value: unknown) => {
      settings[name] = value;
    },
    remove: (name: string) => {
      delete settings[name];
    },
    saveAsync: (...rest: unknown[]) =>
      runAsync("roamingSettings.saveAsync", rest, () => {
        try {
          window.localStorage.setItem(ROAMING_KEY, JSON.stringify(settings));
        } catch {
          throw new AsyncFailure(ERRORS.storage());
        }
        return undefined;
      }),
  };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const mailbox = {
  item: null as ReturnType<typeof currentItem>,
  userProfile: {
    displayName: MAILBOX_OWNER.name,
    emailAddress: MAILBOX_OWNER.address,
    timeZone: OWNER_TIME_ZONE,
  },
  diagnostics: { hostName: "OutlookWebApp" },
  addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]) {
    runAsync("addHandlerAsync", rest, () => {
      if (!Object.values(EventType).includes(eventType as never)) {
        throw new AsyncFailure({ code: 5012, name: "Invalid event type", message: `Unknown event type ${eventType}.` });
      }
      handlers.set(eventType, handler);
      return undefined;
    });
  },
  removeHandlerAsync(eventType: string, ...rest: unknown[]) {
    runAsync("removeHandlerAsync", rest, () => {
      handlers.delete(eventType);
      return undefined;
    });
  },
  /** EWS ids use "/" and "+"; REST ids use "-" and "_". */
  convertToRestId: (itemId: string, _restVersion: string) => itemId.replace(/\//g, "-").replace(/\+/g, "_"),
};

const context = {
  mailbox,
  displayLanguage: "en-US",
  get officeTheme() {
    return { ...THEMES[host.theme()] };
  },
  requirements: {
    isSetSupported: (name: string, minVersion = "1.1") =>
      name.toLowerCase() === "mailbox" && compareVersions(minVersion, MAILBOX_VERSION) <= 0,
  },
  roamingSettings: roamingSettings(),
};

function parentHost(): PreviewHost | null {
  try {
    return window.parent !== window ? ((window.parent as HostWindow)[HOST_GLOBAL] ?? null) : null;
  } catch {
    return null; // A parent on another origin is not the preview.
  }
}

const standalone = parentHost() ? null : createStandaloneHost(window.location.search);
const host: PreviewHost = parentHost() ?? standalone!.host;
mailbox.item = currentItem();

const unsubscribe = host.subscribe((event) => {
  if (event === "itemChanged") {
    // Outlook swaps the item first, then tells the add-in; with "ItemChanged" set to fail it does not
    // tell it at all, as a pinned pane on a meeting request meets (office-js #3470).
    mailbox.item = currentItem();
    if (!isFailing("ItemChanged")) handlers.get(EventType.ItemChanged)?.({ type: EventType.ItemChanged });
    return;
  }
  const themeHandler = handlers.get(EventType.OfficeThemeChanged);
  // An add-in that does not listen for theme changes picks the theme up when it next loads.
  if (themeHandler) themeHandler({ type: EventType.OfficeThemeChanged, officeTheme: context.officeTheme });
  else window.location.reload();
});
// The preview outlives this page when the pane reloads: stop it calling into a dead window.
window.addEventListener("pagehide", unsubscribe);

const ready = new Promise<{ host: string; platform: string }>((resolve) => {
  const settle = () => setTimeout(() => resolve({ host: HostType.Outlook, platform: PlatformType.OfficeOnline }), 0);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", settle, { once: true });
  else settle();
});

const office = {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  PlatformType,
  MailboxEnums,
  context,
  initialize: undefined as ((reason: string) => void) | undefined,
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
};

// Office calls Office.initialize, when an add-in sets it, once the host is ready.
void ready.then(() => office.initialize?.("inserted"));

/**
 * PREVIEW ONLY: `?graph=<fake Graph base URL>` (e.g. http://127.0.0.1:4010/v1.0, from
 * `npx tsx test/fakes/runFakeGraph.ts 4010`) points the pane's calendar actions at the fake Graph with
 * its fixed token, and turns them on without an app registration. `&graphTimeout=<ms>` shortens the wait.
 */
function previewGraphFromQuery(search: string): PreviewGraph | null {
  const query = new URLSearchParams(search);
  const baseUrl = query.get("graph");
  if (!baseUrl || !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(baseUrl)) return null;
  const timeoutMs = Number(query.get("graphTimeout"));
  return {
    baseUrl: /\/v1\.0\/?$/.test(baseUrl) ? baseUrl : `${baseUrl.replace(/\/+$/, "")}/v1.0`,
    tokenProvider: staticTokenProvider("fake-graph-token"),
    ...(timeoutMs > 0 ? { timeoutMs } : {}),
  };
}

const fakeGraph = previewGraphFromQuery(window.location.search);
if (fakeGraph) Object.assign(window, { [PREVIEW_GRAPH_GLOBAL]: fakeGraph });

Object.assign(window, {
  Office: office,
  // Tests and the benchmark read what a standalone pane asked Outlook to do.
  __officeStandIn: { host, record: standalone?.record ?? null, isStandIn: true },
});
