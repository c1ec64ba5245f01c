/**
 * What the template editor and settings form do to the stored data, as plain functions: the
 * components only call these and show the result. No React, no DOM.
 */
import { CATEGORY_IDS, type CategoryId } from "../../core/categories";
import type { Invitation } from "../../core/invitation";
import {
  buildReplyContext,
  findTemplateProblems,
  suggestReplies,
  type ReplyContext,
  type ReplyTemplate,
  type TemplateProblem,
} from "../../core/replies";
import { TONES, type Tone } from "../../core/replies/types";
import { LIMITS, type StoredData, type UserSettings } from "../../settings/schema";

export const EXPORT_FILE_NAME = "decline-assistant-templates.json";

/** Built-in templates of every category, in the order the pane suggests them. */
export function allBuiltIns(locale?: string): ReplyTemplate[] {
  return CATEGORY_IDS.flatMap((category) => suggestReplies(category, { locale }));
}

export function builtInIdsOf(builtIns: readonly ReplyTemplate[]): ReadonlySet<string> {
  return new Set(builtIns.map((t) => t.id));
}

export type TemplateOrigin = "builtIn" | "editedBuiltIn" | "yours";

export interface TemplateEntry {
  template: ReplyTemplate;
  origin: TemplateOrigin;
  starred: boolean;
}

/**
 * The templates the user sees, by category: built-ins in suggestion order (an edited one in its
 * place, a deleted one left out), then the user's own in the order they were made.
 */
export function listTemplates(data: StoredData, builtIns: readonly ReplyTemplate[]): TemplateEntry[] {
  const stored = new Map(data.templates.map((t) => [t.id, t]));
  const builtInIds = builtInIdsOf(builtIns);
  const hidden = new Set(data.hiddenBuiltIns);
  const starred = new Set(data.starred);
  const entries: TemplateEntry[] = [];
  for (const category of CATEGORY_IDS) {
    for (const builtIn of builtIns) {
      if (builtIn.category !== category || hidden.has(builtIn.id)) continue;
      const override = stored.get(builtIn.id);
      entries.push({
        // An override keeps the built-in's category: that is where the pane looks it up.
        template: override ? { ...override, category } : builtIn,
        origin: override ? "editedBuiltIn" : "builtIn",
        starred: starred.has(builtIn.id),
      });
    }
    for (const own of data.templates) {
      if (own.category !== category || builtInIds.has(own.id)) continue;
      entries.push({ template: own, origin: "yours", starred: starred.has(own.id) });
    }
  }
  return entries;
}

/** True when the two templates would read the same to the user. */
function sameWording(a: ReplyTemplate, b: ReplyTemplate): boolean {
  return (
    a.category === b.category &&
    a.strategy === b.strategy &&
    a.whenToUse === b.whenToUse &&
    TONES.every((tone) => (a.texts[tone] ?? "") === (b.texts[tone] ?? ""))
  );
}

/**
 * Adds or replaces a template. An edited built-in is stored under the built-in's id so it
 * overrides it; one edited back to the original wording is no longer stored at all.
 */
export function putTemplate(data: StoredData, template: ReplyTemplate, builtIns: readonly ReplyTemplate[]): StoredData {
  const original = builtIns.find((t) => t.id === template.id);
  const others = data.templates.filter((t) => t.id !== template.id);
  if (original && sameWording(original, template)) return { ...data, templates: others };
  const index = data.templates.findIndex((t) => t.id === template.id);
  const stored: ReplyTemplate = { ...template, custom: true };
  const templates = index < 0 ? [...data.templates, stored] : data.templates.map((t, i) => (i === index ? stored : t));
  return { ...data, templates };
}

/** A deleted built-in is hidden (and its edit dropped); the user's own template is removed. */
export function deleteTemplate(data: StoredData, id: string, builtInIds: ReadonlySet<string>): StoredData {
  return {
    ...data,
    templates: data.templates.filter((t) => t.id !== id),
    hiddenBuiltIns:
      builtInIds.has(id) && !data.hiddenBuiltIns.includes(id) ? [...data.hiddenBuiltIns, id] : data.hiddenBuiltIns,
    starred: data.starred.filter((s) => s !== id),
  };
}

export interface Restorable {
  hidden: number;
  edited: number;
}

export function restorableOf(data: StoredData, builtInIds: ReadonlySet<string>): Restorable {
  return {
    hidden: data.hiddenBuiltIns.filter((id) => builtInIds.has(id)).length,
    edited: data.templates.filter((t) => builtInIds.has(t.id)).length,
  };
}

/** Brings back every deleted built-in and drops every edit of one; the user's own stay. */
export function restoreBuiltIns(data: StoredData, builtInIds: ReadonlySet<string>): StoredData {
  return { ...data, hiddenBuiltIns: [], templates: data.templates.filter((t) => !builtInIds.has(t.id)) };
}

export function toggleStar(data: StoredData, id: string): StoredData {
  const starred = data.starred.includes(id) ? data.starred.filter((s) => s !== id) : [...data.starred, id];
  return { ...data, starred };
}

/** "mine-1", "mine-2"…: the first id neither stored nor built in. */
export function newTemplateId(data: StoredData, builtInIds: ReadonlySet<string>): string {
  const taken = new Set([...data.templates.map((t) => t.id), ...builtInIds]);
  for (let n = 1; ; n++) {
    const id = `mine-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The editor's working copy: every tone has a (possibly empty) text. */
export interface TemplateDraft {
  /** Null for a template not stored yet. */
  id: string | null;
  category: CategoryId;
  strategy: string;
  whenToUse: string;
  texts: Record<Tone, string>;
  forFollowUp: boolean;
}

export function blankDraft(category: CategoryId): TemplateDraft {
  return {
    id: null,
    category,
    strategy: "",
    whenToUse: "",
    texts: { warm: "", brief: "", formal: "" },
    forFollowUp: false,
  };
}

export function draftOf(template: ReplyTemplate): TemplateDraft {
  return {
    id: template.id,
    category: template.category,
    strategy: template.strategy,
    whenToUse: template.whenToUse,
    texts: { warm: template.texts.warm ?? "", brief: template.texts.brief ?? "", formal: template.texts.formal ?? "" },
    forFollowUp: template.forFollowUp === true,
  };
}

/** A new, unsaved template with the same wording; the label says it is a copy. */
export function duplicateDraft(template: ReplyTemplate, copySuffix: string): TemplateDraft {
  const base = template.strategy.slice(0, LIMITS.labelLength - copySuffix.length);
  return { ...draftOf(template), id: null, strategy: `${base}${copySuffix}` };
}

/** Only the tones with text are stored; labels are trimmed. */
export function templateFromDraft(draft: TemplateDraft, id: string): ReplyTemplate {
  const texts: Partial<Record<Tone, string>> = {};
  for (const tone of TONES) if (draft.texts[tone].trim() !== "") texts[tone] = draft.texts[tone];
  return {
    id,
    category: draft.category,
    strategy: draft.strategy.trim(),
    whenToUse: draft.whenToUse.trim(),
    texts,
    custom: true,
    ...(draft.forFollowUp ? { forFollowUp: true } : {}),
  };
}

export type DraftField = "strategy" | "whenToUse" | "texts" | Tone;

export type DraftProblem =
  | { field: "strategy"; kind: "required" }
  | { field: "texts"; kind: "noText" }
  | { field: DraftField; kind: "tooLong"; max: number }
  | { field: Tone; kind: "template"; problem: TemplateProblem };

/** Everything that blocks saving a draft, each tied to the field it is shown beside. */
export function checkDraft(draft: TemplateDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const strategy = draft.strategy.trim();
  if (strategy === "") problems.push({ field: "strategy", kind: "required" });
  if (strategy.length > LIMITS.labelLength)
    problems.push({ field: "strategy", kind: "tooLong", max: LIMITS.labelLength });
  if (draft.whenToUse.trim().length > LIMITS.whenToUseLength) {
    problems.push({ field: "whenToUse", kind: "tooLong", max: LIMITS.whenToUseLength });
  }
  if (TONES.every((tone) => draft.texts[tone].trim() === "")) problems.push({ field: "texts", kind: "noText" });
  for (const tone of TONES) {
    const text = draft.texts[tone];
    if (text.length > LIMITS.textLength) problems.push({ field: tone, kind: "tooLong", max: LIMITS.textLength });
    for (const problem of findTemplateProblems(text)) problems.push({ field: tone, kind: "template", problem });
  }
  return problems;
}

export type SettingsProblem = { field: "signatureName"; kind: "tooLong"; max: number };

export function checkSettings(settings: UserSettings): SettingsProblem[] {
  return settings.signatureName.trim().length > LIMITS.labelLength
    ? [{ field: "signatureName", kind: "tooLong", max: LIMITS.labelLength }]
    : [];
}

/** Settings as stored: the signature trimmed, so " Sam " and "Sam" sign alike. */
export function settingsToStore(settings: UserSettings): UserSettings {
  return { ...settings, signatureName: settings.signatureName.replace(/\s+/g, " ").trim() };
}

export interface Insertion {
  value: string;
  /** Where the caret goes: right after what was inserted. */
  caret: number;
}

/** Puts `insert` in place of the selection (or at the caret when nothing is selected). */
export function insertAtCaret(value: string, selectionStart: number, selectionEnd: number, insert: string): Insertion {
  const start = Math.max(0, Math.min(selectionStart, selectionEnd, value.length));
  const end = Math.min(value.length, Math.max(selectionStart, selectionEnd, start));
  return { value: value.slice(0, start) + insert + value.slice(end), caret: start + insert.length };
}

/**
 * Values for the live preview: the open invitation's, or a neutral example's when none is open.
 * Signed as the reply would be: the chosen signature, else the mailbox name.
 */
export function previewContext(
  invitation: Invitation | null,
  example: Invitation,
  settings: UserSettings,
  mailboxName: string,
  locale?: string,
): ReplyContext {
  const source = invitation ?? example;
  const signatureName = settings.signatureName.trim() || source.me?.name || mailboxName;
  return buildReplyContext(source, { locale, signatureName });
}
