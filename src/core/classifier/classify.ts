/**
 * The invitation classifier: phrase tables (phrases.ts) read per field through a token trie,
 * plus metadata signals (signals.ts), summed per category and turned into a confidence.
 *
 * Deterministic and linear in the size of the input: every field is tokenised once and
 * streamed through a matcher whose memory is a few words; nothing is truncated.
 */
import { CATEGORY_IDS, type CategoryId } from "../categories";
import type { Classification, Evidence, EvidenceField } from "../classification";
import { domainOf, type Invitation } from "../invitation";
import { buildTrie, FIELD_START, phraseParts, StreamMatcher, vocabularyOf, type PhraseTrie } from "./matcher";
import {
  LOCATION_PHRASES,
  SENDER_PHRASES,
  SUBJECT_PHRASES,
  TEXT_PHRASES,
  type PhraseGroup,
  type PhraseTag,
  type Weights,
} from "./phrases";
import {
  DOMAIN_GROUPS,
  FREEMAIL_DOMAINS,
  GENERIC_DOMAIN_LABELS,
  LINKEDIN_DOMAINS,
  LIST_ADDRESSES,
  SIGNALS,
  STREET_WORDS,
  type DomainGroupId,
  type Facts,
} from "./signals";
import { quotedStart } from "./quoted";
import { Lexicon, OTHER_WORD, tokenize, WordReader, type TokenSink } from "./tokenize";

/** One phrase of the tables with the weights of every group it appears in. */
interface PhraseRule {
  phrase: string;
  weights: Weights;
  tags: readonly PhraseTag[];
}

type TextField = Exclude<EvidenceField, "metadata">;

/** How much a phrase counts in each field: the subject is a summary, so it says more. */
const FIELD_FACTOR: Readonly<Record<TextField, number>> = { subject: 1.5, body: 1, location: 1, sender: 1 };

/**
 * Bound on one field's total for one category: many distinct phrases in a long newsletter
 * should not outvote a clear subject. Applied as cap * tanh(sum / cap), so it is monotone.
 */
const FIELD_CAP = 10;

/** A phrase seen again adds a little, up to this multiple of its weight, never more. */
const MAX_REPEAT_FACTOR = 1.5;
const REPEAT_STEP = 0.25;

/**
 * Quoted history counts less than what the sender writes now. A forward's quoted part is the
 * item being passed on, so it keeps most of its weight; a reply's history keeps little.
 */
const FORWARDED_FACTOR = 0.8;
const QUOTED_FACTOR = 0.35;
/** Tags (an ask, a follow-up) count only from text weighed at least this much. */
const TAG_MIN_FACTOR = 0.5;
const FORWARD_SUBJECT = /^\s*(fwd?|wg|tr|rv|enc|doorst)\s*:/i;
/** A reply's subject was written for the message it answers: it says less about this one. */
const REPLY_SUBJECT = /^\s*(re|aw|sv|antw)\s*:/i;
const REPLY_SUBJECT_FACTOR = 0.6;

/** Softmax temperature: higher spreads confidence, lower sharpens it. */
const TEMPERATURE = 1.6;

/** Reply and forward prefixes skipped before the subject's "^" anchor. */
const SUBJECT_PREFIXES: ReadonlySet<string> = new Set(["re", "fw", "fwd", "aw", "wg", "sv", "tr", "rv", "vs", "antw"]);

function toRules(groups: readonly PhraseGroup[]): Array<readonly [readonly string[], PhraseRule]> {
  return groups.flatMap((group) => {
    // One tag list per group, shared by its rules: the tables are built while the pane loads.
    const tags = group.tag ? [group.tag] : NO_TAGS;
    return group.phrases.map((phrase) => [phraseParts(phrase), { phrase, weights: group.weights, tags }] as const);
  });
}

const NO_TAGS: readonly PhraseTag[] = [];

function mergeRules(existing: PhraseRule, added: PhraseRule): PhraseRule {
  const weights: Weights = { ...existing.weights };
  for (const category of CATEGORY_IDS) {
    const extra = added.weights[category];
    if (extra !== undefined) weights[category] = (weights[category] ?? 0) + extra;
  }
  return { phrase: existing.phrase, weights, tags: [...new Set([...existing.tags, ...added.tags])] };
}

const TRIES: Readonly<Record<TextField, PhraseTrie<PhraseRule>>> = (() => {
  const body = buildTrie(toRules(TEXT_PHRASES), mergeRules);
  return {
    // The body's phrases plus the subject's own, sharing the body's nodes: the pane builds these as it loads.
    subject: buildTrie(toRules(SUBJECT_PHRASES), mergeRules, body),
    body,
    location: buildTrie(toRules(LOCATION_PHRASES), mergeRules),
    sender: buildTrie(toRules(SENDER_PHRASES), mergeRules),
  };
})();

/**
 * Every word some rule can use. Other words reach the matcher as one placeholder token, which
 * spares building a string for each of them (random text is mostly such words).
 */
const LEXICON = Lexicon.of([...vocabularyOf(...Object.values(TRIES)), ...SUBJECT_PREFIXES]);

// ---------------------------------------------------------------------------------------------
// Reading an untrusted invitation

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function addressOf(person: unknown): string {
  return typeof person === "object" && person !== null ? text((person as { address?: unknown }).address) : "";
}

function nameOf(person: unknown): string {
  return typeof person === "object" && person !== null ? text((person as { name?: unknown }).name) : "";
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function localPartOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? address : address.slice(0, at);
}

/** True when `domain` is `parent` or one of its subdomains. */
function within(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith("." + parent);
}

/** A currency sign right before a digit: "$7,500", "£ 3,950", "€40". Linear, no backtracking. */
const PRICE_PATTERN = /[$£€]\s?\d/g;
const MAX_PRICES_COUNTED = 3;

function countPrices(body: string): number {
  PRICE_PATTERN.lastIndex = 0;
  let count = 0;
  while (count < MAX_PRICES_COUNTED && PRICE_PATTERN.exec(body) !== null) count++;
  return count;
}

/** The labels of a sender's domain that can name a company ("go.gridsight.io" → "gridsight"). */
function brandLabels(domain: string): Set<string> {
  const labels = domain
    .split(".")
    .slice(0, -1)
    .flatMap((label) => [label, ...label.split("-")]);
  return new Set(labels.filter((label) => label.length >= 4 && !GENERIC_DOMAIN_LABELS.has(label)));
}

/**
 * The words of an ordinary organisation's domain name ("gulfmark-pipeline.com" → gulfmark,
 * pipeline). Platforms (LinkedIn, ticketing, recruiting, mailers) and personal mail keep their
 * words: there the domain names the service, not the sender.
 */
function companyWords(domain: string): Set<string> {
  if (FREEMAIL_DOMAINS.has(domain) || domainGroupOf(domain) !== null) return new Set();
  if (LINKEDIN_DOMAINS.some((parent) => within(domain, parent))) return new Set();
  const labels = domain
    .split(".")
    .slice(0, -1)
    .flatMap((label) => label.split("-"));
  return new Set(labels.filter((label) => label.length >= 4 && !GENERIC_DOMAIN_LABELS.has(label)));
}

/** A distribution list ("allstaff@", "everyone@") stands for many recipients. */
function isListAddress(address: string): boolean {
  const local = localPartOf(address).replace(/[^a-z0-9]/g, "");
  return LIST_ADDRESSES.has(local);
}

/**
 * A mailing list's own name, by the conventions list software uses: "perl-users",
 * "spug-list", "FORK-L", "…-announce". Read from the address or the name shown for it.
 */
const MAILING_LIST_NAME = /[a-z0-9][-_.](list|l|users|announce|discuss)$/;

function isMailingList(person: unknown): boolean {
  return [localPartOf(addressOf(person)), nameOf(person)].some((name) =>
    MAILING_LIST_NAME.test(name.trim().toLowerCase()),
  );
}

/** How many people a distribution list counts for. */
const LIST_RECIPIENTS = 50;

const START_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})/;

/** Hour and weekday of the wall-clock part of an ISO start ("2026-03-14T16:00:00+01:00"). */
function wallClock(start: string): { hour: number | null; weekday: number | null } {
  const match = START_PATTERN.exec(start.slice(0, 16));
  if (!match) return { hour: null, weekday: null };
  const [year, month, day, hour] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = hour < 24 && !Number.isNaN(date.getTime()) && date.getUTCDate() === day;
  return valid ? { hour, weekday: date.getUTCDay() } : { hour: null, weekday: null };
}

function domainGroupOf(domain: string): DomainGroupId | null {
  for (const [id, domains] of Object.entries(DOMAIN_GROUPS) as Array<[DomainGroupId, readonly string[]]>) {
    if (domains.some((parent) => within(domain, parent))) return id;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Hit {
  field: TextField;
  rule: PhraseRule;
  count: number;
  /** The largest weight factor it was seen with: 1 in fresh text, less in quoted history. */
  factor: number;
}

class PhraseHits {
  /**
   * Per field, by rule: the subject's trie shares the body's rule objects for the text phrases, so
   * a rule alone does not say which field it was seen in.
   */
  private readonly byField: Record<TextField, Map<PhraseRule, Hit>> = {
    subject: new Map(),
    body: new Map(),
    location: new Map(),
    sender: new Map(),
  };
  /** Every hit, in the order first seen. */
  private readonly seen: Hit[] = [];
  private readonly tags = new Set<PhraseTag>();

  record(field: TextField, rule: PhraseRule, factor = 1): void {
    const hits = this.byField[field];
    const hit = hits.get(rule);
    if (hit) {
      hit.count++;
      hit.factor = Math.max(hit.factor, factor);
    } else {
      const added = { field, rule, count: 1, factor };
      hits.set(rule, added);
      this.seen.push(added);
    }
    // An ask or a follow-up in the history of a reply was made then, not now.
    if (factor >= TAG_MIN_FACTOR) for (const tag of rule.tags) this.tags.add(tag);
  }

  has(tag: PhraseTag): boolean {
    return this.tags.has(tag);
  }

  all(): readonly Hit[] {
    return this.seen;
  }
}

function matcherFor(field: TextField, hits: PhraseHits, factor = 1): StreamMatcher<PhraseRule> {
  return new StreamMatcher(TRIES[field], (rule) => hits.record(field, rule, factor));
}

/** Streams a field's words through its trie. */
function readField(field: TextField, value: string, hits: PhraseHits, lexicon: Lexicon | null = LEXICON): void {
  const matcher = matcherFor(field, hits);
  const reader = new WordReader(value, lexicon);
  for (let word = reader.next(); word !== null; word = reader.next()) matcher.push(word);
  matcher.end();
}

/** What reading the body found besides phrases. */
interface BodyShape {
  /** The body names one of the sender's brand words. */
  brandMentioned: boolean;
  /** Words the sender wrote above any quoted history. */
  freshWords: number;
  /** The body carries quoted history (a reply's or a forward's). */
  hasHistory: boolean;
  /** What the sender writes now ends a sentence with "?" (a link's "?x=1" does not count). */
  freshQuestion: boolean;
  /** How many people the quoted message was addressed to (0 when unknown). */
  quotedRecipients: number;
  /** The domains of the quoted messages' senders, where their headers name them. */
  quotedSenderDomains: readonly string[];
}

/** True when `text` has a question mark before `end` that ends a sentence, not a link's query. */
function asksQuestion(text: string, end: number): boolean {
  for (let at = text.indexOf("?"); at >= 0 && at < end; at = text.indexOf("?", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (Number.isNaN(next) || next <= 0x20 || next === 0x22 || next === 0x29) return true;
  }
  return false;
}

/**
 * Reads the body, the quoted history of a reply or forward (see quoted.ts) at a lower weight,
 * and says how the body is built (brand named, fresh words, history). The words of the sender's company name are
 * hidden: "Gulfmark Pipeline Co." in a signature says nothing about a sales pipeline.
 */
function readBody(
  body: string,
  subject: string,
  hits: PhraseHits,
  brands: ReadonlySet<string>,
  companyWords: ReadonlySet<string>,
): BodyShape {
  const lexicon = brands.size > 0 ? LEXICON.extendedWith(brands) : LEXICON;
  const watching = brands.size > 0;
  const hiding = companyWords.size > 0;
  const quoteAt = quotedStart(body);
  // History under a fresh subject is passed on (a forward, Lotus Notes' "Forwarded by"), not answered.
  const forwarded = FORWARD_SUBJECT.test(subject) || !REPLY_SUBJECT.test(subject);
  const quotedFactor = forwarded ? FORWARDED_FACTOR : QUOTED_FACTOR;
  let seen = false;
  let freshWords = 0;
  for (const [from, to, factor] of [
    [0, quoteAt, 1],
    [quoteAt, body.length, quotedFactor],
  ] as const) {
    if (from >= to) continue;
    const matcher = matcherFor("body", hits, factor);
    const reader = new WordReader(body, lexicon, from, to);
    for (let word = reader.next(); word !== null; word = reader.next()) {
      if (watching && !seen && brands.has(word)) seen = true;
      if (from === 0) freshWords++;
      matcher.push(hiding && companyWords.has(word) ? OTHER_WORD : word);
    }
    matcher.end();
  }
  return {
    brandMentioned: seen,
    freshWords,
    hasHistory: quoteAt < body.length,
    freshQuestion: asksQuestion(body, quoteAt),
    quotedRecipients: quoteAt < body.length ? quotedRecipients(body, quoteAt) : 0,
    quotedSenderDomains: quoteAt < body.length ? quotedSenderDomains(body, quoteAt) : [],
  };
}

/** Skips reply and forward prefixes, then marks the start of the subject for "^" phrases. */
function readSubject(subject: string, hits: PhraseHits): void {
  const matcher = matcherFor("subject", hits, REPLY_SUBJECT.test(subject) ? REPLY_SUBJECT_FACTOR : 1);
  const reader = new WordReader(subject, LEXICON);
  let word = reader.next();
  while (word !== null && SUBJECT_PREFIXES.has(word)) word = reader.next();
  if (word !== null) matcher.push(FIELD_START);
  for (; word !== null; word = reader.next()) matcher.push(word);
  matcher.end();
}

/** A number within a few words of a street word, either order ("14 Calle Roble", "Elm St 5"). */
function streetAddressDetector(): TokenSink & { found: () => boolean } {
  const NEAR = 4;
  let index = 0;
  let lastNumber = -Infinity;
  let lastStreetWord = -Infinity;
  let found = false;
  return {
    push(token) {
      index++;
      if (/^\d{1,5}[a-z]?$/.test(token)) {
        if (index - lastStreetWord <= 2) found = true;
        lastNumber = index;
      } else if (STREET_WORDS.has(token) && index - lastNumber <= NEAR && index - lastNumber >= 1) {
        found = true;
      } else if (STREET_WORDS.has(token)) {
        lastStreetWord = index;
      }
    },
    found: () => found,
  };
}

/** A line that starts with a clock time: "8:25am DEPART", "10:00 Meeting", "9.30 Arrivals". */
const TIMED_LINE = /[ \t]*\d{1,2}[:.;]\d{2}[ \t]*(am|pm|a\.m\.|p\.m\.|h)?[ \t]+\S/iy;
const MAX_TIMED_LINES = 12;
/** Only the start of a body is looked at: a day's schedule is not buried under pages of text. */
const SCHEDULE_SCAN = 20_000;

/** How many lines start with a clock time: a day's schedule or itinerary lists many. */
function countTimedLines(body: string): number {
  let count = 0;
  const end = Math.min(body.length, SCHEDULE_SCAN);
  for (let start = 0; start < end && count < MAX_TIMED_LINES;) {
    TIMED_LINE.lastIndex = start;
    if (TIMED_LINE.test(body)) count++;
    const next = body.indexOf("\n", start);
    if (next < 0) break;
    start = next + 1;
  }
  return count;
}

/** How far into the quoted history its header block ("To: a; b; c … Subject:") is looked for. */
const QUOTED_HEADER_SPAN = 3000;
const QUOTED_TO_LINE = /^[ \t]*(to|an|a|para|aan)[ \t]*:/im;
const QUOTED_SUBJECT_LINE = /^[ \t]*(subject|betreff|objet|asunto|oggetto|onderwerp)[ \t]*:/im;

/**
 * How many people the quoted message was addressed to, read from its "To:"/"cc:" lines: a
 * forwarded memo to thirty colleagues is an announcement even when it reaches me alone.
 */
function quotedRecipients(body: string, quoteAt: number): number {
  const header = body.slice(quoteAt, Math.min(body.length, quoteAt + QUOTED_HEADER_SPAN));
  const to = QUOTED_TO_LINE.exec(header);
  if (!to) return 0;
  const subject = QUOTED_SUBJECT_LINE.exec(header.slice(to.index));
  const block = header.slice(to.index, subject ? to.index + subject.index : header.length);
  let separators = 0;
  for (let i = 0; i < block.length; i++) {
    const code = block.charCodeAt(i);
    if (code === 0x3b || code === 0x40) separators++; // ";" between names, "@" in each address
  }
  return separators + 1;
}

/** A full mail address; Lotus Notes' internal "Jane Doe/HOU/ECT@ECT" has no dotted domain. */
const DOTTED_ADDRESS = /[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)/;
const QUOTED_TO_LINES = new RegExp(QUOTED_TO_LINE.source, "gim");
/** A quoted sender's line sits this many lines above its "To:" line (Outlook: From, Sent, To). */
const SENDER_LINES_ABOVE_TO = 3;

/**
 * The domains of whoever wrote the quoted messages (a forward of a forward has several): the
 * full address in the few lines above each quoted "To:" line. A sender written as a bare name,
 * as Lotus Notes writes colleagues, adds nothing.
 */
function quotedSenderDomains(body: string, quoteAt: number): string[] {
  const header = body.slice(quoteAt, Math.min(body.length, quoteAt + QUOTED_HEADER_SPAN));
  const domains: string[] = [];
  for (const to of header.matchAll(QUOTED_TO_LINES)) {
    let from = to.index;
    for (let line = 0; line < SENDER_LINES_ABOVE_TO && from > 0; line++) from = header.lastIndexOf("\n", from - 2) + 1;
    const domain = DOTTED_ADDRESS.exec(header.slice(from, to.index))?.[1];
    if (domain) domains.push(domain.toLowerCase());
  }
  return domains;
}

/**
 * "[SAdev] …", "Re: [lug] …": the tag a mailing list puts on its posts. A tag with a slash
 * ("[owner/repo] …") is a code host's notification of a conversation, not a list.
 */
const LIST_SUBJECT_TAG = /^\s*((re|aw|fwd?)\s*:\s*)*\[[^\]\n/]{2,40}\]/i;

interface Scored {
  scores: Record<CategoryId, number>;
  evidence: Evidence[];
}

function emptyScores(): Record<CategoryId, number> {
  return Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
}

function weighPhrases(hits: PhraseHits, into: Scored): void {
  const raw = new Map<string, Evidence[]>();
  for (const { field, rule, count, factor } of hits.all()) {
    const repeat = Math.min(1 + REPEAT_STEP * (count - 1), MAX_REPEAT_FACTOR) * factor;
    for (const category of CATEGORY_IDS) {
      const weight = rule.weights[category];
      if (!weight) continue;
      const key = `${field}:${category}`;
      const bucket = raw.get(key) ?? [];
      bucket.push({ text: rule.phrase, field, category, weight: weight * repeat * FIELD_FACTOR[field] });
      raw.set(key, bucket);
    }
  }
  for (const bucket of raw.values()) {
    const sum = bucket.reduce((total, item) => total + item.weight, 0);
    const scale = sum === 0 ? 1 : (FIELD_CAP * Math.tanh(sum / FIELD_CAP)) / sum;
    for (const item of bucket) {
      const weight = round(item.weight * scale);
      into.scores[item.category] += weight;
      into.evidence.push({ ...item, weight });
    }
  }
}

function weighSignals(facts: Facts, into: Scored): void {
  for (const signal of SIGNALS) {
    if (!signal.applies(facts)) continue;
    for (const category of CATEGORY_IDS) {
      const weight = signal.weights[category];
      if (!weight) continue;
      into.scores[category] += weight;
      into.evidence.push({ text: signal.description, field: "metadata", category, weight });
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------

interface BodyFacts extends BodyShape {
  streetAddress: boolean;
  prices: number;
  timedLines: number;
  subject: string;
}

function gatherFacts(invitation: Invitation, hits: PhraseHits, body: BodyFacts): Facts {
  const senderAddress = addressOf(invitation.from).toLowerCase();
  const senderDomain = domainOf(senderAddress);
  const myDomain = domainOf(addressOf(invitation.me) || addressOf(list(invitation.to)[0]));
  const freemail = FREEMAIL_DOMAINS.has(senderDomain);
  const internal =
    senderDomain !== "" &&
    myDomain !== "" &&
    !freemail &&
    !FREEMAIL_DOMAINS.has(myDomain) &&
    (within(senderDomain, myDomain) || within(myDomain, senderDomain));
  const { hour, weekday } = wallClock(text(invitation.start));
  const kind = text(invitation.kind);
  const recipients = [...list(invitation.to), ...list(invitation.cc)];
  const listMail =
    LIST_SUBJECT_TAG.test(body.subject) || hits.has("listMail") || list(invitation.to).some(isMailingList);
  const toList = listMail || recipients.some((person) => isListAddress(addressOf(person).toLowerCase()));
  return {
    calendarItem: kind === "meetingRequest" || kind === "appointment",
    noticeItem: kind === "meetingCancellation" || kind === "meetingResponse",
    senderKnown: senderDomain !== "",
    internal,
    freemail,
    linkedin: LINKEDIN_DOMAINS.some((parent) => within(senderDomain, parent)),
    domainGroup: domainGroupOf(senderDomain),
    academic: /\.(edu|ac\.[a-z]{2})$/.test(senderDomain),
    government: /(^|\.)(gov|gouv|gob|mil|int)(\.[a-z]{2})?$/.test(senderDomain),
    nonProfit: senderDomain.endsWith(".org"),
    recipients: toList
      ? Math.max(recipients.length, LIST_RECIPIENTS)
      : Math.max(recipients.length, body.quotedRecipients),
    recurring: invitation.recurring === true,
    hour,
    weekday,
    streetAddress: body.streetAddress,
    prices: body.prices,
    brandMentioned: body.brandMentioned,
    listMail,
    reply: REPLY_SUBJECT.test(body.subject),
    forward: FORWARD_SUBJECT.test(body.subject) || (body.hasHistory && !REPLY_SUBJECT.test(body.subject)),
    hasHistory: body.hasHistory,
    originalFromOutside:
      myDomain !== "" &&
      body.quotedSenderDomains.some((domain) => !within(domain, myDomain) && !within(myDomain, domain)),
    freshWords: body.freshWords,
    freshQuestion: body.freshQuestion,
    timedLines: body.timedLines,
    ask: hits.has("ask"),
    media: hits.has("media"),
    rejection: hits.has("rejection"),
    interviewer: hits.has("interviewer"),
    homeLocation: hits.has("homeLocation"),
    onlineMeeting: hits.has("onlineMeeting"),
    followUp: hits.has("followUp"),
    staffSocial: hits.has("staffSocial"),
    settled: hits.has("settled"),
    casualMeet: hits.has("casualMeet"),
    roleAsk: hits.has("roleAsk"),
    attendOnly: hits.has("attendOnly"),
    personalOccasion: hits.has("personalOccasion"),
  };
}

function confidenceOf(scores: Record<CategoryId, number>, best: CategoryId): number {
  const top = scores[best];
  let total = 0;
  for (const category of CATEGORY_IDS) total += Math.exp((scores[category] - top) / TEMPERATURE);
  const value = 1 / total;
  return Number.isFinite(value) ? round(Math.min(1, Math.max(0, value))) : 0;
}

/** The classifier without the last-resort guard, for tests that must see any bug. */
export function classifyUnguarded(invitation: Invitation): Classification {
  const hits = new PhraseHits();
  const subject = text(invitation.subject);
  readSubject(subject, hits);
  const body = text(invitation.body);
  const senderDomain = domainOf(addressOf(invitation.from).toLowerCase());
  const company = companyWords(senderDomain);
  const shape = readBody(body, subject, hits, brandLabels(senderDomain), company);
  const location = text(invitation.location);
  readField("location", location, hits, null);
  const street = streetAddressDetector();
  tokenize(location, street);
  readField("sender", nameOf(invitation.from), hits);
  readField("sender", localPartOf(addressOf(invitation.from)), hits);
  // The company's name says who writes ("…-recruiting.com"), even if its words are hidden in the body.
  readField("sender", [...company].join(" "), hits);

  const scored: Scored = { scores: emptyScores(), evidence: [] };
  const facts = gatherFacts(invitation, hits, {
    streetAddress: street.found(),
    prices: countPrices(body),
    timedLines: countTimedLines(body),
    subject,
    ...shape,
  });
  weighPhrases(hits, scored);
  weighSignals(facts, scored);

  // CATEGORY_IDS order breaks ties, so equal scores always give the same answer.
  const ranked = [...CATEGORY_IDS].sort((a, b) => scored.scores[b] - scored.scores[a]);
  const [best, runnerUp] = ranked;
  scored.evidence.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    category: best,
    confidence: confidenceOf(scored.scores, best),
    runnerUp,
    evidence: scored.evidence,
    followUp: facts.followUp,
  };
}

const GIVE_UP: Classification = {
  category: "not_invitation",
  confidence: 0,
  runnerUp: null,
  evidence: [],
  followUp: false,
};

export function classify(invitation: Invitation): Classification {
  if (typeof invitation !== "object" || invitation === null) return { ...GIVE_UP, evidence: [] };
  try {
    return classifyUnguarded(invitation);
  } catch {
    // Last resort for a hostile caller (a throwing getter, say); tests run the unguarded path.
    return { ...GIVE_UP, evidence: [] };
  }
}
