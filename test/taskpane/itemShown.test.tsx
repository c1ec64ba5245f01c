/**
 * The pane over the real Office adapter (office-addin-mock) and the real Graph client against the fake
 * Graph: a reply form that fails (through Mailbox 1.9's AsyncResult or the 1.1 callback) keeps the text
 * and declines nothing; a selection that moved without ItemChanged is re-read and shown, never acted on.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import type { OfficeApi } from "../../src/office/officeApi";
import { App } from "../../src/taskpane/App";
import { FAKE_IDS, type FakeGraph, startFakeGraph } from "../fakes/graphServer";
import { failed, mockOffice, readableBody, succeeded, swapItemSilently } from "../office/mockOffice";
import { calendarPaneProps } from "./calendarHarness";

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph();
});
afterEach(() => fake.close());

type Callback = (result: unknown) => void;

const dinner = (extra: Record<string, unknown> = {}) => ({
  itemType: "message",
  itemClass: "IPM.Schedule.Meeting.Request",
  // The mock has no RestVersion, so the adapter hands Graph this id as it is.
  itemId: FAKE_IDS.messageSingle,
  subject: "Quarterly client dinner",
  body: readableBody(
    "Hi Dana,\n\nWe're hosting our quarterly client dinner at The Ivy on Thursday and would love you to join us. " +
      "Drinks from 6.30pm, dinner at 7.\n\nBest,\nDerek",
  ),
  from: { displayName: "Derek Hall", emailAddress: "derek.hall@contoso.com" },
  sender: { displayName: "Derek Hall", emailAddress: "derek.hall@contoso.com" },
  to: [{ displayName: "Dana Whitfield", emailAddress: "dana.whitfield@northwind-advisory.com" }],
  cc: [],
  start: new Date("2026-03-12T18:30:00Z"),
  end: new Date("2026-03-12T21:00:00Z"),
  location: "The Ivy",
  ...extra,
});

const coffee = (opened: string[]) => ({
  itemType: "message",
  itemClass: "IPM.Note",
  itemId: FAKE_IDS.messagePlain,
  subject: "Coffee next week? Would love to pick your brain",
  body: readableBody("Hi Dana, could we grab a coffee next week so I can pick your brain about product management?"),
  from: { displayName: "Lena Brooks", emailAddress: "lena@gmail.com" },
  sender: { displayName: "Lena Brooks", emailAddress: "lena@gmail.com" },
  to: [{ displayName: "Dana Whitfield", emailAddress: "dana.whitfield@northwind-advisory.com" }],
  cc: [],
  displayReplyForm: (form: { htmlBody: string; callback?: Callback }) => {
    opened.push(form.htmlBody);
    form.callback?.(succeeded(undefined));
  },
});

async function renderPane(office: OfficeApi) {
  const user = userEvent.setup();
  render(<App {...calendarPaneProps(createOfficeAdapter(office), fake)} />);
  await screen.findByRole("textbox", { name: "Reply text" });
  const region = await screen.findByRole("region", { name: "Calendar" });
  await within(region).findByRole("button", { name: "Decline and send" });
  return { user, calendar: within(region) };
}

const replyText = () => (screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement).value;

describe("the reply form's own result", () => {
  it("keeps the text and declines nothing when displayReplyFormAsync reports a failure (Mailbox 1.9)", async () => {
    const item = dinner({
      displayReplyFormAsync: (_form: unknown, callback: Callback) =>
        callback(failed(9002, "ErrorNonExistentMailbox: the mailbox does not exist")),
    });
    const { user } = await renderPane(mockOffice({ item }));
    const before = replyText();
    await user.click(screen.getByRole("button", { name: "Reply" }));
    const alert = await screen.findByText(/^The reply form did not open, so nothing was sent\./);
    expect(alert.textContent).toMatch(/ErrorNonExistentMailbox/);
    expect(replyText()).toBe(before);
    expect(fake.state.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("keeps the text and declines nothing when the 1.1 callback reports a failure", async () => {
    const item = dinner({
      displayReplyForm: (form: { callback?: Callback }) =>
        form.callback?.(failed(9020, "The reply could not be shown")),
    });
    const { user } = await renderPane(mockOffice({ item, maxMailbox: "1.8" }));
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await screen.findByText(/^The reply form did not open.*The reply could not be shown/);
    expect(fake.state.declines).toHaveLength(0);
  });
});

describe("the item the pane shows", () => {
  it("re-reads and shows the newly selected item instead of replying to it, when ItemChanged never came", async () => {
    const opened: string[] = [];
    const office = mockOffice({ item: dinner() });
    const { user } = await renderPane(office);
    await user.type(screen.getByRole("textbox", { name: "Reply text" }), " (edited)");
    const edited = replyText();

    // office-js #3470: the pinned pane moved to another item without telling the add-in.
    swapItemSilently(office, coffee(opened));
    await user.click(screen.getByRole("button", { name: "Reply" }));

    await screen.findByText("The selected message changed, so nothing was done to it. Here it is.");
    await screen.findByText(/^Detected: Coffee chat/);
    expect(screen.queryByRole("region", { name: "Calendar" })).toBeNull();
    expect(opened).toEqual([]);
    // The edited text for the other item is not lost.
    expect(screen.getByText("Unsent reply from the previous item")).toBeTruthy();
    expect(edited).toMatch(/\(edited\)$/);
    expect(fake.state.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("prepares no decline for an item the pane does not show", async () => {
    const office = mockOffice({ item: dinner() });
    const { user, calendar } = await renderPane(office);
    swapItemSilently(office, coffee([]));
    const readsBefore = fake.state.requests.length;
    await user.click(calendar.getByRole("button", { name: "Decline and send" }));
    await screen.findByText("The selected message changed, so nothing was done to it. Here it is.");
    await waitFor(() => expect(screen.queryByRole("region", { name: "Calendar" })).toBeNull());
    expect(fake.state.requests.length).toBe(readsBefore);
  });
});
