/**
 * Mechanical checks of a rendered reply: what a careful reader would circle in red without
 * knowing anything about the invitation. Pure; used by `npm run audit-replies` and the tests.
 *
 * The checks read the finished text (English patterns for now; another language adds its own
 * patterns here when its table arrives), so they catch a mistake whichever table or code made it.
 */
import type { SituationFacts } from "../facts/types";
import { type ClaimKind, supportedClaims } from "./fit";
import type { ReplyTemplate } from "./types";

export const DEFECT_KINDS = [
  "leakedPlaceholder",
  "emptyPlaceholder",
  "doubledWord",
  "articleBeforePossessive",
  "clashingPunctuation",
  "dateTwice",
  "emptyGreetingName",
  "replyToNoReply",
  "unsupportedClaim",
  "mixedSpelling",
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface Defect {
  kind: DefectKind;
  /** The words that show it. */
  excerpt: string;
}

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

interface TextCheck {
  kind: DefectKind;
  pattern: RegExp;
}

const TEXT_CHECKS: readonly TextCheck[] = [
  { kind: "leakedPlaceholder", pattern: /\{[A-Za-z][A-Za-z0-9_]*\}|\[\[|\]\]|\|\||\bundefined\b|\bnull\b/ },
  // A value that came out empty leaves its words hanging: "to the .", "on ,", "Hi ,".
  {
    kind: "emptyPlaceholder",
    pattern: /(?<![\p{L}\p{N}'’])(?:the|an?|to|at|of|from)\s*[.,;:!?](?=\s|$)| {2,}|\s[.,;:!?](?=\s|$)|\(\s*\)/iu,
  },
  { kind: "doubledWord", pattern: /\b(\p{L}+)\s+\1\b/iu },
  { kind: "articleBeforePossessive", pattern: /\bthe\s+(?:\p{Lu}[\p{L}-]*['’]s\b|(?:your|my|our|his|her|their)\b)/u },
  { kind: "clashingPunctuation", pattern: /[!?][.,;:]|[.,;:][!?,;:]|,\.|(?<!\.)\.\.(?!\.)|!!|\?\?/ },
  { kind: "emptyGreetingName", pattern: /^(?:Hi|Hey|Dear)\s*,/m },
];

/** A date as written in a sentence: "March 18", "18 March", "the 18th of March". */
const DATE_EXPRESSION = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b)`,
  "g",
);

/** A date said twice ("mixer - March 18 … on Wednesday 18 March"). */
function dateTwice(text: string): string | null {
  const dates = text.match(DATE_EXPRESSION) ?? [];
  return dates.length >= 2 ? dates.join(" … ") : null;
}

/** Words spelt one way in British and another in American English: [British, American]. */
const SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["honoured", "honored"],
  ["honour", "honor"],
  ["organisers", "organizers"],
  ["organiser", "organizer"],
  ["organisation", "organization"],
  ["organise", "organize"],
  ["recognise", "recognize"],
  ["favour", "favor"],
  ["colour", "color"],
  ["centre", "center"],
  ["realise", "realize"],
  ["apologise", "apologize"],
  ["prioritise", "prioritize"],
  ["travelling", "traveling"],
  ["programme", "program"],
  ["catalogue", "catalog"],
];
const GB_WORDS = new Map(SPELLING_PAIRS.map(([gb]) => [gb, gb]));
const US_WORDS = new Map(SPELLING_PAIRS.map(([, us]) => [us, us]));
const GB_DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\b`);
const US_DATE = new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}\\b`);

/** British and American forms in one reply, or a form that is not the user's locale's. */
function mixedSpelling(text: string, region: "GB" | "US"): string | null {
  const gb: string[] = [];
  const us: string[] = [];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GB_WORDS.has(word)) gb.push(word);
    if (US_WORDS.has(word)) us.push(word);
  }
  const gbDate = GB_DATE.exec(text)?.[0];
  const usDate = US_DATE.exec(text)?.[0];
  if (gbDate) gb.push(gbDate);
  if (usDate) us.push(usDate);
  if (gb.length > 0 && us.length > 0) return `${gb[0]} / ${us[0]}`;
  if (region === "US" && gb.length > 0) return `${gb[0]} (en-US)`;
  if (region === "GB" && us.length > 0) return `${us[0]} (en-GB)`;
  return null;
}

/** Claims about the user, as the words say them: the check does not trust the template's own list. */
const CLAIM_WORDS: ReadonlyArray<readonly [ClaimKind, RegExp]> = [
  ["offer", /accepted another offer/i],
  ["provider", /already (?:work with|have) a provider/i],
  ["commitment", /(?:prior|another|a) commitment|already committed/i],
  ["gift", /token is on its way|sending a little something|arranged a small token/i],
  ["colleague", /colleague[^.]*(?:in my place|on my behalf)/i],
  ["family", /evenings and weekends for (?:my )?family/i],
];

/** An address nobody reads, by its own patterns (independent of the facts' reading). */
const NO_REPLY_ADDRESS =
  /(?:^|[._-])(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|bounces?)(?:[._+-]|@)|@(?:[a-z0-9-]+\.)*linkedin\.com$/i;

export interface AuditInput {
  text: string;
  template: ReplyTemplate;
  /** The reply the pane shows first. */
  isDefault: boolean;
  facts: SituationFacts;
  /** Where the product would send it: the address of an email reply, or null when it offers none. */
  emailTo: string | null;
  region: "GB" | "US";
  /** The values inserted into the text (a title, a name): the organiser's own spelling is not ours to check. */
  values?: readonly string[];
}

export function auditReply(input: AuditInput): Defect[] {
  const { text } = input;
  const defects: Defect[] = [];
  for (const check of TEXT_CHECKS) {
    const match = check.pattern.exec(text);
    if (match) defects.push({ kind: check.kind, excerpt: excerptAround(text, match.index, match[0].length) });
  }
  const dates = dateTwice(text);
  if (dates) defects.push({ kind: "dateTwice", excerpt: dates });
  let ownWords = text;
  for (const value of input.values ?? []) if (value.length > 2) ownWords = ownWords.split(value).join(" ");
  const spelling = mixedSpelling(ownWords, input.region);
  if (spelling) defects.push({ kind: "mixedSpelling", excerpt: spelling });
  if (input.emailTo !== null && NO_REPLY_ADDRESS.test(input.emailTo)) {
    defects.push({ kind: "replyToNoReply", excerpt: input.emailTo });
  }
  if (input.isDefault) {
    const supported = supportedClaims(input.facts);
    for (const [claim, words] of CLAIM_WORDS) {
      const match = words.exec(text);
      if (match && !supported.has(claim)) defects.push({ kind: "unsupportedClaim", excerpt: match[0] });
    }
  }
  return defects;
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + length + 20);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\n/g, "⏎")}${end < text.length ? "…" : ""}`;
}
