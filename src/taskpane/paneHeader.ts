import { createContext, useContext, type ReactNode } from "react";

/**
 * The pane's own controls that sit at the end of its first line (the "Templates and settings"
 * button). The item's kind line shows them when there is one, so the detected kind and the button
 * share the top row of a narrow pane instead of each taking a row; otherwise the app shows them.
 */
export const PaneHeaderEnd = createContext<ReactNode>(null);

export function usePaneHeaderEnd(): ReactNode {
  return useContext(PaneHeaderEnd);
}
