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
  displayReplyForm?(formData: string | { htmlBody: string }): void;
  displayReplyAllForm?(formData: string | { htmlBody: string }): void;
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
  MailboxEnums: { ItemType: { Message: unknown; Appointment: unknown }; RestVersion?: { v2_0: unknown } };
}
