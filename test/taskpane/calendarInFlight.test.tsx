/**
 * While a decline is on its way to Graph the calendar controls cannot be pressed again: the real pane
 * and Graph client against the fake Graph server, whose decline request is left without an answer.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { FAKE_IDS, type FakeGraph, startFakeGraph } from "../fakes/graphServer";
import { calendarPaneProps, dinnerInvitation, MeetingAdapter } from "./calendarHarness";

let fake: FakeGraph;
beforeEach(async () => {
  fake = await startFakeGraph();
});
afterEach(() => fake.close());

async function renderPane() {
  const adapter = new MeetingAdapter(dinnerInvitation, FAKE_IDS.messageSingle);
  render(<App {...calendarPaneProps(adapter, fake)} />);
  const region = await screen.findByRole("region", { name: "Calendar" });
  await within(region).findByRole("button", { name: "Decline and send" });
  return within(region);
}

const isDisabled = (element: HTMLElement) => (element as HTMLButtonElement | HTMLInputElement).disabled;

it("disables the calendar controls while a decline is in flight, and gives them back after the timeout", async () => {
  const user = userEvent.setup();
  const calendar = await renderPane();
  await user.click(calendar.getByRole("button", { name: "Decline and send" }));
  const confirm = await calendar.findByRole("button", { name: "Confirm decline" });
  fake.inject({ kind: "hang", method: "POST" });
  await user.click(confirm);

  await calendar.findByText("Declining in your calendar…");
  expect(isDisabled(calendar.getByRole("button", { name: "Confirm decline" }))).toBe(true);
  expect(isDisabled(calendar.getByRole("button", { name: "Cancel" }))).toBe(true);
  expect(isDisabled(calendar.getByRole("checkbox", { name: "Also decline in my calendar" }))).toBe(true);
  // A second press while the first is under way sends nothing more.
  await user.click(calendar.getByRole("button", { name: "Confirm decline" }));
  expect(fake.state.requests.filter((r) => r.method === "POST")).toHaveLength(1);

  // The harness's Graph client gives up after 1 s: the controls come back and nothing was declined.
  await calendar.findByText(/did not confirm the decline/, {}, { timeout: 5000 });
  expect(isDisabled(calendar.getByRole("button", { name: "Check my calendar and try again" }))).toBe(false);
  expect(isDisabled(calendar.getByRole("checkbox", { name: "Also decline in my calendar" }))).toBe(false);
  expect(fake.state.declines).toHaveLength(0);
});
