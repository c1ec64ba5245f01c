/**
 * The fallback sign-in page, opened by Office's dialog API (officeDialog.ts). It runs MSAL's standard
 * redirect flow in the dialog window and hands the access token, or why there is none, back to the task
 * pane with messageParent. The page is its own redirect URI: register its address in Entra.
 */
import { type AuthenticationResult, InteractionRequiredAuthError, PublicClientApplication } from "@azure/msal-browser";
import { calendarAuthConfig, GRAPH_SCOPES } from "./config";
import { type DialogMessage, requestFromDialogUrl } from "./dialogProtocol";
import { needsInteraction, toSignInError } from "./msalErrors";
import type { TokenRequestOptions } from "./types";

/** The request outlives the trip to the sign-in page, which returns here without our query string. */
const REQUEST_KEY = "declineAssistant.dialogRequest";

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

function sendToken(result: AuthenticationResult): void {
  send({ type: "token", accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? null });
}

function rememberedRequest(): TokenRequestOptions {
  if (window.location.search) {
    const fresh = requestFromDialogUrl(window.location.search);
    sessionStorage.setItem(REQUEST_KEY, JSON.stringify(fresh));
    return fresh;
  }
  const stored = sessionStorage.getItem(REQUEST_KEY);
  return stored ? (JSON.parse(stored) as TokenRequestOptions) : {};
}

async function signIn(): Promise<void> {
  const config = calendarAuthConfig();
  if (!config.clientId) {
    send({ type: "error", reason: "notConfigured", detail: "no client id in this build" });
    return;
  }
  const request = rememberedRequest();
  const msal = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: `${window.location.origin}${window.location.pathname}`,
      clientCapabilities: ["CP1"],
    },
    cache: { cacheLocation: "localStorage" },
  });
  await msal.initialize();
  const redirected = await msal.handleRedirectPromise();
  if (redirected) {
    sessionStorage.removeItem(REQUEST_KEY);
    sendToken(redirected);
    return;
  }
  const scopes = [...GRAPH_SCOPES];
  const account = msal.getAllAccounts()[0];
  if (account) {
    try {
      sendToken(await msal.acquireTokenSilent({ scopes, account, ...request }));
      return;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError) && !needsInteraction(error)) throw error;
    }
  }
  // Leaves this page for Microsoft's sign-in; it comes back here and handleRedirectPromise finishes.
  await msal.acquireTokenRedirect({ scopes, claims: request.claims, loginHint: account?.username });
}

Office.onReady(() =>
  signIn().catch((error: unknown) => {
    const failure = toSignInError(error);
    send({ type: "error", reason: failure.reason, detail: failure.detail });
  }),
);
