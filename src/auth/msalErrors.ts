/** How MSAL's errors are read; by error code, so this file needs no MSAL import of its own. */
import { SignInError, type SignInFailure } from "./types";
import { reasonOf } from "../core/reasonOf";

/** Silent sign-in failed in a way a user's interaction can fix. */
const NEEDS_INTERACTION = new Set([
  "interaction_required",
  "consent_required",
  "login_required",
  "no_account_error",
  "no_account_found",
  "no_tokens_found",
  "token_refresh_required",
  "bad_token",
]);
/** The window for signing in could not open: try Office's dialog instead. */
const WINDOW_BLOCKED = new Set(["popup_window_error", "empty_window_error", "nested_app_auth_bridge_disabled"]);

const FAILURE_BY_CODE: Record<string, SignInFailure> = {
  user_cancelled: "cancelled",
  user_canceled: "cancelled",
  access_denied: "cancelled",
  no_network_connectivity: "network",
  popup_window_error: "popupBlocked",
  empty_window_error: "popupBlocked",
};

function codeOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const code = (error as { errorCode?: unknown }).errorCode;
  return typeof code === "string" ? code : "";
}

export function needsInteraction(error: unknown): boolean {
  const named = (error as { name?: unknown } | null)?.name === "InteractionRequiredAuthError";
  return named || NEEDS_INTERACTION.has(codeOf(error));
}

export function windowBlocked(error: unknown): boolean {
  return WINDOW_BLOCKED.has(codeOf(error));
}

export function toSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const code = codeOf(error);
  const message = reasonOf(error);
  return new SignInError(FAILURE_BY_CODE[code] ?? "failed", `${code || "error"}: ${message}`);
}
