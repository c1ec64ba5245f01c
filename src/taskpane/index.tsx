import { createRoot } from "react-dom/client";
import { createOfficeAdapter } from "../office/officeAdapter";
import type { OfficeApi } from "../office/officeApi";
import { App } from "./App";

// taskpane.html's inline check marks hosts that cannot run this bundle (the old IE webview).
if (!document.documentElement.hasAttribute("data-unsupported")) {
  void Office.onReady().then(() => {
    const container = document.getElementById("container");
    if (!container) return;
    // @types/office-js types the item as the intersection of every item kind, which no single
    // slice matches structurally; OfficeApi describes what we actually read and check at run time.
    const office = Office as unknown as OfficeApi;
    createRoot(container).render(<App adapter={createOfficeAdapter(office)} />);
  });
}
