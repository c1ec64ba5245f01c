import { replyHtml } from "../../src/core/replies";
import { ItemChangedError, OfficeCallError, ReplyTooLongError, ReplyUnconfirmedError } from "../../src/office/errors";
import { toLocalIso } from "../../src/office/localIso";
import { createOfficeAdapter, REPLY_FORM_HTML_LIMIT } from "../../src/office/officeAdapter";
import { MemoryRoaming } from "../settings/memoryRoaming";
import { asyncProperty, failed, mockOffice, readableBody, succeeded, swapItemSilently } from "./mockOffice";

const organizer = { displayName: "Priya Raman", emailAddress: "Priya.Raman@Fabrikam.com" };
const start = new Date(2026, 2, 10, 18, 30);
const end = new Date(2026, 2, 10, 20, 0);

/** A 1.1 reply form that opens and says so through ReplyFormData's callback, as Outlook does. */
const replyForm =
  (opened: Array<{ htmlBody: string }>) => (data: { htmlBody: string; callback?: (r: unknown) => void }) => {
    opened.push({ htmlBody: data.htmlBody });
    data.callback?.(succeeded(undefined));
  };

const message = (extra: Record<string, unknown> = {}) => ({
  itemType: "message",
  itemClass: "IPM.Note",
  subject: "Coffee next week?",
  body: readableBody("Hi Dana, could we grab a coffee?"),
  from: { displayName: "Lena Brooks", emailAddress: "Lena.Brooks@Gmail.com" },
  sender: { displayName: "Lena Brooks", emailAddress: "Lena.Brooks@Gmail.com" },
  to: [{ displayName: "Dana Whitfield", emailAddress: "Dana.Whitfield@Northwind-Advisory.com" }],
  cc: [{ displayName: "Sam Carter", emailAddress: "SAM@example.org" }],
  displayReplyForm: replyForm([]),
  displayReplyAllForm: replyForm([]),
  ...extra,
});

const meetingRequest = (extra: Record<string, unknown> = {}) =>
  message({
    itemClass: "IPM.Schedule.Meeting.Request",
    subject: "Client dinner",
    from: organizer,
    sender: organizer,
    start,
    end,
    location: "Ibarra residence",
    ...extra,
  });

describe("reading the current item", () => {
  it("reads a message into a plain Invitation", async () => {
    const requested: unknown[] = [];
    // Noon, so the local calendar day is the same in every time zone the tests may run in.
    const created = new Date(2026, 2, 9, 12, 0);
    const adapter = createOfficeAdapter(
      mockOffice({ item: { ...message({ body: readableBody("Hi Dana", requested) }), dateTimeCreated: created } }),
    );
    const invitation = await adapter.readCurrent();
    expect(invitation).toEqual({
      kind: "message",
      mode: "read",
      subject: "Coffee next week?",
      body: "Hi Dana",
      from: { name: "Lena Brooks", address: "lena.brooks@gmail.com" },
      to: [{ name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" }],
      cc: [{ name: "Sam Carter", address: "sam@example.org" }],
      me: { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" },
      start: null,
      end: null,
      location: "",
      recurring: false,
      // The day "tomorrow" or "next Tuesday" in the body is read against.
      sent: "2026-03-09",
    });
    expect(requested).toEqual(["text"]);
  });

  it("reads a meeting request with its times, place and recurrence", async () => {
    const office = mockOffice({ item: meetingRequest({ recurrence: { recurrenceType: "weekly" } }) });
    const invitation = await createOfficeAdapter(office).readCurrent();
    expect(invitation).toMatchObject({
      kind: "meetingRequest",
      from: { name: "Priya Raman", address: "priya.raman@fabrikam.com" },
      start: toLocalIso(start),
      end: toLocalIso(end),
      location: "Ibarra residence",
      recurring: true,
    });
  });

  it("does not read recurrence where Mailbox 1.7 is missing, but still trusts a series id", async () => {
    const withRecurrence = mockOffice({
      item: meetingRequest({ recurrence: { recurrenceType: "weekly" } }),
      mailbox17: false,
    });
    expect((await createOfficeAdapter(withRecurrence).readCurrent())?.recurring).toBe(false);
    const occurrence = mockOffice({ item: meetingRequest({ seriesId: "AAMk-series" }), mailbox17: false });
    expect((await createOfficeAdapter(occurrence).readCurrent())?.recurring).toBe(true);
  });

  it.each([
    ["IPM.Schedule.Meeting.Canceled", "meetingCancellation"],
    ["IPM.Schedule.Meeting.Resp.Pos", "meetingResponse"],
    ["IPM.Schedule.Meeting.Resp.Tent", "meetingResponse"],
  ])("recognises %s as %s", async (itemClass, kind) => {
    const invitation = await createOfficeAdapter(mockOffice({ item: meetingRequest({ itemClass }) })).readCurrent();
    expect(invitation?.kind).toBe(kind);
  });

  it("reads an appointment from the attendee's side: organizer and attendees", async () => {
    const appointment = {
      itemType: "appointment",
      itemClass: "IPM.Appointment",
      subject: "Quarterly planning",
      body: readableBody("Join on Teams"),
      organizer,
      requiredAttendees: [{ displayName: "Dana Whitfield", emailAddress: "dana.whitfield@northwind-advisory.com" }],
      optionalAttendees: [{ displayName: "Omar Haddad", emailAddress: "Omar@Fabrikam.com" }],
      start,
      end,
      location: "Room 4",
    };
    const invitation = await createOfficeAdapter(mockOffice({ item: appointment })).readCurrent();
    expect(invitation).toMatchObject({
      kind: "appointment",
      from: { name: "Priya Raman", address: "priya.raman@fabrikam.com" },
      to: [{ name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" }],
      cc: [{ name: "Omar Haddad", address: "omar@fabrikam.com" }],
      start: toLocalIso(start),
      location: "Room 4",
    });
  });

  it("reads a reply being written with at most three Office calls at once, as Outlook on the web allows", async () => {
    let inFlight = 0;
    let most = 0;
    /** Like Outlook on the web: a fourth call while three run fails, and answers come later. */
    const webCall = (value: unknown) => (callback: (r: unknown) => void) => {
      if (inFlight >= 3) {
        callback(failed(9041, "Too many concurrent calls"));
        return;
      }
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        callback(succeeded(value));
      }, 5);
    };
    const compose = {
      itemType: "message",
      subject: { getAsync: webCall("RE: Coffee next week?") },
      body: {
        getAsync: (_type: unknown, callback: (r: unknown) => void) => webCall("> could we grab a coffee?")(callback),
      },
      to: { getAsync: webCall([{ displayName: "Lena Brooks", emailAddress: "lena@gmail.com" }]) },
      cc: { getAsync: webCall([{ displayName: "Sam Carter", emailAddress: "sam@example.org" }]) },
    };
    const invitation = await createOfficeAdapter(mockOffice({ item: compose })).readCurrent();
    expect(most).toBe(3);
    expect(invitation).toMatchObject({
      subject: "RE: Coffee next week?",
      body: "> could we grab a coffee?",
      to: [{ name: "Lena Brooks", address: "lena@gmail.com" }],
      cc: [{ name: "Sam Carter", address: "sam@example.org" }],
    });
  });

  it("learns the owner and the delegate's rights for an item in a shared mailbox (Mailbox 1.8)", async () => {
    const shared = (delegatePermissions: number) =>
      meetingRequest({
        getSharedPropertiesAsync: (callback: (r: unknown) => void) =>
          callback(succeeded({ owner: "Events@Contoso.com", delegatePermissions, targetMailbox: "events" })),
      });
    // Read (1) + Write (2): may respond. Read only: may not.
    expect(await createOfficeAdapter(mockOffice({ item: shared(3) })).sharedMailbox?.()).toEqual({
      owner: "events@contoso.com",
      canRespond: true,
    });
    expect(await createOfficeAdapter(mockOffice({ item: shared(1) })).sharedMailbox?.()).toEqual({
      owner: "events@contoso.com",
      canRespond: false,
    });
    // Before 1.8, and for the user's own items (Outlook answers with a failure), there is no shared mailbox.
    expect(await createOfficeAdapter(mockOffice({ item: shared(3), maxMailbox: "1.7" })).sharedMailbox?.()).toBeNull();
    const own = meetingRequest({
      getSharedPropertiesAsync: (cb: (r: unknown) => void) => cb(failed(9030, "not shared")),
    });
    expect(await createOfficeAdapter(mockOffice({ item: own })).sharedMailbox?.()).toBeNull();
  });

  it("reads a reply being written, tolerating fields that fail to load", async () => {
    const compose = {
      itemType: "message",
      subject: asyncProperty(succeeded("RE: Coffee next week?")),
      body: {
        getAsync: (_type: unknown, callback: (r: unknown) => void) => callback(succeeded("> could we grab a coffee?")),
      },
      to: asyncProperty(succeeded([{ displayName: "Lena Brooks", emailAddress: "Lena.Brooks@Gmail.com" }])),
      cc: asyncProperty(failed(9017, "Internal error")),
    };
    const invitation = await createOfficeAdapter(mockOffice({ item: compose })).readCurrent();
    expect(invitation).toMatchObject({
      kind: "message",
      mode: "compose",
      subject: "RE: Coffee next week?",
      body: "> could we grab a coffee?",
      from: { name: "Lena Brooks", address: "lena.brooks@gmail.com" },
      cc: [],
    });
  });

  it("names the failed call when the body cannot be read", async () => {
    const item = message({
      body: { getAsync: (_type: unknown, callback: (r: unknown) => void) => callback(failed(9002, "Item not found")) },
    });
    const reading = createOfficeAdapter(mockOffice({ item })).readCurrent();
    await expect(reading).rejects.toBeInstanceOf(OfficeCallError);
    await expect(reading).rejects.toThrow(/body\.getAsync.*Item not found/);
  });

  it("answers null when no item is selected", async () => {
    expect(await createOfficeAdapter(mockOffice({ item: null })).readCurrent()).toBeNull();
  });
});

describe("actions", () => {
  it("opens the reply or reply-all form with the HTML and waits for the 1.1 callback to say it opened", async () => {
    const replies: Array<{ htmlBody: string }> = [];
    const repliesToAll: Array<{ htmlBody: string }> = [];
    const item = message({ displayReplyForm: replyForm(replies), displayReplyAllForm: replyForm(repliesToAll) });
    const adapter = createOfficeAdapter(mockOffice({ item, mailbox17: false }));
    await adapter.openReply("<p>No, thank you.</p>", { all: false });
    await adapter.openReply("<p>No to all.</p>", { all: true });
    expect(replies).toEqual([{ htmlBody: "<p>No, thank you.</p>" }]);
    expect(repliesToAll).toEqual([{ htmlBody: "<p>No to all.</p>" }]);
  });

  it("uses displayReplyFormAsync where Mailbox 1.9 is supported, and reports its failure", async () => {
    const legacy: Array<{ htmlBody: string }> = [];
    const asyncForms: unknown[] = [];
    const item = message({
      displayReplyForm: replyForm(legacy),
      displayReplyFormAsync: (data: unknown, callback: (r: unknown) => void) => {
        asyncForms.push(data);
        // office-js #6905: the new Outlook with several accounts answers this way.
        callback(failed(9002, "ErrorNonExistentMailbox"));
      },
    });
    const opening = createOfficeAdapter(mockOffice({ item })).openReply("<p>No</p>", { all: false });
    await expect(opening).rejects.toBeInstanceOf(OfficeCallError);
    await expect(opening).rejects.toThrow(/displayReplyFormAsync failed: ErrorNonExistentMailbox/);
    expect(asyncForms).toEqual([{ htmlBody: "<p>No</p>" }]);
    expect(legacy).toEqual([]);
  });

  it("reports a failure the 1.1 callback gives, on hosts before 1.9", async () => {
    const item = message({
      displayReplyForm: (data: { callback: (r: unknown) => void }) => data.callback(failed(9020, "Reply not possible")),
      displayReplyFormAsync: () => {
        throw new Error("must not be called where 1.9 is not supported");
      },
    });
    const office = mockOffice({ item, maxMailbox: "1.8" });
    await expect(createOfficeAdapter(office).openReply("<p>No</p>", { all: false })).rejects.toThrow(
      /displayReplyForm failed: Reply not possible/,
    );
  });

  it("says the outcome is unknown when the host never answers the 1.1 callback", async () => {
    const item = message({ displayReplyForm: () => undefined });
    const adapter = createOfficeAdapter(mockOffice({ item, mailbox17: false }), { replyConfirmMs: 30 });
    await expect(adapter.openReply("<p>No</p>", { all: false })).rejects.toBeInstanceOf(ReplyUnconfirmedError);
  });

  it("acts on nothing when the selection moved since the read without ItemChanged, and asks for a re-read", async () => {
    const opened: Array<{ htmlBody: string }> = [];
    const office = mockOffice({ item: message({ itemId: "AAMk/first=", displayReplyForm: replyForm(opened) }) });
    const adapter = createOfficeAdapter(office);
    const changes: unknown[] = [];
    await adapter.onItemChanged((change) => changes.push(change)).catch(() => undefined);
    expect((await adapter.readCurrent())?.itemId).toBe("AAMk/first=");

    // office-js #3470: a pinned pane moves to a meeting request and ItemChanged never fires.
    swapItemSilently(office, meetingRequest({ itemId: "AAMk/second=", displayReplyForm: replyForm(opened) }));
    await expect(adapter.openReply("<p>No</p>", { all: false })).rejects.toBeInstanceOf(ItemChangedError);
    await expect(adapter.insertAtCursor("No")).rejects.toBeInstanceOf(ItemChangedError);
    expect(() => adapter.checkShownItem?.()).toThrow(ItemChangedError);
    expect(opened).toEqual([]);
    expect(changes[0]).toEqual({ missed: true });

    expect((await adapter.readCurrent())?.subject).toBe("Client dinner");
    await adapter.openReply("<p>No</p>", { all: false });
    expect(opened).toEqual([{ htmlBody: "<p>No</p>" }]);
  });

  it("turns a throwing reply form into an error that names it", async () => {
    const item = message({
      displayReplyForm: () => {
        throw new Error("The operation is not supported");
      },
    });
    await expect(createOfficeAdapter(mockOffice({ item })).openReply("<p>x</p>", { all: false })).rejects.toThrow(
      "displayReplyForm failed: The operation is not supported",
    );
  });

  it("refuses HTML over the reply form's limit instead of cutting it", async () => {
    let opened = false;
    const item = message({ displayReplyForm: () => (opened = true) });
    const tooLong = `<p>${"a".repeat(REPLY_FORM_HTML_LIMIT)}</p>`;
    await expect(createOfficeAdapter(mockOffice({ item })).openReply(tooLong, { all: false })).rejects.toBeInstanceOf(
      ReplyTooLongError,
    );
    expect(opened).toBe(false);
  });

  it("counts the reply form's limit in UTF-8 bytes, so accented text under 32 K characters is still refused", async () => {
    const forms: Array<{ htmlBody: string }> = [];
    const item = message({ displayReplyForm: replyForm(forms) });
    const adapter = createOfficeAdapter(mockOffice({ item }));
    // "é" is one UTF-16 unit but two bytes: 7 + 2 × 16,380 = 32,767 bytes fits, one more "é" does not.
    const fits = `<p>${"é".repeat(16_380)}</p>`;
    const over = `<p>${"é".repeat(16_381)}</p>`;
    expect(over.length).toBeLessThan(32 * 1024);
    await adapter.openReply(fits, { all: false });
    const refusal = adapter.openReply(over, { all: false });
    await expect(refusal).rejects.toBeInstanceOf(ReplyTooLongError);
    await expect(refusal).rejects.toMatchObject({ size: 32_769, limit: 32 * 1024 });
    expect(forms.map((form) => form.htmlBody)).toEqual([fits]);
  });

  const composeBody = (
    bodyType: string,
    inserted: Array<[string, unknown]>,
    result: unknown = succeeded(undefined),
  ) => ({
    getAsync: (_t: unknown, callback: (r: unknown) => void) => callback(succeeded("")),
    getTypeAsync: (callback: (r: unknown) => void) => callback(succeeded(bodyType)),
    setSelectedDataAsync: (data: string, options: { coercionType: unknown }, callback: (r: unknown) => void) => {
      inserted.push([data, options.coercionType]);
      callback(result);
    },
  });

  it.each([
    ["html", replyHtml("Hi Lena,\n\nNot this time <sorry>.")],
    ["text", "Hi Lena,\n\nNot this time <sorry>."],
  ])("inserts at the cursor in the body's own format (%s)", async (bodyType, expected) => {
    const inserted: Array<[string, unknown]> = [];
    const item = {
      itemType: "message",
      subject: asyncProperty(succeeded("RE")),
      body: composeBody(bodyType, inserted),
    };
    await createOfficeAdapter(mockOffice({ item })).insertAtCursor("Hi Lena,\n\nNot this time <sorry>.");
    expect(inserted).toEqual([[expected, bodyType]]);
  });

  it("reports a failed insertion", async () => {
    const inserted: Array<[string, unknown]> = [];
    const body = composeBody("html", inserted, failed(5001, "An internal error has occurred."));
    const item = { itemType: "message", subject: asyncProperty(succeeded("RE")), body };
    await expect(createOfficeAdapter(mockOffice({ item })).insertAtCursor("No")).rejects.toThrow(
      /setSelectedDataAsync failed: An internal error/,
    );
  });
});

describe("events and theme", () => {
  it("re-reads after ItemChanged, when the new selection may be empty", async () => {
    const handlers: Array<[unknown, () => void]> = [];
    const office = mockOffice({
      item: message(),
      mailboxExtras: {
        addHandlerAsync: (type: unknown, handler: () => void, callback: (r: unknown) => void) => {
          handlers.push([type, handler]);
          callback(succeeded(undefined));
        },
      },
    });
    let changes = 0;
    await createOfficeAdapter(office).onItemChanged(() => changes++);
    expect(handlers.map(([type]) => type)).toEqual(["olkItemSelectedChanged"]);
    handlers[0][1]();
    expect(changes).toBe(1);
  });

  it("rejects when the ItemChanged handler cannot be registered", async () => {
    const office = mockOffice({
      item: message(),
      mailboxExtras: {
        addHandlerAsync: (_t: unknown, _h: unknown, callback: (r: unknown) => void) => callback(failed(5000, "nope")),
      },
    });
    await expect(createOfficeAdapter(office).onItemChanged(() => undefined)).rejects.toThrow(/ItemChanged.*nope/);
  });

  it("follows a dark Office theme and keeps its background", () => {
    const dark = createOfficeAdapter(
      mockOffice({ item: message(), officeTheme: { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" } }),
    );
    expect(dark.theme()).toEqual({ dark: true, background: "#1F1F1F", foreground: "#FFFFFF" });
    const light = createOfficeAdapter(mockOffice({ item: message(), officeTheme: { bodyBackgroundColor: "#FFFFFF" } }));
    expect(light.theme().dark).toBe(false);
    expect(createOfficeAdapter(mockOffice({ item: message() })).theme()).toEqual({ dark: false });
  });
});

describe("what personal templates need", () => {
  it("hands over roamingSettings and the mailbox owner's name, or says there are none", () => {
    const office = mockOffice({ item: message(), userProfile: { emailAddress: "a@b.c", displayName: "Ana Lima" } });
    const withoutStore = createOfficeAdapter(office);
    expect(withoutStore.roamingSettings?.()).toBeNull();
    expect(withoutStore.mailboxName?.()).toBe("Ana Lima");

    const store = new MemoryRoaming({ declineAssistant: "{}" });
    const withStore = createOfficeAdapter({ ...office, context: { ...office.context, roamingSettings: store } });
    expect(withStore.roamingSettings?.()).toBe(store);
  });
});

describe("toLocalIso", () => {
  const instant = new Date(Date.UTC(2026, 2, 10, 23, 45, 5));

  it.each([
    [0, "2026-03-10T23:45:05+00:00"],
    [60, "2026-03-11T00:45:05+01:00"],
    [330, "2026-03-11T05:15:05+05:30"],
    [-150, "2026-03-10T21:15:05-02:30"],
    [-480, "2026-03-10T15:45:05-08:00"],
  ])("writes the wall clock at offset %i minutes", (offset, expected) => {
    const iso = toLocalIso(instant, offset);
    expect(iso).toBe(expected);
    expect(Date.parse(iso)).toBe(instant.getTime());
  });

  it("uses the runtime's own zone by default", () => {
    const iso = toLocalIso(start);
    expect(Date.parse(iso)).toBe(start.getTime());
    expect(iso.slice(11, 16)).toBe("18:30");
  });
});
