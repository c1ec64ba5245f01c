import { createContext, useContext } from "react";
import { en, type TemplateStrings } from "./en";

export type { TemplateStrings } from "./en";

/** Tables by primary language subtag. Add a locale by adding its table here. */
const TABLES: Record<string, TemplateStrings> = { en };

/** The table for a BCP 47 tag ("fr-CA" → fr), falling back to English. */
export function templateStringsFor(locale: string | undefined): TemplateStrings {
  const language = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return TABLES[language] ?? en;
}

export const TemplateStringsContext = createContext<TemplateStrings>(en);

export function useTemplateStrings(): TemplateStrings {
  return useContext(TemplateStringsContext);
}
