/**
 * The slice of the Office.js namespace the adapter uses. `typeof Office` satisfies it; tests pass
 * a fake of the same shape, so nothing here reads the `Office` global.
 */
import type { RoamingSettingsLike } from "../settings/store";
import type { AsyncCallback } from "./asyncResult";

export interface EmailAddressLike {
  displayName?: string;
  emailAddress?: string;
}

/** A compose-mode property: readable only through getAsync. */
export interface AsyncProperty<T> {
  getAsync(callback: AsyncCallback<T>): void;
}

export interface BodyLike {
  getAsync(coercionType: unknown, callback: AsyncCallback<string>): void;
  getTypeAsync?(callback: AsyncCallback<unknown>): void;
  setSelectedDataAsync?(data: string, options: { coercionType: unknown }, callback: AsyncCallback<void>): void;
}

/** Members of a mailbox item in read or compose mode; which ones exist depends on the item. */
export interface MailItemLike {
  itemType?: unknown;
  itemClass?: string;
  itemId?: string;
  dateTimeCreated?: Date;
  seriesId?: string | null;
  subject?: string | AsyncProperty<string>;
  body: BodyLike;
  from?: EmailAddressLike | AsyncProperty<EmailAddressLike>;
  sender?: EmailAddressLike;
  organizer?: EmailAddressLike | AsyncProperty<EmailAddressLike>;
  to?: EmailAddressLike[] | AsyncProperty<EmailAddressLike[]>;
  cc?: EmailAddressLike[] | AsyncProperty<EmailAddressLike[]>;
  requiredAttendees?: EmailAddressLike[] | AsyncProperty<EmailAddressLike[]>;
  optionalAttendees?: EmailAddressLike[] | AsyncProperty<EmailAddressLike[]>;
  start?: Date | AsyncProperty<Date>;
  end?: Date | AsyncProperty<Date>;
  location?: string | AsyncProperty<string>;
  recurrence?: unknown;
  displayReplyForm?(formData: string | ReplyFormDataLike): void;
  displayReplyAllForm?(formData: string | ReplyFormDataLike): void;
  /** Mailbox 1.9: the outcome arrives as an AsyncResult. */
  displayReplyFormAsync?(formData: string | ReplyFormDataLike, callback: AsyncCallback<void>): void;
  displayReplyAllFormAsync?(formData: string | ReplyFormDataLike, callback: AsyncCallback<void>): void;
  /** Mailbox 1.8: owner and delegate permissions of an item in a shared folder or mailbox. */
  getSharedPropertiesAsync?(callback: AsyncCallback<SharedPropertiesLike>): void;
}

/** ReplyFormData: `callback` (Mailbox 1.1) reports whether the form opened. */
export interface ReplyFormDataLike {
  htmlBody: string;
  callback?: AsyncCallback<void>;
}

export interface SharedPropertiesLike {
  owner?: string;
  /** Office.MailboxEnums.DelegatePermissions flags. */
  delegatePermissions?: number;
  targetMailbox?: string;
}

export interface MailboxLike {
  item?: MailItemLike | null;
  userProfile?: { emailAddress?: string; displayName?: string };
  addHandlerAsync?(eventType: unknown, handler: (args?: unknown) => void, callback?: AsyncCallback<void>): void;
  removeHandlerAsync?(eventType: unknown, callback?: AsyncCallback<void>): void;
  convertToRestId?(itemId: string, restVersion: unknown): string;
  diagnostics?: { hostName?: string };
}

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

export interface OfficeApi {
  context: {
    mailbox?: MailboxLike;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: OfficeThemeLike;
    displayLanguage?: string;
    roamingSettings?: RoamingSettingsLike;
  };
  AsyncResultStatus: { Succeeded: unknown; Failed: unknown };
  CoercionType: { Html: unknown; Text: unknown };
  EventType: { ItemChanged: unknown; OfficeThemeChanged?: unknown };
  MailboxEnums: {
    ItemType: { Message: unknown; Appointment: unknown };
    RestVersion?: { v2_0: unknown };
    DelegatePermissions?: { Write: number };
  };
}
