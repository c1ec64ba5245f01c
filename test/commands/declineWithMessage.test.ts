/**
 * The ribbon's one click against a typed fake of the Office edge (item, roaming settings, notification
 * bar) and the real Graph client talking to the fake Graph server over HTTP.
 */
import { classify } from "../../src/core/classifier/classify";
import { buildReplyContext, renderReply, replyHtml, suggestReplies } from "../../src/core/replies";
import type { Invitation } from "../../src/core/invitation";
import {
  type CommandOffice,
  type CommandOptions,
  declineWithMessageUsing,
  NOTIFICATION_KEY,
  NOTIFICATION_LIMIT,
  type NotificationDetails,
} from "../../src/commands/declineCommand";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { defaultData } from "../../src/settings/schema";
import { declineWithMessage, registerCommands } from "../../src/commands/commands";
import { ribbonResponseFor } from "../../src/settings/ribbonResponse";
import { STORE_KEY } from "../../src/settings/store";
import { FAKE_IDS } from "../fakes/graphServer";
import { type Harness, startHarness } from "../graph/harness";

const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    RestVersion: { v2_0: "v2.0" },
    ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage" },
  },
};

type Result = { status: string; value?: unknown; error?: { code: number; name: string; message: string } };
type Callback = (result: Result) => void;

interface ItemSpec {
  itemId: string;
  itemClass: string;
  subject: string;
  body: string;
  from: { displayName: string; emailAddress: string };
  start?: Date;
  end?: Date;
  recurrence?: object | null;
}

const dinnerInvitation: ItemSpec = {
  itemId: "AAMkAGE1/msg+dinner=",
  itemClass: "IPM.Schedule.Meeting.Request",
  subject: "Quarterly client dinner",
  body:
    "Hi Dana,\n\nWe're hosting our quarterly client dinner at The Ivy on Thursday and would love you to join " +
    "us. Drinks from 6.30pm, dinner at 7.\n\nBest,\nDerek",
  from: { displayName: "Derek Hall", emailAddress: "derek.hall@contoso.com" },
  start: new Date("2026-03-12T18:30:00Z"),
  end: new Date("2026-03-12T21:00:00Z"),
};

const standupInvitation: ItemSpec = {
  itemId: "AAMkAGE1/msg+standup=",
  itemClass: "IPM.Schedule.Meeting.Request",
  subject: "Weekly standup",
  body: "Hi all,\n\nA short weekly meeting every Monday to go through project status and blockers.\n\nDerek",
  from: { displayName: "Derek Hall", emailAddress: "derek.hall@contoso.com" },
  start: new Date("2026-03-02T09:15:00Z"),
  end: new Date("2026-03-02T09:30:00Z"),
  recurrence: { recurrenceType: "weekly" },
};

const receipt: ItemSpec = {
  itemId: "AAMkAGE1/msg+newsletter=",
  itemClass: "IPM.Note",
  subject: "Your receipt for order 88213",
  body: "Thank you for your purchase. Order 88213 has shipped. Total charged: $42.10. Tracking number 1Z999.",
  from: { displayName: "Shop", emailAddress: "orders@shop.example" },
};

/** What Outlook was asked to do. */
interface Recorded {
  replyForms: { html: string; all: boolean }[];
  notifications: { key: string; details: NotificationDetails }[];
}

interface FakeOptions {
  settings?: Partial<ReturnType<typeof defaultData>["settings"]>;
  failReplyForm?: boolean;
  failBody?: boolean;
  failNotification?: boolean;
}

function fakeOffice(spec: ItemSpec, options: FakeOptions = {}): { office: CommandOffice; recorded: Recorded } {
  const recorded: Recorded = { replyForms: [], notifications: [] };
  const roaming = new Map<string, unknown>();
  if (options.settings) {
    const data = defaultData();
    roaming.set(STORE_KEY, JSON.stringify({ ...data, settings: { ...data.settings, ...options.settings } }));
  }
  // Outlook answers through ReplyFormData's callback (Mailbox 1.1) whether the form opened.
  const replyForm = (all: boolean) => (form: { htmlBody: string; callback?: Callback }) => {
    if (options.failReplyForm) {
      form.callback?.({
        status: "failed",
        error: { code: 9002, name: "ErrorNonExistentMailbox", message: "The mailbox does not exist." },
      });
      return;
    }
    recorded.replyForms.push({ html: form.htmlBody, all });
    form.callback?.({ status: "succeeded" });
  };
  const item = {
    itemType: "message",
    itemClass: spec.itemClass,
    itemId: spec.itemId,
    subject: spec.subject,
    from: spec.from,
    sender: spec.from,
    to: [{ displayName: "Dana Whitfield", emailAddress: "dana.whitfield@northwind-advisory.com" }],
    cc: [],
    start: spec.start,
    end: spec.end,
    location: "",
    recurrence: spec.recurrence ?? null,
    body: {
      getAsync(_coercion: unknown, callback: Callback) {
        callback(
          options.failBody
            ? { status: "failed", error: { code: 9020, name: "GenericResponseError", message: "Body unavailable." } }
            : { status: "succeeded", value: spec.body },
        );
      },
    },
    displayReplyForm: replyForm(false),
    displayReplyAllForm: replyForm(true),
    notificationMessages: {
      replaceAsync(key: string, details: NotificationDetails, callback?: Callback) {
        // Outlook's own checks: these throw rather than report through the callback.
        if (details.message.length > NOTIFICATION_LIMIT) throw new Error("message is longer than 150 characters");
        if (details.type !== "informationalMessage" && (details.icon || details.persistent !== undefined)) {
          throw new Error("icon and persistent apply only to informational messages");
        }
        if (options.failNotification) throw new Error("notifications are unavailable");
        recorded.notifications.push({ key, details });
        callback?.({ status: "succeeded" });
      },
    },
  };
  const office = {
    ...ENUMS,
    context: {
      displayLanguage: "en-GB",
      requirements: { isSetSupported: () => true },
      mailbox: {
        item,
        userProfile: { displayName: "Dana Whitfield", emailAddress: "dana.whitfield@northwind-advisory.com" },
        diagnostics: { hostName: "OutlookWebApp" },
        convertToRestId: (id: string) => id.replace(/\//g, "-").replace(/\+/g, "_"),
      },
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => void roaming.set(name, value),
        remove: (name: string) => void roaming.delete(name),
        saveAsync: (callback?: (result: { status: unknown }) => void) => callback?.({ status: "succeeded" }),
      },
    },
  } as unknown as CommandOffice;
  return { office, recorded };
}

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(() => harness.fake.close());

function run(office: CommandOffice, calendarConfigured = true, extra: Partial<CommandOptions> = {}) {
  const event = { completed: jest.fn() };
  const outcome = declineWithMessageUsing(
    { office, calendarConfigured: () => calendarConfigured, connect: async () => harness.service(), ...extra },
    event,
  );
  return { event, outcome };
}

async function topSuggestionText(office: CommandOffice): Promise<string> {
  const invitation = await invitationOf(office);
  const { category, followUp } = classify(invitation);
  const top = suggestReplies(category, { followUp, locale: "en-GB" })[0];
  return renderReply(top, "warm", buildReplyContext(invitation, { locale: "en-GB" }));
}

async function invitationOf(office: CommandOffice): Promise<Invitation> {
  const invitation = await createOfficeAdapter(office).readCurrent();
  if (!invitation) throw new Error("no item");
  return invitation;
}

describe("declineWithMessage", () => {
  it("opens the reply form with the top suggestion in the user's default tone and reports it", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { defaultTone: "formal" } });
    const { event, outcome } = run(office);
    await outcome;

    const invitation = await invitationOf(office);
    const { category, followUp } = classify(invitation);
    const top = suggestReplies(category, { followUp, locale: "en-GB" })[0];
    const expected = renderReply(top, "formal", buildReplyContext(invitation, { locale: "en-GB" }));
    expect(recorded.replyForms).toEqual([{ html: replyHtml(expected), all: false }]);
    expect(recorded.notifications).toHaveLength(1);
    expect(recorded.notifications[0].key).toBe(NOTIFICATION_KEY);
    expect(recorded.notifications[0].details).toMatchObject({ type: "informationalMessage", persistent: false });
    expect(recorded.notifications[0].details.message).toMatch(/^Reply opened/);
    // "Also decline" is off by default: Graph is never asked.
    expect(harness.fake.state.requests).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("never touches the calendar by default, even with the pane's 'Also decline' ticked in the settings", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { alsoDeclineInCalendar: true } });
    const said = await run(office).outcome;
    expect(recorded.replyForms).toHaveLength(1);
    expect(said.message).toMatch(/^Reply opened .*Your calendar was not changed\.$/);
    expect(harness.fake.state.requests).toHaveLength(0);
  });

  it("with the ribbon setting on, declines once with the top suggestion as the response and opens no reply", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { ribbonDeclines: true } });
    const { event, outcome } = run(office);
    const said = await outcome;
    const text = await topSuggestionText(office);

    expect(recorded.replyForms).toEqual([]);
    expect(harness.fake.state.declines).toEqual([
      { eventId: FAKE_IDS.single, body: { sendResponse: true, comment: text.trim() } },
    ]);
    expect(said.kind).toBe("informational");
    expect(said.message).toMatch(/^Declined; Derek Hall was sent: “/);
    expect(said.message.length).toBeLessThanOrEqual(NOTIFICATION_LIMIT);
    expect(recorded.notifications[0].details.message).toBe(said.message);
    // The pane, opened on this item, shows the whole text.
    const stored = ribbonResponseFor(office.context.roamingSettings ?? null, dinnerInvitation.itemId);
    expect(stored).toMatchObject({ itemId: dinnerInvitation.itemId, text });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("declines a series invitation as the series, as Outlook's own Decline does", async () => {
    const { office } = fakeOffice(standupInvitation, { settings: { ribbonDeclines: true } });
    await run(office).outcome;
    expect(harness.fake.state.declines.map((d) => d.eventId)).toEqual([FAKE_IDS.seriesMaster]);
  });

  it("opens the reply instead, saying so, when the setting is on but no app registration is configured", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { ribbonDeclines: true } });
    const said = await run(office, false).outcome;
    expect(recorded.replyForms).toHaveLength(1);
    expect(said.message).toMatch(/Your calendar was not changed\. Calendar decline is off\.$/);
    expect(harness.fake.state.requests).toHaveLength(0);
  });

  it("reports a refused decline as an error saying nothing was declined or sent", async () => {
    harness.fake.inject({ kind: "403", method: "POST" });
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { ribbonDeclines: true } });
    const { event, outcome } = run(office);
    const said = await outcome;
    expect(recorded.replyForms).toHaveLength(0);
    expect(harness.fake.state.declines).toHaveLength(0);
    expect(said.kind).toBe("error");
    expect(said.message).toMatch(/^The meeting was NOT declined and nothing was sent.*Calendars\.ReadWrite/);
    expect(recorded.notifications[0].details).toEqual({ type: "errorMessage", message: said.message });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes with a notification after the sign-in limit when sign-in never finishes, and declines nothing later", async () => {
    let signedIn: (() => void) | undefined;
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { ribbonDeclines: true } });
    const { event, outcome } = run(office, true, {
      signInLimitMs: 50,
      // A sign-in window the user ignores: the connection waits until the test lets it go.
      connect: () => new Promise((resolve) => (signedIn = () => resolve(harness.service()))),
    });
    const said = await outcome;
    expect(said).toEqual({
      kind: "error",
      message: "Signing in took too long, so nothing was declined or sent. Open Decline Assistant's pane to try again.",
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(recorded.notifications[0].details.message).toBe(said.message);
    signedIn?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(harness.fake.state.declines).toHaveLength(0);
  });

  it("uses Reply all when that is the user's default action", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { settings: { defaultAction: "replyAll" } });
    await run(office).outcome;
    expect(recorded.replyForms.map((form) => form.all)).toEqual([true]);
  });

  it("opens nothing for an item that is not an invitation, and says so", async () => {
    const { office, recorded } = fakeOffice(receipt, { settings: { alsoDeclineInCalendar: true } });
    const { event, outcome } = run(office);
    const said = await outcome;
    expect(recorded.replyForms).toHaveLength(0);
    expect(said).toEqual({ kind: "informational", message: expect.stringMatching(/doesn't look like an invitation/) });
    expect(harness.fake.state.requests).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a reply form that failed through its callback, and does not touch the calendar", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, {
      settings: { alsoDeclineInCalendar: true },
      failReplyForm: true,
    });
    const said = await run(office).outcome;
    expect(said.kind).toBe("error");
    expect(said.message).toMatch(/^No reply was opened .* your calendar was not changed\.$/);
    expect(harness.fake.state.requests).toHaveLength(0);
    expect(recorded.notifications).toHaveLength(1);
  });

  it("reports an item it cannot read, and still completes", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { failBody: true });
    const { event, outcome } = run(office);
    const said = await outcome;
    expect(said.kind).toBe("error");
    expect(said.message).toMatch(/could not read this item, so nothing was done/);
    expect(recorded.replyForms).toHaveLength(0);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the notification bar refuses the message", async () => {
    const { office, recorded } = fakeOffice(dinnerInvitation, { failNotification: true });
    const { event, outcome } = run(office);
    await outcome;
    expect(recorded.replyForms).toHaveLength(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the function file", () => {
  it("associates the command only once Office is ready", async () => {
    let ready: (() => void) | undefined;
    const associate = jest.fn();
    const host = { onReady: () => new Promise<void>((resolve) => (ready = resolve)), actions: { associate } };
    const registered = registerCommands(host);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(associate).not.toHaveBeenCalled();
    ready?.();
    await registered;
    expect(associate).toHaveBeenCalledWith("declineWithMessage", declineWithMessage);
  });
});
