import {
  BrowserAuthError,
  ClientAuthError,
  ClientAuthErrorCodes,
  InteractionRequiredAuthError,
  type AuthenticationResult,
} from "@azure/msal-browser";
import { calendarAuthConfig, isCalendarConfigured } from "../../src/auth/config";
import { dialogUrl, parseDialogMessage, requestFromDialogUrl } from "../../src/auth/dialogProtocol";
import { MsalTokenProvider, type MsalClient } from "../../src/auth/msalTokenProvider";
import { OfficeDialogTokenProvider, type DialogHost } from "../../src/auth/officeDialog";
import { SignInError, type TokenProvider, type TokenRequestOptions } from "../../src/auth/types";

const CONFIG = {
  clientId: "11111111-2222-3333-4444-555555555555",
  authority: "https://login.microsoftonline.com/common",
};

/** Stands in for MSAL's client: each call takes the next scripted outcome. */
class ScriptedMsal implements MsalClient {
  readonly silentRequests: unknown[] = [];
  readonly popupRequests: unknown[] = [];
  constructor(
    private readonly silent: () => Promise<string>,
    private readonly popup: () => Promise<string> = async () => "popup-token",
  ) {}
  private result(accessToken: string): AuthenticationResult {
    return { accessToken, account: null } as unknown as AuthenticationResult;
  }
  acquireTokenSilent: MsalClient["acquireTokenSilent"] = async (request) => {
    this.silentRequests.push(request);
    return this.result(await this.silent());
  };
  acquireTokenPopup: MsalClient["acquireTokenPopup"] = async (request) => {
    this.popupRequests.push(request);
    return this.result(await this.popup());
  };
  getActiveAccount = () => null;
  getAllAccounts = () => [];
  setActiveAccount = () => undefined;
}

class RecordingFallback implements TokenProvider {
  readonly calls: TokenRequestOptions[] = [];
  async getToken(options: TokenRequestOptions = {}) {
    this.calls.push(options);
    return "dialog-token";
  }
}

function provider(
  msal: ScriptedMsal | (() => Promise<MsalClient>),
  naa: boolean | "askOffice" = true,
  fallback = new RecordingFallback(),
  clientId = CONFIG.clientId,
) {
  let created = 0;
  const tokens = new MsalTokenProvider({
    config: { ...CONFIG, clientId },
    // "askOffice": the provider's own check of Office's requirement sets.
    ...(naa === "askOffice" ? {} : { nestedAppAuthSupported: () => naa }),
    createClient: async () => {
      created++;
      return typeof msal === "function" ? msal() : msal;
    },
    fallback,
  });
  return { tokens, fallback, created: () => created };
}

/** MSAL's own error for a host whose nested app authentication bridge is switched off. */
const bridgeDisabled = () => new ClientAuthError(ClientAuthErrorCodes.nestedAppAuthBridgeDisabled, "test");

const reject = (error: Error) => async (): Promise<string> => {
  throw error;
};

describe("sign-in with nested app authentication", () => {
  it("uses the silent token and passes a claims challenge on", async () => {
    const msal = new ScriptedMsal(async () => "silent-token");
    const { tokens } = provider(msal);
    await expect(tokens.getToken({ claims: '{"x":1}' })).resolves.toBe("silent-token");
    expect(msal.silentRequests[0]).toMatchObject({ scopes: ["Calendars.ReadWrite", "Mail.Read"], claims: '{"x":1}' });
    expect(msal.popupRequests).toEqual([]);
  });

  it("opens the sign-in popup when interaction is required", async () => {
    const msal = new ScriptedMsal(reject(new InteractionRequiredAuthError("interaction_required", "test")));
    const { tokens } = provider(msal);
    await expect(tokens.getToken({ claims: "c" })).resolves.toBe("popup-token");
    expect(msal.popupRequests[0]).toMatchObject({ claims: "c" });
  });

  it("falls back to Office's dialog when the popup is blocked", async () => {
    const msal = new ScriptedMsal(
      reject(new InteractionRequiredAuthError("interaction_required", "test")),
      reject(new BrowserAuthError("popup_window_error", "test")),
    );
    const { tokens, fallback } = provider(msal);
    await expect(tokens.getToken()).resolves.toBe("dialog-token");
    expect(fallback.calls).toEqual([{ forceRefresh: true }]);
  });

  it("reports a cancelled popup without trying the dialog", async () => {
    const msal = new ScriptedMsal(
      reject(new InteractionRequiredAuthError("interaction_required", "test")),
      reject(new BrowserAuthError("user_cancelled", "test")),
    );
    const { tokens, fallback } = provider(msal);
    await expect(tokens.getToken()).rejects.toMatchObject({ reason: "cancelled" });
    expect(fallback.calls).toEqual([]);
  });

  it("does not open a popup for a failure interaction cannot fix", async () => {
    const offline = Object.assign(new Error("offline"), { errorCode: "no_network_connectivity" });
    const msal = new ScriptedMsal(reject(offline));
    const { tokens } = provider(msal);
    await expect(tokens.getToken()).rejects.toMatchObject({ reason: "network" });
    expect(msal.popupRequests).toEqual([]);
  });

  it("goes straight to Office's dialog where nested app authentication is unsupported", async () => {
    const msal = new ScriptedMsal(async () => "silent-token");
    const { tokens, fallback, created } = provider(msal, false);
    await expect(tokens.getToken({ forceRefresh: true })).resolves.toBe("dialog-token");
    expect(fallback.calls).toEqual([{ forceRefresh: true }]);
    expect(created()).toBe(0);
  });

  it("falls back to Office's dialog, and stays there, when the nested client cannot be created", async () => {
    const { tokens, fallback, created } = provider(() => Promise.reject(bridgeDisabled()));
    await expect(tokens.getToken({ claims: '{"c":1}' })).resolves.toBe("dialog-token");
    await expect(tokens.getToken()).resolves.toBe("dialog-token");
    expect(fallback.calls).toEqual([{ claims: '{"c":1}' }, {}]);
    expect(created()).toBe(1);
  });

  it("falls back to Office's dialog when the silent call finds the bridge disabled, without a popup", async () => {
    const msal = new ScriptedMsal(reject(bridgeDisabled()));
    const { tokens, fallback } = provider(msal);
    await expect(tokens.getToken({ forceRefresh: true })).resolves.toBe("dialog-token");
    expect(fallback.calls).toEqual([{ forceRefresh: true }]);
    expect(msal.popupRequests).toEqual([]);
    // The next sign-in does not try the bridge again.
    await expect(tokens.getToken()).resolves.toBe("dialog-token");
    expect(msal.silentRequests).toHaveLength(1);
  });

  it("falls back to Office's dialog when the bridge is unavailable at the popup", async () => {
    const unavailable = Object.assign(new Error("NAA unavailable"), { errorCode: "bridge_unavailable" });
    const msal = new ScriptedMsal(
      reject(new InteractionRequiredAuthError("interaction_required", "test")),
      reject(unavailable),
    );
    const { tokens, fallback } = provider(msal);
    await expect(tokens.getToken()).resolves.toBe("dialog-token");
    expect(fallback.calls).toEqual([{ forceRefresh: true }]);
  });

  it("still reports other failures to create the client instead of opening the dialog", async () => {
    const offline = Object.assign(new Error("offline"), { errorCode: "no_network_connectivity" });
    const { tokens, fallback } = provider(() => Promise.reject(offline));
    await expect(tokens.getToken()).rejects.toMatchObject({ reason: "network" });
    expect(fallback.calls).toEqual([]);
  });

  describe("by default, asks Office whether NestedAppAuth 1.1 is supported", () => {
    // Read when the tests run: the stub of the global Office is put in place further down this file.
    const office = () => (globalThis as unknown as { Office: Record<string, unknown> }).Office;
    const asked: [string, string][] = [];
    let supported = false;
    beforeEach(() => {
      asked.length = 0;
      office().context = {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push([name, version]);
            return supported;
          },
        },
      };
    });
    afterEach(() => {
      delete office().context;
    });

    it("uses the nested client where Office says yes", async () => {
      supported = true;
      const { tokens, fallback, created } = provider(new ScriptedMsal(async () => "silent-token"), "askOffice");
      await expect(tokens.getToken()).resolves.toBe("silent-token");
      expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
      expect(created()).toBe(1);
      expect(fallback.calls).toEqual([]);
    });

    it("goes to Office's dialog where Office says no", async () => {
      supported = false;
      const { tokens, fallback, created } = provider(new ScriptedMsal(async () => "silent-token"), "askOffice");
      await expect(tokens.getToken()).resolves.toBe("dialog-token");
      expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
      expect(created()).toBe(0);
      expect(fallback.calls).toEqual([{}]);
    });
  });

  it("refuses to sign in when no app registration is configured", async () => {
    const { tokens, created } = provider(new ScriptedMsal(async () => "t"), true, undefined, "");
    await expect(tokens.getToken()).rejects.toMatchObject({ reason: "notConfigured" });
    expect(created()).toBe(0);
  });
});

// Only the enum values officeDialog.ts reads; the dialog itself is the scripted host below.
Object.assign(globalThis, {
  Office: {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  },
});

type Handler = (event: { message: string; origin: string | undefined } | { error: number }) => void;

/** Office's dialog API as seen from the pane: each opened dialog can be made to speak or close. */
class ScriptedDialogHost implements DialogHost {
  readonly opened: { url: string; handlers: Map<string, Handler>; closed: boolean }[] = [];
  failWith: number | null = null;
  displayDialogAsync: DialogHost["displayDialogAsync"] = (url, _options, callback) => {
    if (this.failWith !== null) {
      callback({
        status: "failed",
        error: { code: this.failWith, message: "no" },
      } as unknown as Office.AsyncResult<Office.Dialog>);
      return;
    }
    const entry = { url, handlers: new Map<string, Handler>(), closed: false };
    this.opened.push(entry);
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => entry.handlers.set(type, handler),
      close: () => {
        entry.closed = true;
      },
    };
    callback({ status: "succeeded", value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
  };
  say(message: object, origin = "https://localhost:3000") {
    this.opened.at(-1)!.handlers.get("dialogMessageReceived")!({ message: JSON.stringify(message), origin });
  }
  event(code: number) {
    this.opened.at(-1)!.handlers.get("dialogEventReceived")!({ error: code });
  }
}

describe("sign-in through Office's dialog", () => {
  const pageUrl = "https://localhost:3000/dialog.html";
  let host: ScriptedDialogHost;
  let now = 0;
  const tokens = () => new OfficeDialogTokenProvider({ pageUrl, host, now: () => now });
  beforeEach(() => {
    host = new ScriptedDialogHost();
    now = Date.parse("2026-03-01T08:00:00Z");
  });

  it("returns the dialog's token, closes it, and reuses the token until it nearly expires", async () => {
    const provider = tokens();
    const first = provider.getToken();
    host.say({ type: "token", accessToken: "t1", expiresOn: now + 3600_000 });
    await expect(first).resolves.toBe("t1");
    expect(host.opened[0].closed).toBe(true);
    await expect(provider.getToken()).resolves.toBe("t1");
    expect(host.opened).toHaveLength(1);
    now += 3600_000 - 60_000;
    const renewed = provider.getToken();
    expect(host.opened).toHaveLength(2);
    host.say({ type: "token", accessToken: "t2", expiresOn: now + 3600_000 });
    await expect(renewed).resolves.toBe("t2");
  });

  it("opens one dialog for concurrent requests and carries a claims challenge in its address", async () => {
    const provider = tokens();
    const both = Promise.all([provider.getToken({ claims: '{"a":1}' }), provider.getToken({ claims: '{"a":1}' })]);
    expect(host.opened).toHaveLength(1);
    expect(requestFromDialogUrl(new URL(host.opened[0].url).search)).toEqual({ claims: '{"a":1}' });
    host.say({ type: "token", accessToken: "t", expiresOn: null });
    await expect(both).resolves.toEqual(["t", "t"]);
  });

  it("ignores messages from another origin", async () => {
    const provider = tokens();
    const pending = provider.getToken();
    host.say({ type: "token", accessToken: "stolen", expiresOn: null }, "https://evil.example");
    host.say({ type: "token", accessToken: "ours", expiresOn: null });
    await expect(pending).resolves.toBe("ours");
  });

  it.each([
    [
      "the page reports an error",
      (h: ScriptedDialogHost) => h.say({ type: "error", reason: "network", detail: "x" }),
      "network",
    ],
    ["the user closes the dialog", (h: ScriptedDialogHost) => h.event(12006), "cancelled"],
  ])("fails with a reason when %s", async (_case, act, reason) => {
    const pending = tokens().getToken();
    act(host);
    await expect(pending).rejects.toMatchObject({ reason });
  });

  it("says the window was blocked when Office could not open it", async () => {
    host.failWith = 12009;
    const error = await tokens()
      .getToken()
      .catch((e: SignInError) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ reason: "popupBlocked" });
  });
});

describe("the dialog's messages", () => {
  it("round-trip a request through the dialog's address", () => {
    const url = dialogUrl("https://localhost:3000/dialog.html", { claims: '{"x":"y z"}', forceRefresh: true });
    expect(requestFromDialogUrl(new URL(url).search)).toEqual({ claims: '{"x":"y z"}', forceRefresh: true });
  });

  it("reject anything that is not a token or a known error", () => {
    expect(parseDialogMessage("not json")).toBeNull();
    expect(parseDialogMessage(JSON.stringify({ type: "token", accessToken: "" }))).toBeNull();
    expect(parseDialogMessage(JSON.stringify({ type: "error", reason: "weird" }))).toEqual({
      type: "error",
      reason: "failed",
      detail: "",
    });
  });
});

describe("whether calendar actions are configured", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("is off without a client id, and on with one, with the common authority by default", () => {
    delete process.env.DECLINE_ASSISTANT_CLIENT_ID;
    expect(isCalendarConfigured()).toBe(false);
    process.env.DECLINE_ASSISTANT_CLIENT_ID = CONFIG.clientId;
    expect(isCalendarConfigured()).toBe(true);
    expect(calendarAuthConfig().authority).toBe("https://login.microsoftonline.com/common");
    process.env.DECLINE_ASSISTANT_AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";
    expect(calendarAuthConfig().authority).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com");
  });
});
