import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import axe from "axe-core";
import { field, persisted, renderPanel } from "./harness";

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached. */
async function tabTo(user: UserEvent, target: HTMLElement, backwards = false): Promise<void> {
  for (let presses = 0; presses < 25 && document.activeElement !== target; presses++) {
    await user.tab({ shift: backwards });
  }
  expect(document.activeElement).toBe(target);
}

it("creates a template with the keyboard alone, placeholder included", async () => {
  const { user, store } = renderPanel();
  await tabTo(user, screen.getByRole("button", { name: "New template" }));
  await user.keyboard("{Enter}");
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: "New template" }));

  await tabTo(user, field.strategy());
  await user.keyboard("Keyboard only");
  await tabTo(user, field.tone("Warm"));
  await user.keyboard("Hi ,");
  await user.keyboard("{ArrowLeft}");
  const insertFirstName = screen.getByRole("button", { name: "Insert {firstName} (Sender's first name)" });
  await tabTo(user, insertFirstName, true);
  await user.keyboard("{Enter}");
  expect(field.tone("Warm").value).toBe("Hi {firstName},");
  expect(document.activeElement).toBe(field.tone("Warm"));

  await tabTo(user, screen.getByRole("button", { name: "Save" }));
  await user.keyboard("{Enter}");
  await screen.findByText("“Keyboard only” is saved.");
  expect(persisted(store)!.templates.map((t) => t.texts.warm)).toEqual(["Hi {firstName},"]);
});

describe("axe (rules that do not need layout)", () => {
  async function violations(): Promise<string[]> {
    const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    // Guards against a run that checked nothing: named buttons are on every view.
    expect(result.passes.map((rule) => rule.id)).toContain("button-name");
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  it("finds nothing in the list, the editor or the settings", async () => {
    const { user } = renderPanel();
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "New template" }));
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("tab", { name: "Export and import" }));
    expect(await violations()).toEqual([]);
  });
});
