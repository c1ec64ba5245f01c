/** Export to and import from a JSON file the user keeps. */
import type { ReplyTemplate } from "../core/replies/types";
import { LIMITS, migrate, type SchemaIssue, type StoredData } from "./schema";

export const EXPORT_FORMAT = "decline-assistant-templates";

export function exportData(data: StoredData, exportedAt: Date = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), ...data }, null, 2);
}

export type ImportCheck =
  { ok: true; incoming: StoredData; conflicts: string[] } | { ok: false; error: string; issues: SchemaIssue[] };

const MAX_LISTED_ISSUES = 5;

/** Reads an exported file; a bad one gets a specific message and changes nothing. */
export function checkImport(fileText: string, current: StoredData): ImportCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    return { ok: false, error: `This file is not valid JSON${detail ? `: ${detail}` : ""}.`, issues: [] };
  }
  if (typeof parsed !== "object" || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: "This file is not a Decline Assistant export (its format marker is missing).",
      issues: [],
    };
  }
  const { format: _format, exportedAt: _exportedAt, ...body } = parsed as Record<string, unknown>;
  const result = migrate(body);
  if (!result.ok) {
    const listed = result.issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${i.path || "file"} ${i.message}`);
    const more = result.issues.length - listed.length;
    return {
      ok: false,
      error: `This file cannot be imported: ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}.`,
      issues: result.issues,
    };
  }
  const existing = new Set(current.templates.map((t) => t.id));
  const conflicts = result.value.templates.filter((t) => existing.has(t.id)).map((t) => t.id);
  // Keeping both copies of every conflict is the largest outcome; it must still fit the limit.
  const mostAfterImport = current.templates.length + result.value.templates.length;
  if (mostAfterImport > LIMITS.templates) {
    return {
      ok: false,
      error: `This file cannot be imported: with your ${current.templates.length} templates it would make ${mostAfterImport}, more than the ${LIMITS.templates} the add-in keeps.`,
      issues: [],
    };
  }
  return { ok: true, incoming: result.value, conflicts };
}

export type ConflictChoice = "replace" | "keepBoth";

/** A new id for a kept copy, still within the id length limit. */
function freeId(id: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, LIMITS.idLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Merges an imported file into the current data; the imported settings win. */
export function applyImport(current: StoredData, incoming: StoredData, choice: ConflictChoice): StoredData {
  const templates: ReplyTemplate[] = [...current.templates];
  const taken = new Set(templates.map((t) => t.id));
  const renamed = new Map<string, string>();
  for (const template of incoming.templates) {
    const index = templates.findIndex((t) => t.id === template.id);
    if (index >= 0 && choice === "replace") {
      templates[index] = template;
      continue;
    }
    const id = index < 0 ? template.id : freeId(template.id, taken);
    if (id !== template.id) renamed.set(template.id, id);
    templates.push({ ...template, id });
    taken.add(id);
  }
  const starred = [...new Set([...current.starred, ...incoming.starred.map((id) => renamed.get(id) ?? id)])];
  const hiddenBuiltIns = [...new Set([...current.hiddenBuiltIns, ...incoming.hiddenBuiltIns])];
  return { ...current, settings: { ...incoming.settings }, templates, starred, hiddenBuiltIns };
}
