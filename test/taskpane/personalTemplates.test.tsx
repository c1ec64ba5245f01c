/**
 * The pane with the user's stored templates and settings (roamingSettings), as Outlook would hand
 * them over at start, and the "Templates and settings" panel's saves reaching the suggestions.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { buildReplyContext, renderReply, suggestReplies } from "../../src/core/replies";
import type { ReplyTemplate } from "../../src/core/replies/types";
import { defaultData, type StoredData, type UserSettings } from "../../src/settings/schema";
import { SET_ASIDE_KEY, STORE_KEY } from "../../src/settings/store";
import { App } from "../../src/taskpane/App";
import { MemoryRoaming } from "../settings/memoryRoaming";
import { coffeeInvitation, FakeAdapter } from "./fakeAdapter";

// The panel's first role queries compile jsdom's style cascade for Fluent (a few seconds).
jest.setTimeout(120_000);

const builtIns = suggestReplies("coffee_chat", { locale: "en-US" });

const mine: ReplyTemplate = {
  id: "user.coffee-later",
  category: "coffee_chat",
  strategy: "Maybe next quarter",
  whenToUse: "Someone I do want to meet, later.",
  texts: { warm: "Hi {firstName}, next quarter would suit me better. {myName}" },
};

function stored(changes: Partial<Omit<StoredData, "settings">> & { settings?: Partial<UserSettings> } = {}) {
  const base = defaultData();
  const data: StoredData = { ...base, ...changes, settings: { ...base.settings, ...changes.settings } };
  return new MemoryRoaming({ [STORE_KEY]: JSON.stringify(data) });
}

async function renderPane(roaming: MemoryRoaming) {
  const adapter = new FakeAdapter(coffeeInvitation);
  adapter.roaming = roaming;
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<App adapter={adapter} />);
  await screen.findByRole("combobox", { name: "Category" });
  return { adapter, user };
}

const cards = () => screen.getAllByTestId("suggestion-card");
const cardNames = () => cards().map((card) => card.getAttribute("aria-label"));
const marksOf = (name: string) => within(screen.getByRole("radio", { name })).queryByTestId("card-marks")?.textContent;
const replyText = () => (screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement).value;

describe("personal templates in the pane", () => {
  it("shows the user's own template among the suggestions, marked as theirs, and only theirs", async () => {
    await renderPane(stored({ templates: [mine] }));
    expect(cardNames()).toContain("Maybe next quarter");
    expect(marksOf("Maybe next quarter")).toBe("Yours");
    for (const builtIn of builtIns) expect(marksOf(builtIn.strategy)).toBeUndefined();
    expect(screen.getByRole("radio", { name: "Maybe next quarter" }).getAttribute("aria-describedby")).toContain(
      screen.getByTestId("card-marks").id,
    );
  });

  it("puts a starred template first and marks it", async () => {
    const last = builtIns[builtIns.length - 2];
    await renderPane(stored({ templates: [mine], starred: [last.id] }));
    expect(cardNames()[0]).toBe(last.strategy);
    expect(marksOf(last.strategy)).toBe("Starred");
    expect(cards()[0].getAttribute("aria-checked")).toBe("true");
    expect(replyText()).toBe(renderReply(last, "warm", buildReplyContext(coffeeInvitation, { locale: "en-US" })));
  });

  it("drops built-ins the user deleted and marks the ones they edited", async () => {
    const [first, second] = builtIns;
    const edited = { ...second, texts: { warm: "Edited: not now, {firstName}." } };
    await renderPane(stored({ templates: [edited], hiddenBuiltIns: [first.id] }));
    expect(cardNames()).not.toContain(first.strategy);
    expect(marksOf(second.strategy)).toBe("Edited by you");
  });

  it("signs with the signature setting and starts in the default tone", async () => {
    await renderPane(stored({ settings: { signatureName: "S. Carter, Contoso", defaultTone: "formal" } }));
    expect(screen.getByRole("radio", { name: "Formal" })).toHaveProperty("checked", true);
    const context = buildReplyContext(coffeeInvitation, { locale: "en-US", signatureName: "S. Carter, Contoso" });
    expect(replyText()).toBe(renderReply(builtIns[0], "formal", context));
    expect(replyText()).toContain("S. Carter, Contoso");
    expect(replyText()).not.toContain("Sam Carter");
  });

  it("shows the default action as the primary button", async () => {
    await renderPane(stored({ settings: { defaultAction: "replyAll" } }));
    // Fluent marks the appearance only by its generated classes: the two others look alike, the default differs.
    const look = (name: string) => screen.getByRole("button", { name }).className;
    expect(look("Reply")).toBe(look("Copy"));
    expect(look("Reply all")).not.toBe(look("Reply"));
  });

  it("says once that damaged data was set aside, and runs on the defaults", async () => {
    const roaming = new MemoryRoaming({ [STORE_KEY]: "{not json" });
    await renderPane(roaming);
    const notice = screen.getByText(/were damaged, so they were set aside/);
    expect(notice.closest("[role=status]")).toBeTruthy();
    expect(cardNames()).toEqual(builtIns.map((template) => template.strategy));
    expect(roaming.get(SET_ASIDE_KEY)).toBe("{not json");

    // Opening the panel hands the notice over to it; after that it is not said again.
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const panelButton = screen.getByRole("button", { name: "Templates and settings" });
    await user.click(panelButton);
    await screen.findByRole("tab", { name: "Templates" }, { timeout: 10_000 });
    expect(screen.getAllByText(/were damaged, so they were set aside/)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Close templates and settings" }));
    await user.click(panelButton);
    await screen.findByRole("tab", { name: "Templates" });
    expect(screen.queryByText(/were damaged, so they were set aside/)).toBeNull();
  });

  it("refreshes the suggestions as soon as the panel saves a star", async () => {
    const { user } = await renderPane(stored({ templates: [mine] }));
    const target = builtIns[2].strategy;
    await user.click(screen.getByRole("button", { name: "Templates and settings" }));
    const star = await screen.findByRole("button", { name: `Show “${target}” first for its category` }, { timeout: 10_000 });
    await user.click(star);
    await screen.findByText(`“${target}” now comes first for its category.`);
    await user.click(screen.getByRole("button", { name: "Close templates and settings" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Templates and settings" }));
    expect(cardNames()[0]).toBe(target);
    expect(marksOf(target)).toBe("Starred");
  });
});
