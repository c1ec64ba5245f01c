import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildReplyContext, renderReply, suggestReplies } from "../../src/core/replies";
import { OfficeCallError } from "../../src/office/errors";
import { App } from "../../src/taskpane/App";
import { coffeeInvitation, FakeAdapter } from "./fakeAdapter";

const context = buildReplyContext(coffeeInvitation, { locale: "en-US" });
const coffee = suggestReplies("coffee_chat", { locale: "en-US" });
const replyText = () => screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement;
const resetButton = () => screen.queryByRole("button", { name: "Reset to suggestion" });
const tone = (name: string) => within(screen.getByRole("radiogroup", { name: "Tone" })).getByRole("radio", { name });

async function renderApp(adapter = new FakeAdapter(coffeeInvitation)) {
  const user = userEvent.setup();
  render(<App adapter={adapter} />);
  await screen.findByRole("combobox", { name: "Category" });
  return { user, adapter };
}

async function typeAtEnd(user: ReturnType<typeof userEvent.setup>, words: string) {
  await user.click(replyText());
  await user.keyboard("{Control>}{End}{/Control}");
  await user.type(replyText(), words);
}

describe("edits in the reply box", () => {
  it("are kept per strategy and tone: switching away and back restores them", async () => {
    const { user } = await renderApp();
    expect(replyText().value).toBe(renderReply(coffee[0], "warm", context));
    expect(resetButton()).toBeNull();
    await typeAtEnd(user, " P.S. See you at the meetup.");
    const edited = replyText().value;
    expect(edited).toMatch(/P\.S\. See you at the meetup\.$/);

    // Another tone shows that tone's suggestion; back on warm, the edit is there again.
    await user.click(tone("Formal"));
    expect(replyText().value).toBe(renderReply(coffee[0], "formal", context));
    expect(resetButton()).toBeNull();
    await user.click(tone("Warm"));
    expect(replyText().value).toBe(edited);

    // The same for another strategy.
    await user.click(screen.getByRole("radio", { name: coffee[1].strategy }));
    expect(replyText().value).toBe(renderReply(coffee[1], "warm", context));
    await user.click(screen.getByRole("radio", { name: coffee[0].strategy }));
    expect(replyText().value).toBe(edited);

    // And for another category and back.
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "Sales pitch");
    expect(replyText().value).not.toBe(edited);
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "Coffee chat");
    expect(replyText().value).toBe(edited);
  });

  it("Reset to suggestion puts the suggestion back, and only then does the text follow the suggestion", async () => {
    const { user } = await renderApp();
    await typeAtEnd(user, " Edited.");
    await user.click(resetButton()!);
    expect(replyText().value).toBe(renderReply(coffee[0], "warm", context));
    expect(resetButton()).toBeNull();
    expect(document.activeElement).toBe(replyText());
  });

  it("are never replaced by the pane: the offered times fill the suggestion, not an edited text", async () => {
    const { user } = await renderApp();
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "Client gathering");
    const withSlots = suggestReplies("client_gathering", { locale: "en-US" }).find((template) =>
      /\{slot1\}/.test(template.texts.warm ?? ""),
    );
    expect(withSlots).toBeDefined();
    await user.click(screen.getByRole("radio", { name: withSlots!.strategy }));
    await user.type(screen.getByRole("textbox", { name: "First time you can offer" }), "Tuesday at 10");
    await user.type(screen.getByRole("textbox", { name: "Second time you can offer" }), "Friday at 2");
    expect(replyText().value).toMatch(/Tuesday at 10/);

    await user.clear(replyText());
    await user.type(replyText(), "My own words.");
    await user.clear(screen.getByRole("textbox", { name: "First time you can offer" }));
    await user.type(screen.getByRole("textbox", { name: "First time you can offer" }), "Monday at 9");
    expect(replyText().value).toBe("My own words.");
    await user.click(resetButton()!);
    expect(replyText().value).toMatch(/Monday at 9/);
  });

  it("survive a failed Reply, which is said once in plain words", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    adapter.failReply = new OfficeCallError("displayReplyForm", "displayReplyForm failed.");
    const { user } = await renderApp(adapter);
    await typeAtEnd(user, " Edited.");
    await user.click(screen.getByRole("button", { name: "Reply" }));
    const alert = (await screen.findByRole("alert")).textContent ?? "";
    expect(alert).toBe(
      "Outlook did not open the reply form, so nothing was sent. Your text is kept here: press Reply to try again, or Copy and paste it into a reply yourself.",
    );
    expect(replyText().value).toMatch(/Edited\.$/);
  });
});

describe("a new item", () => {
  it("puts focus on its kind when the user was working in the pane, and leaves focus alone otherwise", async () => {
    const { user, adapter } = await renderApp();
    await user.click(screen.getByRole("radio", { name: coffee[1].strategy }));
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: coffee[1].strategy }));

    act(() => adapter.selectItem({ ...coffeeInvitation, subject: "Coffee after the conference?" }));
    const kind = await screen.findByRole("heading", { name: /^Detected: / });
    expect(document.activeElement).toBe(kind);
    // The new item's draft starts with its first suggestion.
    expect(screen.getAllByRole("radio", { checked: true })[0].getAttribute("aria-label")).toBe(coffee[0].strategy);

    // Focus elsewhere (Outlook's message list): the pane does not take it.
    (document.activeElement as HTMLElement).blur();
    act(() => adapter.selectItem({ ...coffeeInvitation, subject: "One more coffee?" }));
    await screen.findByRole("heading", { name: /^Detected: / });
    expect(document.activeElement).toBe(document.body);
  });
});
