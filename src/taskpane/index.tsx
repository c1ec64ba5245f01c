import { createRoot } from "react-dom/client";
import { createOfficeAdapter } from "../office/officeAdapter";
import type { OfficeApi } from "../office/officeApi";
import { App } from "./App";
import { ReplyAsDeclineLink, createCalendarAction, withReplyAsDecline } from "./calendar";
import { startFirstRead } from "./firstRead";
import { loadDarkTheme } from "./fluentTheme";

// taskpane.html's inline check marks hosts that cannot run this bundle (the old IE webview).
if (!document.documentElement.hasAttribute("data-unsupported")) {
  void Office.onReady().then(async () => {
    const container = document.getElementById("container");
    if (!container) return;
    // @types/office-js types the item as the intersection of every item kind, which no single
    // slice matches structurally; OfficeApi describes what we actually read and check at run time.
    const office = Office as unknown as OfficeApi;
    const adapter = createOfficeAdapter(office);
    const [firstRead] = await Promise.all([
      startFirstRead(() => adapter.readCurrent()),
      // A dark Office gets the dark pane from the first paint (a failed fetch leaves it light).
      adapter.theme().dark ? loadDarkTheme().catch(() => undefined) : undefined,
    ]);
    // With "Also decline in my calendar", Reply becomes the calendar response through this link.
    const link = new ReplyAsDeclineLink();
    const extensions = { actions: [createCalendarAction({ adapter, link })] };
    createRoot(container).render(
      <App adapter={withReplyAsDecline(adapter, link)} extensions={extensions} firstRead={firstRead} />,
    );
  });
}
