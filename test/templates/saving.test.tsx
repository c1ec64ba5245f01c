import { screen, within } from "@testing-library/react";
import { defaultData, serialize, type StoredData } from "../../src/settings/schema";
import { STORE_KEY } from "../../src/settings/store";
import { MemoryRoaming } from "../settings/memoryRoaming";
import { field, fill, persisted, renderPanel } from "./harness";

/** Seven long interview templates: about 28 KB, so one more long template passes the 31 KB budget. */
function nearlyFull(): StoredData {
  const templates = Array.from({ length: 7 }, (_, i) => ({
    id: `mine-${i + 1}`,
    category: "interview" as const,
    strategy: `Long ${i + 1}`,
    whenToUse: "",
    texts: { warm: "a".repeat(4000) },
    custom: true,
  }));
  return { ...defaultData(), templates };
}

async function writeTemplate(user: ReturnType<typeof renderPanel>["user"], name: string, warm: string) {
  await user.click(screen.getByRole("button", { name: "New template" }));
  await fill(user, field.strategy(), name);
  await fill(user, field.tone("Warm"), warm);
  await user.click(screen.getByRole("button", { name: "Save" }));
}

describe("saving templates", () => {
  it("keeps the edit in the form with Outlook's size message when the store would overflow", async () => {
    const full = nearlyFull();
    const store = new MemoryRoaming({ [STORE_KEY]: serialize(full) });
    const { user, onChange } = renderPanel({ store });
    const longText = "b".repeat(4000);
    await writeTemplate(user, "One too many", longText);

    const alert = await screen.findByText(/^Your templates would take 3\d\.\d KB, more than the 31\.0 KB/);
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(within(alert.closest("[role=alert]") as HTMLElement).queryByRole("button", { name: "Retry" })).toBeNull();
    expect(field.strategy().value).toBe("One too many");
    expect(field.tone("Warm").value).toBe(longText);
    expect(persisted(store)).toEqual(full);
    expect(onChange).not.toHaveBeenCalled();

    // Shortened, the same edit goes in.
    await fill(user, field.tone("Warm"), "Short enough.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("“One too many” is saved.");
    expect(persisted(store)!.templates).toHaveLength(8);
  });

  it("keeps the edit when Outlook fails to save, and Retry saves it", async () => {
    const store = new MemoryRoaming();
    store.failNextSaves = 1;
    const { user, onChange } = renderPanel({ store });
    await writeTemplate(user, "Try me twice", "Hi {firstName}, no thanks.");

    const alert = (await screen.findByText(/^Outlook could not save your templates \(The server is unavailable\)/)).closest(
      "[role=alert]",
    ) as HTMLElement;
    expect(field.strategy().value).toBe("Try me twice");
    expect(persisted(store)).toBeUndefined();

    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByText("“Try me twice” is saved.");
    expect(persisted(store)!.templates.map((t) => t.strategy)).toEqual(["Try me twice"]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe("settings", () => {
  it("saves every setting, after a failed first try, with Retry", async () => {
    const store = new MemoryRoaming();
    const { user, onChange } = renderPanel({ store, mailboxName: "Joanna Smith" });
    await user.click(screen.getByRole("tab", { name: "Settings" }));

    const name = screen.getByRole("textbox", { name: "Name to sign with" });
    expect(name.getAttribute("placeholder")).toBe("Joanna Smith");
    await user.type(name, "  Jo Smith ");
    await user.click(screen.getByRole("combobox", { name: "Default tone" }));
    await user.click(screen.getByRole("option", { name: "Formal" }));
    await user.click(screen.getByRole("radio", { name: "Reply all" }));
    await user.click(screen.getByRole("checkbox", { name: "Tick “Also decline in my calendar” to start with" }));
    const notify = screen.getByRole("switch", { name: "Notify the organizer when declining in the calendar" });
    expect((notify as HTMLInputElement).checked).toBe(true);
    await user.click(notify);
    // The ribbon's one-click decline is off by default and needs one-click decline, which this build lacks.
    const ribbon = screen.getByRole("switch", { name: "“Decline with message” on the ribbon declines in one click" });
    expect((ribbon as HTMLInputElement).checked).toBe(false);
    expect((ribbon as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/^Needs one-click decline/)).toBeTruthy();

    store.failNextSaves = 1;
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    const alert = (await screen.findByText(/^Outlook could not save your templates/)).closest("[role=alert]") as HTMLElement;
    expect(persisted(store)).toBeUndefined();
    expect((name as HTMLInputElement).value).toBe("  Jo Smith ");

    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByText("Your settings are saved.");
    expect(persisted(store)!.settings).toEqual({
      signatureName: "Jo Smith",
      defaultTone: "formal",
      defaultAction: "replyAll",
      alsoDeclineInCalendar: true,
      notifyOrganizer: false,
      ribbonDeclines: false,
    });
    expect(onChange).toHaveBeenLastCalledWith(persisted(store));
  });

  it("signs the preview with the saved name", async () => {
    const store = new MemoryRoaming({
      [STORE_KEY]: serialize({ ...defaultData(), settings: { ...defaultData().settings, signatureName: "Jo" } }),
    });
    const { user } = renderPanel({ store });
    await user.click(screen.getByRole("button", { name: "New template" }));
    await fill(user, field.tone("Warm"), "No, sorry. {myName}");
    expect(screen.getByTestId("template-preview").textContent).toBe("No, sorry. Jo");
  });
});

describe("loading", () => {
  it("says once that damaged data was set aside", async () => {
    const store = new MemoryRoaming({ [STORE_KEY]: "{ this is not JSON" });
    const first = renderPanel({ store });
    const notice = screen.getByText(/^Your saved templates and settings were damaged, so they were set aside/);
    expect(notice.closest("[role=status]")).not.toBeNull();
    first.view.unmount();

    renderPanel({ store });
    expect(screen.queryByText(/were damaged/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Templates and settings" })).toBeTruthy();
  });
});
