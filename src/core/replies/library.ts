/**
 * Built-in templates from the locale tables, and the order suggestions are shown in.
 */
import type { CategoryId } from "../categories";
import type { SituationFacts } from "../facts/types";
import { type FitCondition, holds } from "./fit";
import { replyLanguageFor, replyLocaleFor, type ReplyLocale, type StrategyText } from "./locales";
import { TONES, type ReplyTemplate, type Tone } from "./types";

/** Greeting, body and sign-off joined into one template text, so every text renders the same way. */
function composeText(table: ReplyLocale, category: CategoryId, tone: Tone, body: string): string {
  const unnamed = table.greetingUnnamedByCategory[category]?.[tone] ?? table.greetingUnnamed[tone];
  return `[[${table.greetingNamed[tone]}||${unnamed}]]\n\n${body}\n\n${table.closing[tone]}`;
}

/** A line of the locale's own wording (a reason, a wish) in the spelling of the user's locale. */
export function inSpellingOf(text: string, locale: string | undefined): string {
  const table = replyLocaleFor(locale);
  return respell(text, table.grammar.spelling[spellingRegionOf(table, locale)]);
}

/** The region whose spelling a locale tag asks for ("en-GB" → GB), or the table's default. */
export function spellingRegionOf(table: ReplyLocale, locale: string | undefined): string {
  const region = (locale ?? "").trim().split(/[-_]/)[1]?.toUpperCase() ?? "";
  return region in table.grammar.spelling || region === table.grammar.writtenIn ? region : table.grammar.defaultRegion;
}

const WORD = /\p{L}+/gu;

/** The text in a region's spelling: each listed word replaced, its capital kept. */
export function respell(text: string, words: Readonly<Record<string, string>> | undefined): string {
  if (!words) return text;
  return text.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const other = words[lower];
    if (other === undefined) return word;
    return word[0] === lower[0] ? other : other[0].toUpperCase() + other.slice(1);
  });
}

/** A follow-up answer fits only after the user's no, and then leads. */
const AFTER_NO: readonly FitCondition[] = ["askedAgainAfterNo"];

function toTemplate(table: ReplyLocale, category: CategoryId, entry: StrategyText, region: string): ReplyTemplate {
  const spelling = table.grammar.spelling[region];
  const texts: Partial<Record<Tone, string>> = {};
  for (const tone of TONES) texts[tone] = respell(composeText(table, category, tone, entry.body[tone]), spelling);
  const followUp = entry.forFollowUp === true;
  return {
    id: `${category}.${entry.key}`,
    category,
    strategy: respell(entry.strategy, spelling),
    whenToUse: respell(entry.whenToUse, spelling),
    texts,
    ...(followUp ? { forFollowUp: true } : {}),
    ...(entry.claims ? { claims: entry.claims } : {}),
    ...(entry.requires || followUp ? { requires: entry.requires ?? AFTER_NO } : {}),
    ...(entry.excludes ? { excludes: entry.excludes } : {}),
    ...(entry.leads || followUp ? { leads: entry.leads ?? AFTER_NO } : {}),
  };
}

const builtInCache = new Map<string, ReplyTemplate[]>();

/** The built-in templates of a category in the table's order (best first), for a locale. */
export function builtInReplies(category: CategoryId, locale?: string): ReplyTemplate[] {
  const table = replyLocaleFor(locale);
  const region = spellingRegionOf(table, locale);
  const key = `${replyLanguageFor(locale)}-${region}:${category}`;
  let templates = builtInCache.get(key);
  if (!templates) {
    templates = table.strategies[category].map((entry) => toTemplate(table, category, entry, region));
    builtInCache.set(key, templates);
  }
  // Copies: callers may decorate what they get without touching the cache.
  return templates.map((t) => ({ ...t, texts: { ...t.texts } }));
}

export interface RankOptions {
  followUp?: boolean;
  userTemplates?: ReplyTemplate[];
  starred?: string[];
  /** The situation: strategies that do not fit it are left out, and those it calls for lead. */
  facts?: SituationFacts;
  /** Built-in ids the user deleted: left out before the first is chosen. */
  hiddenBuiltIns?: readonly string[];
}

/** Why the first suggestion is first: a condition that made it lead, or one of the plain reasons. */
export type FirstReason = FitCondition | "default" | "chaser" | "starred" | "yours";

export interface RankedReplies {
  replies: ReplyTemplate[];
  firstReason: FirstReason;
}

/** Without facts, a followUp flag still means "asked again after a no" (callers that predate the facts). */
function conditionHolds(condition: FitCondition, options: RankOptions): boolean {
  if (options.facts) return holds(condition, options.facts);
  return condition === "askedAgainAfterNo" && options.followUp === true;
}

function fits(template: ReplyTemplate, options: RankOptions): boolean {
  if (template.custom) return true;
  return (
    (template.requires ?? []).every((c) => conditionHolds(c, options)) &&
    !(template.excludes ?? []).some((c) => conditionHolds(c, options))
  );
}

/** The first condition that makes a template lead, or null. */
function leadOf(template: ReplyTemplate, options: RankOptions): FitCondition | null {
  return (template.leads ?? []).find((c) => conditionHolds(c, options)) ?? null;
}

/** Rank of a leading condition: a second ask outranks everything, then occasions and people, then the ask. */
const LEAD_ORDER: readonly FitCondition[] = [
  "askedAgainAfterNo",
  "detailsArrived",
  "introductionOffered",
  "occasion",
  "colleague",
  "recruiterApproach",
  "application",
  "askedToSpeak",
  "askedToMeet",
  "client",
  "stranger",
  "chaserAfterSilence",
];

/**
 * Order: starred (in the order starred); then the replies the situation calls for (a firm answer
 * after the user's no, congratulations for an occasion…), the user's own follow-up answers among
 * them when asked again; then the user's own templates; then the built-ins, those that state
 * something about the user after those that do not. Strategies that do not fit the situation are
 * left out. Ties keep input order: deterministic.
 */
export function rankWithReason(category: CategoryId, builtIns: ReplyTemplate[], options: RankOptions): RankedReplies {
  const own = (options.userTemplates ?? []).filter((t) => t.category === category).map((t) => ({ ...t, custom: true }));
  const seen = new Set<string>();
  const hidden = new Set(options.hiddenBuiltIns ?? []);
  const shown = builtIns.filter((t) => !hidden.has(t.id));
  const candidates = [...own, ...shown].filter((t) => !seen.has(t.id) && seen.add(t.id) && fits(t, options));
  const starred = options.starred ?? [];
  const afterNo = conditionHolds("askedAgainAfterNo", options);
  const leadRank = (t: ReplyTemplate): number => {
    if (t.custom && t.forFollowUp && afterNo) return -1;
    const lead = leadOf(t, options);
    return lead === null ? LEAD_ORDER.length : LEAD_ORDER.indexOf(lead);
  };
  const tier = (t: ReplyTemplate): number => {
    if (leadRank(t) < LEAD_ORDER.length) return 0;
    if (t.custom) return t.forFollowUp ? 4 : 1;
    return (t.claims?.length ?? 0) > 0 ? 3 : 2;
  };
  const starRank = (t: ReplyTemplate): number => {
    const at = starred.indexOf(t.id);
    return at < 0 ? starred.length : at;
  };
  const replies = candidates
    .map((template, index) => ({ template, index }))
    .sort(
      (a, b) =>
        starRank(a.template) - starRank(b.template) ||
        tier(a.template) - tier(b.template) ||
        leadRank(a.template) - leadRank(b.template) ||
        a.index - b.index,
    )
    .map(({ template }) => template);
  const first = replies[0];
  let firstReason: FirstReason = conditionHolds("chaserAfterSilence", options) ? "chaser" : "default";
  if (first && starRank(first) < starred.length) firstReason = "starred";
  else if (first && leadOf(first, options)) firstReason = leadOf(first, options) as FitCondition;
  else if (first?.custom) firstReason = first.forFollowUp && afterNo ? "askedAgainAfterNo" : "yours";
  return { replies, firstReason };
}

export function rankReplies(category: CategoryId, builtIns: ReplyTemplate[], options: RankOptions): ReplyTemplate[] {
  return rankWithReason(category, builtIns, options).replies;
}
