/**
 * Sign-in through Office's dialog API, for hosts without nested app authentication or when the
 * sign-in popup is blocked. dialog.html runs a standard MSAL redirect flow and sends the token back.
 */
import { DIALOG_PAGE, dialogUrl, parseDialogMessage } from "./dialogProtocol";
import { SignInError, type TokenProvider, type TokenRequestOptions } from "./types";

/** Office's codes: 12006 the user closed the dialog, 12007 one is already open, 12009 the user blocked it. */
const DIALOG_CLOSED = 12006;
const DIALOG_ALREADY_OPEN = 12007;
const DIALOG_BLOCKED = 12009;
/** Renew a little before the token runs out rather than have Graph refuse it. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

type DialogEvent = { message: string; origin: string | undefined } | { error: number };

/** The part of Office.context.ui this uses; tests pass a stand-in. */
export interface DialogHost {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

export interface OfficeDialogOptions {
  /** Absolute https address of dialog.html; default: next to the task pane. */
  pageUrl?: string;
  host?: DialogHost;
  now?: () => number;
}

export class OfficeDialogTokenProvider implements TokenProvider {
  private cached: { token: string; expiresOn: number | null } | null = null;
  private pending: Promise<string> | null = null;
  private readonly pageUrl: string;
  private readonly host: () => DialogHost;
  private readonly now: () => number;

  constructor(options: OfficeDialogOptions = {}) {
    this.pageUrl = options.pageUrl ?? new URL(DIALOG_PAGE, window.location.href).toString();
    this.host = () => options.host ?? Office.context.ui;
    this.now = options.now ?? Date.now;
  }

  getToken(options: TokenRequestOptions = {}): Promise<string> {
    const renew = Boolean(options.claims || options.forceRefresh);
    const cached = this.cached;
    if (!renew && cached && (cached.expiresOn === null || cached.expiresOn - EXPIRY_MARGIN_MS > this.now())) {
      return Promise.resolve(cached.token);
    }
    // One dialog at a time: Office refuses a second (12007), and two sign-ins would confuse the user.
    this.pending ??= this.open(options).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private open(options: TokenRequestOptions): Promise<string> {
    const url = dialogUrl(this.pageUrl, options);
    const expectedOrigin = new URL(url).origin;
    return new Promise<string>((resolve, reject) => {
      this.host().displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          const code = opened.error?.code;
          const reason = code === DIALOG_BLOCKED ? "popupBlocked" : "dialogUnavailable";
          reject(new SignInError(reason, `displayDialogAsync ${code ?? "?"}: ${opened.error?.message ?? ""}`));
          return;
        }
        const dialog = opened.value;
        const finish = (outcome: () => void) => {
          dialog.close();
          outcome();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (event: DialogEvent) => {
          if ("error" in event) return;
          // Only our own page may hand us a token.
          if (event.origin !== undefined && event.origin !== expectedOrigin) return;
          const message = parseDialogMessage(event.message);
          if (!message) return;
          if (message.type === "error") {
            finish(() => reject(new SignInError(message.reason, message.detail)));
            return;
          }
          this.cached = { token: message.accessToken, expiresOn: message.expiresOn };
          finish(() => resolve(message.accessToken));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (event: DialogEvent) => {
          const code = "error" in event ? event.error : 0;
          const reason =
            code === DIALOG_CLOSED ? "cancelled" : code === DIALOG_ALREADY_OPEN ? "dialogUnavailable" : "failed";
          reject(new SignInError(reason, `dialog event ${code}`));
        });
      });
    });
  }
}
