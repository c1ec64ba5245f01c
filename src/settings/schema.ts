/**
 * What the user keeps across devices: their settings and their own reply templates.
 * Pure data and checks; the roamingSettings store and the pane build on it.
 */
import { CATEGORY_IDS, isCategoryId } from "../core/categories";
import { PLACEHOLDERS, TONES, type ReplyTemplate, type Tone } from "../core/replies/types";

export const SCHEMA_VERSION = 2;

export const DEFAULT_ACTIONS = ["reply", "replyAll", "copy"] as const;
export type DefaultAction = (typeof DEFAULT_ACTIONS)[number];

export interface UserSettings {
  /** Name to sign replies with; "" means the mailbox's display name. */
  signatureName: string;
  defaultTone: Tone;
  /** The action the one-click command and the pane's primary button perform. */
  defaultAction: DefaultAction;
  /** Whether "also decline in my calendar" starts ticked. */
  alsoDeclineInCalendar: boolean;
  /** Whether the organizer is notified by default when declining in the calendar. */
  notifyOrganizer: boolean;
  /**
   * The ribbon's "Decline with message" declines the meeting in the calendar and sends the top suggestion
   * as the response, instead of opening a reply. Off by default; needs one-click decline.
   */
  ribbonDeclines: boolean;
}

export interface StoredData {
  version: typeof SCHEMA_VERSION;
  settings: UserSettings;
  /** The user's own templates, and edited copies of built-ins (same id as the built-in). */
  templates: ReplyTemplate[];
  /** Built-in template ids the user deleted; "restore the built-ins" empties this. */
  hiddenBuiltIns: string[];
  /** Template ids that come first for their category. */
  starred: string[];
}

export const DEFAULT_SETTINGS: UserSettings = {
  signatureName: "",
  defaultTone: "warm",
  defaultAction: "reply",
  alsoDeclineInCalendar: false,
  notifyOrganizer: true,
  ribbonDeclines: false,
};

export function defaultData(): StoredData {
  return { version: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS }, templates: [], hiddenBuiltIns: [], starred: [] };
}

/** Limits that keep one template readable and the whole store under roamingSettings' 32 KB. */
export const LIMITS = {
  templates: 200,
  idLength: 64,
  labelLength: 60,
  whenToUseLength: 200,
  textLength: 4000,
} as const;

/** A problem found while reading stored or imported data, with where it is. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkString(value: Json, path: string, max: number, issues: SchemaIssue[], required = true): string {
  if (typeof value !== "string") {
    if (required || value !== undefined) issues.push({ path, message: "must be text" });
    return "";
  }
  if (value.length > max) issues.push({ path, message: `is longer than ${max} characters` });
  return value;
}

function checkTemplate(value: Json, path: string, issues: SchemaIssue[]): ReplyTemplate | null {
  if (!isRecord(value)) {
    issues.push({ path, message: "must be an object" });
    return null;
  }
  const before = issues.length;
  const id = checkString(value.id, `${path}.id`, LIMITS.idLength, issues);
  if (typeof value.id === "string" && id.trim() === "") issues.push({ path: `${path}.id`, message: "is empty" });
  if (!isCategoryId(value.category)) {
    issues.push({ path: `${path}.category`, message: `must be one of ${CATEGORY_IDS.join(", ")}` });
  }
  const strategy = checkString(value.strategy, `${path}.strategy`, LIMITS.labelLength, issues);
  const whenToUse = checkString(value.whenToUse, `${path}.whenToUse`, LIMITS.whenToUseLength, issues, false);
  const texts: Partial<Record<Tone, string>> = {};
  if (!isRecord(value.texts)) {
    issues.push({ path: `${path}.texts`, message: "must be an object with warm, brief or formal texts" });
  } else {
    for (const key of Object.keys(value.texts)) {
      if (!(TONES as readonly string[]).includes(key)) {
        issues.push({ path: `${path}.texts.${key}`, message: `is not a tone (${TONES.join(", ")})` });
      }
    }
    for (const tone of TONES) {
      const text = value.texts[tone];
      if (text === undefined) continue;
      const checked = checkString(text, `${path}.texts.${tone}`, LIMITS.textLength, issues);
      if (checked.trim() !== "") texts[tone] = checked;
    }
    if (Object.keys(texts).length === 0) issues.push({ path: `${path}.texts`, message: "has no text in any tone" });
  }
  if (value.forFollowUp !== undefined && typeof value.forFollowUp !== "boolean") {
    issues.push({ path: `${path}.forFollowUp`, message: "must be true or false" });
  }
  if (issues.length > before || !isCategoryId(value.category)) return null;
  return {
    id,
    category: value.category,
    strategy,
    whenToUse,
    texts,
    custom: true,
    ...(value.forFollowUp === true ? { forFollowUp: true } : {}),
  };
}

function checkStringList(value: Json, path: string, issues: SchemaIssue[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    issues.push({ path, message: "must be a list of template ids" });
    return [];
  }
  return [...new Set(value as string[])];
}

function checkSettings(value: Json, issues: SchemaIssue[]): UserSettings {
  const settings = { ...DEFAULT_SETTINGS };
  if (value === undefined) return settings;
  if (!isRecord(value)) {
    issues.push({ path: "settings", message: "must be an object" });
    return settings;
  }
  for (const key of Object.keys(value)) {
    if (!(key in DEFAULT_SETTINGS)) issues.push({ path: `settings.${key}`, message: "is not a known setting" });
  }
  if (value.signatureName !== undefined) {
    settings.signatureName = checkString(value.signatureName, "settings.signatureName", LIMITS.labelLength, issues);
  }
  const enumSetting = <T extends string>(key: keyof UserSettings, allowed: readonly T[]): T | undefined => {
    const raw = value[key];
    if (raw === undefined) return undefined;
    if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return raw as T;
    issues.push({ path: `settings.${key}`, message: `must be one of ${allowed.join(", ")}` });
    return undefined;
  };
  settings.defaultTone = enumSetting("defaultTone", TONES) ?? settings.defaultTone;
  settings.defaultAction = enumSetting("defaultAction", DEFAULT_ACTIONS) ?? settings.defaultAction;
  for (const key of ["alsoDeclineInCalendar", "notifyOrganizer", "ribbonDeclines"] as const) {
    const raw = value[key];
    if (raw === undefined) continue;
    if (typeof raw === "boolean") settings[key] = raw;
    else issues.push({ path: `settings.${key}`, message: "must be true or false" });
  }
  return settings;
}

/** Checks a current-version document; every problem is reported, nothing is guessed. */
export function validateData(value: Json): Validation<StoredData> {
  const issues: SchemaIssue[] = [];
  if (!isRecord(value)) return { ok: false, issues: [{ path: "", message: "must be a JSON object" }] };
  if (value.version !== SCHEMA_VERSION) {
    issues.push({ path: "version", message: `must be ${SCHEMA_VERSION}` });
  }
  const settings = checkSettings(value.settings, issues);
  const templates: ReplyTemplate[] = [];
  if (value.templates !== undefined && !Array.isArray(value.templates)) {
    issues.push({ path: "templates", message: "must be a list" });
  } else if (Array.isArray(value.templates)) {
    if (value.templates.length > LIMITS.templates) {
      issues.push({ path: "templates", message: `has more than ${LIMITS.templates} templates` });
    }
    const seen = new Set<string>();
    value.templates.forEach((raw: Json, index: number) => {
      const template = checkTemplate(raw, `templates[${index}]`, issues);
      if (!template) return;
      if (seen.has(template.id)) issues.push({ path: `templates[${index}].id`, message: `repeats "${template.id}"` });
      seen.add(template.id);
      templates.push(template);
    });
  }
  const hiddenBuiltIns = checkStringList(value.hiddenBuiltIns, "hiddenBuiltIns", issues);
  const starred = checkStringList(value.starred, "starred", issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { version: SCHEMA_VERSION, settings, templates, hiddenBuiltIns, starred } };
}

/**
 * Version 1, the first stored shape: one text per template (no tones), a single
 * "signature" field and a "tone" preference. Kept so that data saved by it still loads.
 */
interface DataV1 {
  version: 1;
  signature?: string;
  tone?: string;
  templates?: { id?: string; category?: string; label?: string; text?: string }[];
  favourites?: string[];
}

type Migration = (old: Record<string, Json>) => Record<string, Json>;

/** Each step lifts a document from version N to N + 1. */
const MIGRATIONS: Record<number, Migration> = {
  1: (old) => {
    const v1 = old as unknown as DataV1;
    return {
      version: 2,
      settings: {
        ...(typeof v1.signature === "string" ? { signatureName: v1.signature } : {}),
        ...((TONES as readonly string[]).includes(v1.tone ?? "") ? { defaultTone: v1.tone } : {}),
      },
      templates: (Array.isArray(v1.templates) ? v1.templates : []).map((t) => ({
        id: t?.id,
        category: t?.category,
        strategy: t?.label,
        whenToUse: "",
        texts: { warm: t?.text },
      })),
      hiddenBuiltIns: [],
      starred: Array.isArray(v1.favourites) ? v1.favourites : [],
    };
  },
};

/** Brings any known older version up to the current one, then validates it. */
export function migrate(value: Json): Validation<StoredData> {
  if (!isRecord(value)) return { ok: false, issues: [{ path: "", message: "must be a JSON object" }] };
  let doc = value;
  if (typeof doc.version !== "number" || !Number.isInteger(doc.version)) {
    return { ok: false, issues: [{ path: "version", message: "is missing" }] };
  }
  let version: number = doc.version;
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [{ path: "version", message: `${version} is newer than this add-in understands (${SCHEMA_VERSION})` }],
    };
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, issues: [{ path: "version", message: `${version} is not a known version` }] };
    doc = step(doc);
    version += 1;
  }
  return validateData(doc);
}

/** Roaming settings hold at most 32 KB per add-in; leave room for the key and Office's own wrapping. */
export const ROAMING_LIMIT_BYTES = 32 * 1024;
export const STORE_BUDGET_BYTES = ROAMING_LIMIT_BYTES - 1024;

export function serialize(data: StoredData): string {
  return JSON.stringify(data);
}

/**
 * The bytes roamingSettings keeps for one value. Office stores the settings as JSON, so our JSON text is
 * kept as an escaped string inside it: every quote and backslash gains a backslash, newlines become \n,
 * and we count every non-ASCII character as its \uXXXX escape (six bytes), the most it can take. That,
 * not the raw JSON, is what counts against the 32 KB.
 */
export function storedSize(key: string, value: string): number {
  const escaped = JSON.stringify(value).replace(/[^ -~]/g, "\\u0000");
  return JSON.stringify(key).length + 1 + escaped.length;
}

/** UTF-8 byte length without TextEncoder, so this stays pure and works everywhere. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Placeholders the renderer knows, for the editor's picker and checks. */
export const KNOWN_PLACEHOLDERS: readonly string[] = PLACEHOLDERS;
