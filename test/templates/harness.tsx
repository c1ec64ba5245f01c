import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import type { CategoryId } from "../../src/core/categories";
import type { Invitation } from "../../src/core/invitation";
import { STORE_KEY } from "../../src/settings/store";
import type { StoredData } from "../../src/settings/schema";
import TemplatesAndSettings from "../../src/taskpane/templates";
import { MemoryRoaming } from "../settings/memoryRoaming";

// jsdom lays nothing out: offsetParent is always null and the body measures 0 × 0, so tabster
// (Fluent's focus manager) takes every element for invisible, and a Dialog can neither move focus
// in nor stay visible to queries. Give elements the offsetParent a browser would (null only inside
// a hidden subtree) and the body a window's size.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.closest("[hidden]") ? null : this.parentElement;
  },
});
document.body.getBoundingClientRect = () => new DOMRect(0, 0, 1024, 768);

// The first role query over a Fluent tree compiles jsdom's style cascade once (about 3 s); later ones are fast.
// A ceiling, not a wait: axe over the panel and typed input take minutes on a machine loaded several times over.
jest.setTimeout(120_000);

/** What is persisted in the roaming store (as another device would load it), or undefined. */
export function persisted(store: MemoryRoaming): StoredData | undefined {
  const raw = store.persisted.get(STORE_KEY);
  return typeof raw === "string" ? (JSON.parse(raw) as StoredData) : undefined;
}

/** The list opens on Coffee chat unless told otherwise: a small tree keeps jsdom's role queries fast. */
export function renderPanel(
  options: { store?: MemoryRoaming; invitation?: Invitation | null; mailboxName?: string; category?: CategoryId } = {},
) {
  const store = options.store ?? new MemoryRoaming();
  const onChange = jest.fn<void, [StoredData]>();
  const onClose = jest.fn<void, []>();
  // Skips user-event's CSS pointer-events walk: Fluent's hundreds of rules make jsdom's cascade slow.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesAndSettings
        store={store}
        invitation={options.invitation ?? null}
        mailboxName={options.mailboxName ?? "Joanna Smith"}
        onClose={onClose}
        onChange={onChange}
        category={"category" in options ? options.category : "coffee_chat"}
      />
    </FluentProvider>,
  );
  return { store, onChange, onClose, user, view };
}

/** The list item of a template, found by its strategy label (first match across categories). */
export function templateItem(name: string): HTMLElement {
  return screen.getAllByRole("listitem", { name })[0];
}

export function itemButton(name: string, action: "Edit" | "Duplicate" | "Delete"): HTMLElement {
  return within(templateItem(name)).getByRole("button", { name: `${action} ${name}` });
}

/** Narrows the list to one category, so labels shared across categories are unambiguous. */
export async function showCategory(user: UserEvent, category: string): Promise<void> {
  await user.click(screen.getByRole("combobox", { name: "Show templates for" }));
  await user.click(screen.getByRole("option", { name: category }));
}

/** The editor's fields, by their labels. */
export const field = {
  strategy: () => screen.getByRole("textbox", { name: "Strategy label" }) as HTMLInputElement,
  whenToUse: () => screen.getByRole("textbox", { name: "When to use" }) as HTMLInputElement,
  tone: (tone: "Warm" | "Brief" | "Formal") => screen.getByRole("textbox", { name: `${tone} text` }) as HTMLTextAreaElement,
};

/** Replaces a field's content as a user would: select all, then paste (paste keeps "{" literal). */
export async function fill(user: UserEvent, element: HTMLElement, text: string): Promise<void> {
  await user.clear(element);
  if (text) {
    await user.click(element);
    await user.paste(text);
  }
}
