import type { ComponentType } from "react";
import type { Invitation } from "../core/invitation";
import type { NoticeData } from "./Notice";

/** What an extra action (e.g. "Decline in calendar" through Graph) gets to work with. */
export interface ActionExtensionProps {
  invitation: Invitation;
  /** The reply text as the user left it. */
  text: string;
  notify(notice: NoticeData): void;
}

/**
 * Hooks for features built later. Each is optional; the pane shows nothing for a missing one.
 * Loaders are called on demand, so their code stays out of the first load (use dynamic import()).
 */
export interface PaneExtensions {
  /** Buttons after the built-in actions, in read mode. */
  actions?: ComponentType<ActionExtensionProps>[];
}
