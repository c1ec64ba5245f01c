/** The local Outlook preview: a message list, a reading pane and the real task pane beside them. */
import { createRoot } from "react-dom/client";
import { App } from "./App";

createRoot(document.getElementById("preview-root")!).render(<App />);
