import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import type { OfficeAdapter, PaneTheme } from "../../src/office/adapter";
import { MemoryRoaming } from "../settings/memoryRoaming";

/**
 * Stands in for Outlook at the adapter boundary: it records what the pane asked Outlook to do
 * and lets a test fail those calls or switch the selected item.
 */
export class FakeAdapter implements OfficeAdapter {
  current: Invitation | null;
  replies: Array<{ html: string; all: boolean }> = [];
  insertions: string[] = [];
  failReply: Error | null = null;
  failInsert: Error | null = null;
  failRead: Error | null = null;
  /** The user's roaming settings: empty unless a test stores templates or settings first. */
  roaming = new MemoryRoaming();
  private itemChanged: (() => void) | null = null;

  constructor(
    invitation: Invitation | null,
    private readonly paneTheme: PaneTheme = { dark: false },
  ) {
    this.current = invitation;
  }

  /** How often the pane asked Office for the item. */
  reads = 0;

  async readCurrent() {
    this.reads++;
    if (this.failRead) throw this.failRead;
    return this.current;
  }
  async openReply(html: string, options: { all: boolean }) {
    if (this.failReply) throw this.failReply;
    this.replies.push({ html, all: options.all });
  }
  async insertAtCursor(text: string) {
    if (this.failInsert) throw this.failInsert;
    this.insertions.push(text);
  }
  async onItemChanged(handler: () => void) {
    this.itemChanged = handler;
    return () => (this.itemChanged = null);
  }
  /** What Outlook does when the user selects another item in a pinned pane. */
  selectItem(invitation: Invitation | null) {
    this.current = invitation;
    this.itemChanged?.();
  }
  theme() {
    return this.paneTheme;
  }
  async onThemeChanged() {
    return () => undefined;
  }
  locale() {
    return "en-US";
  }
  roamingSettings() {
    return this.roaming;
  }
  mailboxName() {
    return this.current?.me?.name ?? "";
  }
}

export const coffeeInvitation = emptyInvitation({
  subject: "Coffee next week? Would love to pick your brain",
  body:
    "Hi Sam,\n\nI'm Dana, a friend of Priya's. Could we grab a coffee next week so I can pick your brain " +
    "about moving into product management? Happy to meet wherever suits you.\n\nThanks,\nDana",
  from: { name: "Dana Whitfield", address: "dana@gmail.com" },
  to: [{ name: "Sam Carter", address: "sam@contoso.com" }],
  me: { name: "Sam Carter", address: "sam@contoso.com" },
});

export const receipt = emptyInvitation({
  subject: "Your receipt for order 88213",
  body: "Thank you for your purchase. Order 88213 has shipped. Total charged: $42.10. Tracking number 1Z999.",
  from: { name: "Shop", address: "orders@shop.example" },
  me: { name: "Sam Carter", address: "sam@contoso.com" },
});
