import type { ComponentType } from "react";
import type { Invitation } from "../core/invitation";
import type { SuggestOptions } from "../core/replies";
import type { NoticeData } from "./Notice";

/** What an extra action (e.g. "Decline in calendar" through Graph) gets to work with. */
export interface ActionExtensionProps {
  invitation: Invitation;
  /** The reply text as the user left it. */
  text: string;
  notify(notice: NoticeData): void;
}

export interface SettingsProps {
  onClose(): void;
  /** The open item, e.g. for a live preview of a template; null when none is selected. */
  invitation: Invitation | null;
  locale: string;
  /** Saved something: the pane asks `suggestOptions` again and refreshes the suggestions. */
  onChange(): void;
}

/** What personal settings add to the built-in suggestions. */
export type PersonalSuggestOptions = Pick<SuggestOptions, "userTemplates" | "starred">;

/**
 * Hooks for features built later. Each is optional; the pane shows nothing for a missing one.
 * Loaders are called on demand, so their code stays out of the first load (use dynamic import()).
 */
export interface PaneExtensions {
  /** Buttons after the built-in actions, in read mode. */
  actions?: ComponentType<ActionExtensionProps>[];
  /** A "Settings" entry point; e.g. `() => import("./settings/SettingsPanel")`. */
  loadSettings?: () => Promise<{ default: ComponentType<SettingsProps> }>;
  /** The user's templates and starred ones, read at start and after each settings change. */
  suggestOptions?: () => PersonalSuggestOptions;
}
