import { EN } from "./en";
import type { ReplyLocale } from "./types";

export type { ReplyGrammar, ReplyLocale, StrategyText } from "./types";

/** Reply tables by primary language subtag. Add a language by adding its table here. */
export const REPLY_LOCALES: Readonly<Record<string, ReplyLocale>> = { en: EN };

export const DEFAULT_REPLY_LANGUAGE = "en";

/** The language whose table serves a BCP 47 tag: "en-GB" → "en"; unknown or missing → English. */
export function replyLanguageFor(locale: string | undefined): string {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return language in REPLY_LOCALES ? language : DEFAULT_REPLY_LANGUAGE;
}

export function replyLocaleFor(locale: string | undefined): ReplyLocale {
  return REPLY_LOCALES[replyLanguageFor(locale)];
}
