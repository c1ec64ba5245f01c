import type { Evidence } from "../core/classification";

function signed(weight: number): string {
  const rounded = Math.round(weight * 100) / 100;
  return rounded >= 0 ? `+${rounded}` : String(rounded);
}

/** `subject "coffee" → coffee_chat +2`: where, what, for which category, how much. */
export function formatEvidence(evidence: Evidence): string {
  return `${evidence.field} "${evidence.text}" → ${evidence.category} ${signed(evidence.weight)}`;
}

/** The evidence, strongest first, one per line with the given indent; "(none)" when empty. */
export function formatEvidenceList(evidence: readonly Evidence[], indent: string): string {
  if (evidence.length === 0) return `${indent}(none)`;
  return [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((item) => `${indent}${formatEvidence(item)}`)
    .join("\n");
}

/** Indents every line of a block of text. */
export function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line ? prefix + line : line))
    .join("\n");
}

/** A plain-text table with left-aligned first column and right-aligned others. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
