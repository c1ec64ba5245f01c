import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { classify } from "../../src/core/classifier/classify";
import { suggestReplies } from "../../src/core/replies";
import { OfficeCallError } from "../../src/office/errors";
import { App } from "../../src/taskpane/App";
import { coffeeInvitation, FakeAdapter, receipt } from "./fakeAdapter";

const replyText = () => screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement;

async function renderApp(adapter: FakeAdapter) {
  const user = userEvent.setup();
  render(<App adapter={adapter} />);
  await screen.findByRole("combobox", { name: "Category" });
  return user;
}

async function chooseCategory(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), screen.getByRole("option", { name }));
}

describe("pane states", () => {
  it("asks for a selection when a pinned pane has no item", async () => {
    render(<App adapter={new FakeAdapter(null)} />);
    expect(await screen.findByText(/Select a message/)).toBeTruthy();
  });

  it("shows why reading failed, and reads again on Try again", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    adapter.failRead = new OfficeCallError("Reading the message body (body.getAsync)", "Item not found");
    const user = userEvent.setup();
    render(<App adapter={adapter} />);
    const alert = (await screen.findByRole("alert")).textContent ?? "";
    // What failed, what to do, and Outlook's own reason, without the name of the Office call.
    expect(alert).toMatch(/could not read this item.*Try again.*Outlook's reason: Item not found\./);
    expect(alert).not.toMatch(/getAsync/);

    adapter.failRead = null;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("combobox", { name: "Category" })).toBeTruthy();
  });

  it("shows the detected category and reveals its evidence on request", async () => {
    const user = await renderApp(new FakeAdapter(coffeeInvitation));
    const detected = classify(coffeeInvitation);
    // Never shown as certain: at most 99%.
    const percent = Math.min(99, Math.round(detected.confidence * 100));
    expect(screen.getByText(new RegExp(`^Detected: .* \\(${percent}%\\)`))).toBeTruthy();
    const toggle = screen.getByRole("button", { name: "Why this category?" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("list", { name: "Evidence" })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const items = screen.getByRole("list", { name: "Evidence" }).querySelectorAll("li");
    // The reasons for the detected category only, at most six (paneDetails.test.tsx checks which).
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(Math.min(6, detected.evidence.length));
  });

  it("moves between cards with the arrow keys and picks one with Enter", async () => {
    const user = await renderApp(new FakeAdapter(coffeeInvitation));
    await chooseCategory(user, "Sales pitch");
    const templates = suggestReplies("sales_pitch", { locale: "en-US" });
    expect(templates.length).toBeGreaterThan(1);
    const cards = screen.getAllByTestId("suggestion-card");
    expect(cards.map((card) => card.tabIndex)).toEqual(cards.map((_, i) => (i === 0 ? 0 : -1)));

    cards[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cards[1]);
    expect(cards[1].getAttribute("aria-checked")).toBe("false");
    await user.keyboard("{Enter}");
    expect(cards[1].getAttribute("aria-checked")).toBe("true");
    expect(cards[0].getAttribute("aria-checked")).toBe("false");
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(document.activeElement).toBe(cards[cards.length - 1]);
  });

  it("follows the selected item and starts a fresh draft", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    const user = await renderApp(adapter);
    await chooseCategory(user, "Coffee chat");
    await user.clear(replyText());
    await user.type(replyText(), "My own words");

    act(() => adapter.selectItem({ ...coffeeInvitation, subject: "Webinar: meet our product", from: { name: "Ola Berg", address: "ola@vendor.example" } }));
    await screen.findByRole("combobox", { name: "Category" });
    expect(replyText().value).not.toBe("My own words");
    expect(screen.queryByText(/Unsent reply/)).toBeNull();

    act(() => adapter.selectItem(null));
    expect(await screen.findByText(/Select a message/)).toBeTruthy();
  });

  it("keeps an edited reply whose action failed visible after moving to another item", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    adapter.failReply = new OfficeCallError("displayReplyForm", "the item was deleted");
    const user = await renderApp(adapter);
    await chooseCategory(user, "Coffee chat");
    await user.clear(replyText());
    await user.type(replyText(), "Thanks Dana, but no.");
    await user.click(screen.getByRole("button", { name: "Reply" }));
    await screen.findByRole("alert");

    act(() => adapter.selectItem(receipt));
    expect(await screen.findByText(/Unsent reply from the previous item/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/Unsent reply from the previous item/)).toBeNull();
  });

  it("copies with the clipboard API, and by selecting the text where that is blocked", async () => {
    const user = await renderApp(new FakeAdapter(coffeeInvitation));
    await chooseCategory(user, "Coffee chat");
    const writes: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void writes.push(text) },
    });
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(writes).toEqual([replyText().value]);
    expect((await screen.findByRole("status")).textContent).toMatch(/Copied/);

    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error("NotAllowedError")) },
    });
    const commands: string[] = [];
    document.execCommand = (command: string) => {
      commands.push(command);
      return true;
    };
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(commands).toEqual(["copy"]);
    expect(document.activeElement).toBe(replyText());
    expect(replyText().selectionEnd - replyText().selectionStart).toBe(replyText().value.length);
  });

  it("takes the Office theme: dark background gives the dark theme", async () => {
    render(<App adapter={new FakeAdapter(coffeeInvitation, { dark: true, background: "#1f1f1f" })} />);
    await screen.findByRole("combobox", { name: "Category" });
    const root = document.querySelector("[data-theme]") as HTMLElement;
    expect(root.getAttribute("data-theme")).toBe("dark");
    expect(root.style.backgroundColor).toBe("rgb(31, 31, 31)");
  });
});
