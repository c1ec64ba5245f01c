import { OfficeMockObject } from "office-addin-mock";
import type { MailItemLike, OfficeApi } from "../../src/office/officeApi";

/** Office.js enum values as the real library defines them. */
export const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
  MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
};

type Callback = (result: unknown) => void;

export const succeeded = (value: unknown) => ({ status: "succeeded", value, error: undefined });
export const failed = (code: number, message: string) => ({
  status: "failed",
  value: undefined,
  error: { code, name: "GenericResponseError", message },
});

/** A compose-mode property whose getAsync answers `result`. */
export const asyncProperty = (result: unknown) => ({ getAsync: (callback: Callback) => callback(result) });

/** A body whose getAsync answers `text`, recording the coercion type it was asked for. */
export function readableBody(text: string, requested: unknown[] = []) {
  return {
    getAsync(coercionType: unknown, callback: Callback) {
      requested.push(coercionType);
      callback(succeeded(text));
    },
  };
}

export interface MockOptions {
  item: Record<string, unknown> | null;
  userProfile?: { emailAddress: string; displayName: string };
  mailbox17?: boolean;
  officeTheme?: Record<string, string>;
  mailboxExtras?: Record<string, unknown>;
  /** The highest Mailbox requirement set the host supports; default 1.14. */
  maxMailbox?: string;
}

/** "1.9" < "1.10": requirement set versions compare by number, part by part. */
function versionAtMost(version: string, max: string): boolean {
  const [a, b] = [version, max].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

/** office-addin-mock's stand-in for the Office namespace, shaped like the slice the adapter reads. */
export function mockOffice({
  item,
  userProfile,
  mailbox17 = true,
  officeTheme,
  mailboxExtras,
  maxMailbox = "1.14",
}: MockOptions): OfficeApi {
  const data: Record<string, unknown> = {
    host: "outlook",
    ...ENUMS,
    context: {
      mailbox: {
        // The mock cannot hold null; a missing item reads as undefined, as Outlook's "nothing selected" does.
        ...(item ? { item } : {}),
        userProfile: userProfile ?? {
          emailAddress: "Dana.Whitfield@Northwind-Advisory.com",
          displayName: "Dana Whitfield",
        },
        ...mailboxExtras,
      },
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "Mailbox" && versionAtMost(version, maxMailbox) && (mailbox17 || version !== "1.7"),
      },
      displayLanguage: "en-GB",
      ...(officeTheme ? { officeTheme } : {}),
    },
  };
  // OfficeMockObject is typed as an index signature of any; it is checked against OfficeApi here.
  return new OfficeMockObject(data) as unknown as OfficeApi;
}

/** What a pinned pane meets in office-js #3470: Outlook swaps the selected item without ItemChanged. */
export function swapItemSilently(office: OfficeApi, item: Record<string, unknown>): void {
  office.context.mailbox!.item = item as unknown as MailItemLike;
}
