import type { DefaultAction } from "../../../settings/schema";
import { en as paneEn } from "../../strings/en";

/**
 * Every string of "Templates and settings", in English. Category and tone names are the pane's,
 * so both places always say the same thing. Other locales copy this shape (see ./index.ts).
 */
export const en = {
  title: "Templates and settings",
  close: "Close templates and settings",
  sectionsLabel: "Templates and settings sections",
  tabTemplates: "Templates",
  tabSettings: "Settings",
  tabTransfer: "Export and import",
  dismiss: "Dismiss",
  retry: "Retry",
  cancel: "Cancel",
  saving: "Saving…",

  categories: paneEn.categories,
  tones: paneEn.tones,

  // Template list
  showCategory: "Show templates for",
  allCategories: "All categories",
  newTemplate: "New template",
  restoreBuiltIns: "Restore built-in templates",
  nothingToRestore: "Every built-in template is in place and unchanged.",
  originBuiltIn: "Built-in",
  originEditedBuiltIn: "Built-in, edited",
  originYours: "Yours",
  showFirst: (name: string) => `Show “${name}” first for its category`,
  edit: (name: string) => `Edit ${name}`,
  duplicate: (name: string) => `Duplicate ${name}`,
  remove: (name: string) => `Delete ${name}`,
  editShort: "Edit",
  duplicateShort: "Duplicate",
  removeShort: "Delete",
  noTemplates: "No templates in this category. Create one with “New template”, or restore the built-in ones.",
  templatesInCategory: (category: string) => `${category} templates`,

  // Confirmations
  deleteTitle: (name: string) => `Delete “${name}”?`,
  deleteBuiltInBody: "It will no longer be suggested. “Restore built-in templates” brings it back.",
  deleteOwnBody: "This cannot be undone. Export your templates first if you may want it back.",
  deleteConfirm: "Delete",
  restoreTitle: "Restore the built-in templates?",
  restoreBody: (hidden: number, edited: number) =>
    `${plural(hidden, "deleted built-in template comes", "deleted built-in templates come")} back and ${plural(
      edited,
      "edited built-in template returns",
      "edited built-in templates return",
    )} to the original wording. Your own templates are not touched.`,
  restoreConfirm: "Restore",
  deleted: (name: string) => `“${name}” was deleted.`,
  restored: "The built-in templates are restored.",
  starredNow: (name: string) => `“${name}” now comes first for its category.`,
  unstarredNow: (name: string) => `“${name}” is no longer shown first.`,

  // Editor
  editorNewTitle: "New template",
  editorEditTitle: (name: string) => `Edit “${name}”`,
  editorEditBuiltInNote:
    "This is a built-in template. Your changes replace it for you; “Restore built-in templates” undoes them.",
  categoryField: "Template category",
  categoryLockedHint: "A built-in template stays in its category. Duplicate it to use it in another one.",
  strategyField: "Strategy label",
  strategyHint: "Shown on the suggestion card, e.g. “Prior commitment”.",
  whenToUseField: "When to use",
  whenToUseHint: "One line on when this reply fits.",
  toneText: (tone: string) => `${tone} text`,
  tonesHint: "Write the reply in one tone or more; a missing tone uses the nearest one you wrote.",
  syntaxHint: "Text in [[ ]] is left out when a placeholder in it has no value, e.g. “[[ on {eventDate}]]”.",
  placeholderToolbar: (tone: string) => `Insert a placeholder into the ${tone} text`,
  placeholderNames: {
    firstName: "Sender's first name",
    senderName: "Sender's full name",
    eventTitle: "Event title",
    eventDate: "Event date",
    eventTime: "Event time",
    myName: "Your name",
    myFirstName: "Your first name",
  } as Record<string, string>,
  insertPlaceholder: (token: string, meaning: string) => `Insert ${token} (${meaning})`,
  previewHeading: (tone: string) => `Preview (${tone})`,
  previewFromInvitation: "Filled in from the open invitation.",
  previewFromExample: "No invitation is open, so an example fills it in.",
  previewEmpty: "Write some text to see a preview.",
  /** The neutral invitation the preview uses when none is open. */
  exampleInvitation: {
    senderName: "Sam Taylor",
    senderAddress: "sam.taylor@example.com",
    subject: "Spring networking evening",
    start: "2026-05-14T18:30:00",
    end: "2026-05-14T20:30:00",
  },
  save: "Save",
  copySuffix: " (copy)",
  saved: (name: string) => `“${name}” is saved.`,
  fixBeforeSaving: (count: number) =>
    `Nothing was saved: ${plural(count, "problem needs", "problems need")} fixing first (marked below).`,

  // Validation (inline, next to the field)
  strategyRequired: "Give the template a strategy label.",
  tooLong: (max: number) => `Keep this under ${max} characters.`,
  noText: "Write the reply in at least one tone.",
  unknownPlaceholder: (token: string, known: string) =>
    `${token} is not a placeholder this add-in knows, so it would be sent as typed. Use one of: ${known}.`,
  unclosedOptional: "An optional part opened with “[[” is not closed with “]]”.",
  strayClose: "There is a “]]” without an opening “[[”.",

  // Settings
  settingsHeading: "Settings",
  signatureName: "Name to sign with",
  signatureHint: "Leave empty to use your mailbox name.",
  defaultTone: "Default tone",
  defaultAction: "Default action",
  actions: { reply: "Reply", replyAll: "Reply all", copy: "Copy" } as Record<DefaultAction, string>,
  alsoDeclineInCalendar: "Tick “Also decline in my calendar” to start with",
  notifyOrganizer: "Notify the organizer when declining in the calendar",
  ribbonDeclines: "“Decline with message” on the ribbon declines in one click",
  ribbonDeclinesHint:
    "Off: the ribbon button opens a reply with the top suggestion for you to check, and your calendar is not changed. On: it declines the meeting in your calendar at once and sends the top suggestion to the organizer as the response; the notification bar shows what was sent. Turn it on only if you trust the top suggestion.",
  ribbonDeclinesNeedsCalendar:
    "Needs one-click decline (calendar actions), which is not set up in this copy of Decline Assistant.",
  saveSettings: "Save settings",
  settingsSaved: "Your settings are saved.",

  // Export and import
  transferIntro: "Keep a copy of your templates and settings, or bring them from another account.",
  export: "Export",
  exportDone: "The file decline-assistant-templates.json was downloaded.",
  exportFailed: "The file could not be created in this window. Nothing was changed.",
  importField: "Import from a file",
  importHint: "A .json file made with Export. Imported settings replace yours.",
  importReadFailed: "The file could not be read. Nothing was changed.",
  imported: (count: number) => `Imported ${plural(count, "template", "templates")} and the file's settings.`,
  conflictTitle: "Some templates are already here",
  conflictBody: (ids: string) =>
    `The file has templates with the same id as yours (${ids}). Replace yours with the file's, or keep both?`,
  replace: "Replace",
  keepBoth: "Keep both",
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export type TemplateStrings = typeof en;
