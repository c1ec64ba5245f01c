/**
 * Sign-in with MSAL. Loaded on demand (see index.ts) so MSAL stays out of the task pane's first load.
 *
 * Where Office supports nested app authentication (NestedAppAuth 1.1), MSAL asks Outlook for the token:
 * silently first, with a popup when the user must interact. Where it does not, where the host claims
 * support but its bridge turns out to be missing or disabled, or where the popup is blocked, sign-in goes
 * through Office's dialog (dialog.html).
 */
import {
  createNestablePublicClientApplication,
  type IPublicClientApplication,
  type AccountInfo,
} from "@azure/msal-browser";
import { calendarAuthConfig, GRAPH_SCOPES, type CalendarAuthConfig } from "./config";
import { needsInteraction, toSignInError, windowBlocked } from "./msalErrors";
import { OfficeDialogTokenProvider } from "./officeDialog";
import { SignInError, type TokenProvider, type TokenRequestOptions } from "./types";

const BRIDGE_MISSING = "nested_app_auth_bridge_missing";

/** The MSAL calls used here; tests pass a stand-in. */
export type MsalClient = Pick<
  IPublicClientApplication,
  "acquireTokenSilent" | "acquireTokenPopup" | "getActiveAccount" | "getAllAccounts" | "setActiveAccount"
>;

export interface MsalTokenProviderOptions {
  config?: CalendarAuthConfig;
  /** Default: Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  nestedAppAuthSupported?: () => boolean;
  createClient?: (config: CalendarAuthConfig) => Promise<MsalClient>;
  /** Used where nested app authentication is missing or its popup is blocked. */
  fallback?: TokenProvider;
}

/**
 * MSAL's codes for "nested app authentication is not available here" (the host's bridge is disabled,
 * unavailable or gone); Office's dialog still works in that case.
 */
const NESTED_APP_AUTH_UNAVAILABLE = new Set([
  "nested_app_auth_bridge_disabled",
  "bridge_disabled",
  "bridge_unavailable",
  BRIDGE_MISSING,
]);

function nestedAppAuthUnavailable(error: unknown): boolean {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" && NESTED_APP_AUTH_UNAVAILABLE.has(code);
}

async function createNestableClient(config: CalendarAuthConfig): Promise<MsalClient> {
  const client = await createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // CP1: this app handles claims challenges, so Graph may use continuous access evaluation.
      clientCapabilities: ["CP1"],
    },
    cache: { cacheLocation: "localStorage" },
  });
  // Without Outlook's bridge (it may be set up during the call above) MSAL quietly builds an ordinary
  // browser client instead, whose popups Outlook's desktop clients block: Office's dialog is dependable.
  if (
    typeof window !== "undefined" &&
    (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge === undefined
  ) {
    throw Object.assign(new Error("Outlook's nested app authentication bridge is missing."), {
      errorCode: BRIDGE_MISSING,
    });
  }
  return client;
}

function officeSupportsNestedAppAuth(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
}

export class MsalTokenProvider implements TokenProvider {
  private readonly config: CalendarAuthConfig;
  private readonly nestedAppAuthSupported: () => boolean;
  private readonly createClient: (config: CalendarAuthConfig) => Promise<MsalClient>;
  private readonly fallback: TokenProvider;
  private client: Promise<MsalClient> | null = null;
  /** Turns false once MSAL says the host's bridge is unavailable: later sign-ins go straight to the dialog. */
  private nestedAppAuthUsable = true;

  constructor(options: MsalTokenProviderOptions = {}) {
    this.config = options.config ?? calendarAuthConfig();
    this.nestedAppAuthSupported = options.nestedAppAuthSupported ?? officeSupportsNestedAppAuth;
    this.createClient = options.createClient ?? createNestableClient;
    this.fallback = options.fallback ?? new OfficeDialogTokenProvider();
  }

  async getToken(options: TokenRequestOptions = {}): Promise<string> {
    if (!this.config.clientId) throw new SignInError("notConfigured");
    if (!this.nestedAppAuthUsable || !this.nestedAppAuthSupported()) return this.fallback.getToken(options);
    this.client ??= this.createClient(this.config);
    let client: MsalClient;
    try {
      client = await this.client;
    } catch (error) {
      this.client = null;
      if (nestedAppAuthUnavailable(error)) return this.useDialogFromNowOn(options);
      throw toSignInError(error);
    }
    const scopes = [...GRAPH_SCOPES];
    const account: AccountInfo | undefined = client.getActiveAccount() ?? client.getAllAccounts()[0];
    try {
      const result = await client.acquireTokenSilent({
        scopes,
        account,
        claims: options.claims,
        forceRefresh: options.forceRefresh,
      });
      client.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (nestedAppAuthUnavailable(error)) return this.useDialogFromNowOn(options);
      if (!needsInteraction(error)) throw toSignInError(error);
    }
    try {
      const result = await client.acquireTokenPopup({ scopes, claims: options.claims, loginHint: account?.username });
      client.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (nestedAppAuthUnavailable(error)) return this.useDialogFromNowOn({ ...options, forceRefresh: true });
      if (windowBlocked(error)) return this.fallback.getToken({ ...options, forceRefresh: true });
      throw toSignInError(error);
    }
  }

  private useDialogFromNowOn(options: TokenRequestOptions): Promise<string> {
    this.nestedAppAuthUsable = false;
    this.client = null;
    return this.fallback.getToken(options);
  }
}
