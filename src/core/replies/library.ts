/**
 * Built-in templates from the locale tables, and the order suggestions are shown in.
 */
import type { CategoryId } from "../categories";
import { replyLanguageFor, replyLocaleFor, type ReplyLocale, type StrategyText } from "./locales";
import { TONES, type ReplyTemplate, type Tone } from "./types";

/** Greeting, body and sign-off joined into one template text, so every text renders the same way. */
function composeText(table: ReplyLocale, category: CategoryId, tone: Tone, body: string): string {
  const unnamed = table.greetingUnnamedByCategory[category]?.[tone] ?? table.greetingUnnamed[tone];
  return `[[${table.greetingNamed[tone]}||${unnamed}]]\n\n${body}\n\n${table.closing[tone]}`;
}

function toTemplate(table: ReplyLocale, category: CategoryId, entry: StrategyText): ReplyTemplate {
  const texts: Partial<Record<Tone, string>> = {};
  for (const tone of TONES) texts[tone] = composeText(table, category, tone, entry.body[tone]);
  return {
    id: `${category}.${entry.key}`,
    category,
    strategy: entry.strategy,
    whenToUse: entry.whenToUse,
    texts,
    ...(entry.forFollowUp ? { forFollowUp: true } : {}),
  };
}

const builtInCache = new Map<string, ReplyTemplate[]>();

/** The built-in templates of a category in the table's order (best first), for a locale. */
export function builtInReplies(category: CategoryId, locale?: string): ReplyTemplate[] {
  const key = `${replyLanguageFor(locale)}:${category}`;
  let templates = builtInCache.get(key);
  if (!templates) {
    const table = replyLocaleFor(locale);
    templates = table.strategies[category].map((entry) => toTemplate(table, category, entry));
    builtInCache.set(key, templates);
  }
  // Copies: callers may decorate what they get without touching the cache.
  return templates.map((t) => ({ ...t, texts: { ...t.texts } }));
}

export interface RankOptions {
  followUp?: boolean;
  userTemplates?: ReplyTemplate[];
  starred?: string[];
}

/**
 * Order: starred (in the order starred); then, when this is a follow-up, the follow-up answers
 * (the user's before the built-in); then the user's own templates; then the built-ins best first;
 * and follow-up answers last when it is not a follow-up. Ties keep input order: deterministic.
 */
export function rankReplies(category: CategoryId, builtIns: ReplyTemplate[], options: RankOptions): ReplyTemplate[] {
  const own = (options.userTemplates ?? []).filter((t) => t.category === category).map((t) => ({ ...t, custom: true }));
  const seen = new Set<string>();
  const candidates = [...own, ...builtIns].filter((t) => !seen.has(t.id) && seen.add(t.id));
  const starred = options.starred ?? [];
  const tier = (t: ReplyTemplate): number => {
    if (t.forFollowUp) return options.followUp ? 0 : 3;
    return t.custom ? 1 : 2;
  };
  const starRank = (t: ReplyTemplate): number => {
    const at = starred.indexOf(t.id);
    return at < 0 ? starred.length : at;
  };
  return candidates
    .map((template, index) => ({ template, index }))
    .sort(
      (a, b) => starRank(a.template) - starRank(b.template) || tier(a.template) - tier(b.template) || a.index - b.index,
    )
    .map(({ template }) => template);
}
