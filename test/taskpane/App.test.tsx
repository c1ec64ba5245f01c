import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildReplyContext, renderReply, replyHtml, suggestReplies } from "../../src/core/replies";
import { OfficeCallError } from "../../src/office/errors";
import { App } from "../../src/taskpane/App";
import { coffeeInvitation, FakeAdapter, receipt } from "./fakeAdapter";

const context = buildReplyContext(coffeeInvitation, { locale: "en-US" });

function cardNames(): string[] {
  return screen.getAllByTestId("suggestion-card").map((card) => card.getAttribute("aria-label") ?? "");
}

async function chooseCategory(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), screen.getByRole("option", { name }));
}

async function renderApp(adapter: FakeAdapter) {
  const user = userEvent.setup();
  render(<App adapter={adapter} />);
  await screen.findByRole("combobox", { name: "Category" });
  return user;
}

describe("task pane", () => {
  it("shows the suggestions of the category the user picks", async () => {
    const user = await renderApp(new FakeAdapter(coffeeInvitation));
    await chooseCategory(user, "Sales pitch");
    expect(cardNames()).toEqual(suggestReplies("sales_pitch", { locale: "en-US" }).map((t) => t.strategy));
    await chooseCategory(user, "Speaking request");
    const speaking = suggestReplies("speaking_request", { locale: "en-US" });
    expect(cardNames()).toEqual(speaking.map((t) => t.strategy));
    expect(screen.getByRole("textbox", { name: "Reply text" })).toHaveProperty(
      "value",
      renderReply(speaking[0], "warm", context),
    );
  });

  it("opens the reply form with the chosen suggestion as HTML", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    const user = await renderApp(adapter);
    await chooseCategory(user, "Coffee chat");
    const templates = suggestReplies("coffee_chat", { locale: "en-US" });
    const chosen = templates[templates.length - 1];
    await user.click(screen.getByRole("radio", { name: chosen.strategy }));
    expect(screen.getByRole("radio", { name: chosen.strategy }).getAttribute("aria-checked")).toBe("true");

    await user.click(screen.getByRole("button", { name: "Reply" }));
    expect(adapter.replies).toEqual([{ html: replyHtml(renderReply(chosen, "warm", context)), all: false }]);
    expect(adapter.replies[0].html).toMatch(/^<p>Hi Dana,<\/p><p>[^<]+<\/p>/);
    expect((await screen.findByRole("status")).textContent).toMatch(/reply form is open/i);

    await user.click(screen.getByRole("button", { name: "Reply all" }));
    expect(adapter.replies[1].all).toBe(true);
  });

  it("keeps the edited text on screen with an alert when the reply form fails", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    adapter.failReply = new OfficeCallError("displayReplyForm", "the item was moved");
    const user = await renderApp(adapter);
    await chooseCategory(user, "Coffee chat");
    const textbox = screen.getByRole("textbox", { name: "Reply text" });
    await user.clear(textbox);
    await user.type(textbox, "Sorry Dana, not this month.");

    await user.click(screen.getByRole("button", { name: "Reply" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/did not open/);
    expect(alert.textContent).toMatch(/the item was moved/);
    expect(textbox).toHaveProperty("value", "Sorry Dana, not this month.");
    expect(screen.getByRole("button", { name: "Copy" }).hasAttribute("disabled")).toBe(false);
  });

  it("rewrites the reply in the tone the user switches to", async () => {
    const user = await renderApp(new FakeAdapter(coffeeInvitation));
    await chooseCategory(user, "Coffee chat");
    const first = suggestReplies("coffee_chat", { locale: "en-US" })[0];
    const textbox = screen.getByRole("textbox", { name: "Reply text" });
    const warm = (textbox as HTMLTextAreaElement).value;

    await user.click(within(screen.getByRole("radiogroup", { name: "Tone" })).getByRole("radio", { name: "Formal" }));
    expect(textbox).toHaveProperty("value", renderReply(first, "formal", context));
    expect((textbox as HTMLTextAreaElement).value).not.toBe(warm);
  });

  it("offers Insert at cursor in compose mode and inserts the text", async () => {
    const adapter = new FakeAdapter({ ...coffeeInvitation, mode: "compose" });
    const user = await renderApp(adapter);
    await chooseCategory(user, "Coffee chat");
    expect(screen.queryByRole("button", { name: "Reply" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Insert at cursor" }));
    const text = (screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement).value;
    expect(adapter.insertions).toEqual([text]);
    expect(text).not.toBe("");
  });

  it("lets the user pick a category for a mail that is not an invitation", async () => {
    const user = await renderApp(new FakeAdapter(receipt));
    expect(screen.getByText(/doesn't look like an invitation/).isConnected).toBe(true);
    expect(screen.queryAllByTestId("suggestion-card")).toHaveLength(0);

    await chooseCategory(user, "Networking event");
    expect(cardNames()).toEqual(suggestReplies("networking_event", { locale: "en-US" }).map((t) => t.strategy));
  });

  it("says there is nothing to decline for a cancelled meeting", async () => {
    render(<App adapter={new FakeAdapter({ ...coffeeInvitation, kind: "meetingCancellation" })} />);
    expect((await screen.findByText(/meeting was cancelled/)).isConnected).toBe(true);
    expect(screen.queryByRole("combobox", { name: "Category" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reply" })).toBeNull();
  });
});
