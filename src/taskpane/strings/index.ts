import { en, type UiStrings } from "./en";

export type { UiStrings } from "./en";

/** Tables by primary language subtag. Add a locale by adding its table here. */
const TABLES: Record<string, UiStrings> = { en };

/** The table for a BCP 47 tag ("fr-CA" → fr), falling back to English. */
export function stringsFor(locale: string | undefined): UiStrings {
  const language = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return TABLES[language] ?? en;
}
