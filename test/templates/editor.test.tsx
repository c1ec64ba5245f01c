import { screen, waitFor, within } from "@testing-library/react";
import { emptyInvitation } from "../../src/core/invitation";
import { suggestReplies } from "../../src/core/replies";
import { field, fill, itemButton, persisted, renderPanel, templateItem } from "./harness";

const coffeeBuiltIn = suggestReplies("coffee_chat")[0];

describe("creating a template", () => {
  it("saves a new template to roaming settings and lists it as yours", async () => {
    const { user, store, onChange } = renderPanel();
    await user.click(screen.getByRole("button", { name: "New template" }));
    await user.click(screen.getByRole("combobox", { name: "Template category" }));
    await user.click(screen.getByRole("option", { name: "Interview" }));
    await fill(user, field.strategy(), "Not looking right now");
    await fill(user, field.whenToUse(), "A recruiter writes out of the blue.");
    await fill(user, field.tone("Brief"), "Thanks {firstName}, I'm happy where I am.");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByText("“Not looking right now” is saved.");
    const stored = persisted(store)!;
    expect(stored.templates).toEqual([
      expect.objectContaining({
        category: "interview",
        strategy: "Not looking right now",
        whenToUse: "A recruiter writes out of the blue.",
        texts: { brief: "Thanks {firstName}, I'm happy where I am." },
      }),
    ]);
    expect(onChange).toHaveBeenLastCalledWith(stored);
    expect(within(templateItem("Not looking right now")).getByText("Yours")).toBeTruthy();
    // Focus comes back to the new template's Edit button, so keyboard users are not lost.
    expect(document.activeElement).toBe(itemButton("Not looking right now", "Edit"));
  });

  it("asks for a label and a text before saving anything", async () => {
    const { user, store } = renderPanel();
    await user.click(screen.getByRole("button", { name: "New template" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText("Give the template a strategy label.")).toBeTruthy();
    expect(screen.getByText("Write the reply in at least one tone.")).toBeTruthy();
    expect(document.activeElement).toBe(field.strategy());
    expect(persisted(store)).toBeUndefined();
  });
});

describe("built-in templates", () => {
  it("stores an edited built-in under its own id, and Restore brings the original back", async () => {
    const { user, store } = renderPanel();
    expect(within(templateItem(coffeeBuiltIn.strategy)).getByText("Built-in")).toBeTruthy();
    await user.click(itemButton(coffeeBuiltIn.strategy, "Edit"));
    expect(screen.getByRole("combobox", { name: "Template category" }).hasAttribute("disabled")).toBe(true);
    await fill(user, field.strategy(), "Calendar is full");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByText("“Calendar is full” is saved.");
    expect(persisted(store)!.templates).toEqual([
      expect.objectContaining({ id: coffeeBuiltIn.id, strategy: "Calendar is full", category: "coffee_chat" }),
    ]);
    expect(within(templateItem("Calendar is full")).getByText("Built-in, edited")).toBeTruthy();
    expect(screen.queryByRole("listitem", { name: coffeeBuiltIn.strategy })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Restore built-in templates" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Restore the built-in templates?" });
    await user.click(await within(dialog).findByRole("button", { name: "Restore" }));
    await screen.findByText("The built-in templates are restored.");
    expect(persisted(store)!.templates).toEqual([]);
    // Found once the dialog has closed and the rest of the panel is back in the accessibility tree.
    expect(await screen.findByRole("listitem", { name: coffeeBuiltIn.strategy })).toBeTruthy();
  });

  it("hides a deleted built-in after confirmation", async () => {
    const { user, store } = renderPanel();
    await user.click(itemButton(coffeeBuiltIn.strategy, "Delete"));
    const dialog = await screen.findByRole("alertdialog", { name: `Delete “${coffeeBuiltIn.strategy}”?` });
    await user.click(await within(dialog).findByRole("button", { name: "Delete" }));

    await screen.findByText(`“${coffeeBuiltIn.strategy}” was deleted.`);
    expect(persisted(store)!.hiddenBuiltIns).toEqual([coffeeBuiltIn.id]);
    expect(screen.queryByRole("listitem", { name: coffeeBuiltIn.strategy })).toBeNull();
  });

  it("duplicates a built-in into a template of your own, leaving the original", async () => {
    const { user, store } = renderPanel();
    await user.click(itemButton(coffeeBuiltIn.strategy, "Duplicate"));
    expect(field.strategy().value).toBe(`${coffeeBuiltIn.strategy} (copy)`);
    expect(field.tone("Formal").value).toBe(coffeeBuiltIn.texts.formal);
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByText(`“${coffeeBuiltIn.strategy} (copy)” is saved.`);
    const copy = persisted(store)!.templates[0];
    expect(copy.id).not.toBe(coffeeBuiltIn.id);
    expect(copy.texts).toEqual(coffeeBuiltIn.texts);
    expect(within(templateItem(`${coffeeBuiltIn.strategy} (copy)`)).getByText("Yours")).toBeTruthy();
    expect(within(templateItem(coffeeBuiltIn.strategy)).getByText("Built-in")).toBeTruthy();
  });

  it("stars a template so it shows first for its category", async () => {
    const { user, store } = renderPanel();
    const star = screen.getByRole("button", { name: `Show “${coffeeBuiltIn.strategy}” first for its category` });
    expect(star.getAttribute("aria-pressed")).toBe("false");
    await user.click(star);
    await waitFor(() => expect(persisted(store)?.starred).toEqual([coffeeBuiltIn.id]));
    expect(star.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("placeholders", () => {
  it("flags an unknown placeholder as it is typed and blocks Save with a clear message", async () => {
    const { user, store } = renderPanel();
    await user.click(screen.getByRole("button", { name: "New template" }));
    await fill(user, field.strategy(), "Typo");
    await fill(user, field.tone("Warm"), "Hi {fistName}, thanks!");
    expect(screen.getByText(/\{fistName\} is not a placeholder this add-in knows/)).toBeTruthy();
    expect(field.tone("Warm").getAttribute("aria-invalid")).toBe("true");

    await user.click(screen.getByRole("button", { name: "Save" }));
    const alerts = screen.getAllByRole("alert").map((alert) => alert.textContent);
    expect(alerts).toContainEqual(expect.stringMatching(/^Nothing was saved: 1 problem needs fixing first/));
    expect(document.activeElement).toBe(field.tone("Warm"));
    expect(persisted(store)).toBeUndefined();

    await fill(user, field.tone("Warm"), "Hi {firstName}, thanks!");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("“Typo” is saved.");
  });

  it("inserts a placeholder from the picker at the caret of the focused tone", async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole("button", { name: "New template" }));
    const brief = field.tone("Brief");
    await fill(user, brief, "Thanks , but no.");
    brief.setSelectionRange(7, 7);
    const picker = screen.getByRole("toolbar", { name: "Insert a placeholder into the Brief text" });
    await user.click(within(picker).getByRole("button", { name: "Insert {firstName} (Sender's first name)" }));

    expect(brief.value).toBe("Thanks {firstName}, but no.");
    expect(field.tone("Warm").value).toBe("");
    expect(document.activeElement).toBe(brief);
    expect(brief.selectionStart).toBe("Thanks {firstName}".length);
  });
});

describe("live preview", () => {
  it("fills the template from the open invitation", async () => {
    const invitation = emptyInvitation({
      from: { name: "Priya Raman", address: "priya@example.com" },
      me: { name: "Joanna Smith", address: "joanna@example.com" },
    });
    const { user } = renderPanel({ invitation });
    await user.click(screen.getByRole("button", { name: "New template" }));
    await fill(user, field.tone("Warm"), "Hi {firstName},\n\nNot this time.\n\n{myFirstName}");
    const preview = screen.getByTestId("template-preview");
    expect(preview.textContent).toBe("Hi Priya,\n\nNot this time.\n\nJoanna");
    expect(screen.getByText("Filled in from the open invitation.")).toBeTruthy();
  });

  it("uses a neutral example when no invitation is open", async () => {
    const { user } = renderPanel({ invitation: null });
    await user.click(screen.getByRole("button", { name: "New template" }));
    await fill(user, field.tone("Formal"), "Dear {firstName}, no. {myName}");
    expect(screen.getByTestId("template-preview").textContent).toBe("Dear Sam, no. Joanna Smith");
    expect(screen.getByText("No invitation is open, so an example fills it in.")).toBeTruthy();
  });
});
