/**
 * Turning a display name into something to greet. Mail clients show names in many shapes
 * ("Kim, Rachel", "Dr. Jane Smith", "Marcus Feld via LinkedIn", "ANNA LEE") and plenty of
 * senders are not people at all ("Recruiting Team", "noreply"). Greeting an organisation by a
 * "first name" reads worse than no name, so anything doubtful yields "".
 */

/** Words that mark a display name as a team, service or organisation rather than a person. */
const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  "admin",
  "alumni",
  "association",
  "billing",
  "board",
  "bookings",
  "careers",
  "chamber",
  "circle",
  "club",
  "college",
  "committee",
  "community",
  "company",
  "conference",
  "council",
  "department",
  "desk",
  "events",
  "festival",
  "forum",
  "foundation",
  "group",
  "hello",
  "helpdesk",
  "hiring",
  "hr",
  "inc",
  "info",
  "it",
  "jobs",
  "legal",
  "linkedin",
  "llc",
  "ltd",
  "gmbh",
  "mailer",
  "marketing",
  "meetup",
  "network",
  "newsletter",
  "news",
  "no-reply",
  "nominations",
  "noreply",
  "notifications",
  "office",
  "podcast",
  "recruiting",
  "recruitment",
  "relations",
  "reservations",
  "sales",
  "school",
  "service",
  "services",
  "society",
  "summit",
  "support",
  "team",
  "university",
  "weekly",
]);

/** Titles and honorifics that come before a first name. */
const HONORIFICS: ReadonlySet<string> = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "prof",
  "professor",
  "sir",
  "dame",
  "rev",
  "fr",
  "herr",
  "frau",
]);

/** Name suffixes after a comma that do not mean "Last, First". */
const SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"]);

function bareWord(word: string): string {
  return word.toLowerCase().replace(/[.,]/g, "");
}

/**
 * "ANNA LEE" → "Anna Lee", "jean-luc" → "Jean-Luc". Only a name written wholly in one case is
 * recased; mixed case is deliberate ("IT Service Desk", "Ronan McDonald").
 */
function fixCase(name: string): string {
  if (/\p{Lu}/u.test(name) && /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * The display name without decoration, in "First Last" order and readable case; "" when it is
 * an address or empty. Does not judge whether it is a person.
 */
export function cleanDisplayName(displayName: string): string {
  let name = displayName
    .replace(/^["'\s]+|["'\s]+$/g, "")
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+via\s+.+$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (name === "" || name.includes("@")) return "";
  const comma = name.indexOf(",");
  if (comma > 0) {
    const before = name.slice(0, comma).trim();
    const after = name.slice(comma + 1).trim();
    const afterIsSuffix = after.split(" ").every((w) => SUFFIXES.has(bareWord(w)));
    if (after !== "" && !afterIsSuffix) name = `${after} ${before}`;
    else name = before;
  }
  return fixCase(name);
}

/** True when the name reads as a team or service (or no-reply) rather than a person. */
export function looksLikeOrganisation(displayName: string): boolean {
  const words = displayName
    .toLowerCase()
    .split(/[\s,&/|]+/)
    .filter(Boolean);
  return words.some((w) => NON_PERSON_WORDS.has(w.replace(/[.:;!]/g, "")) || /\d/.test(w));
}

/**
 * The first name to greet someone by, or "" when there is none worth using: an address, a
 * team or service, a bare initial.
 */
export function firstNameOf(displayName: string): string {
  const name = cleanDisplayName(displayName);
  if (name === "" || looksLikeOrganisation(name)) return "";
  const all = name.split(" ");
  const words = all.filter((w) => !HONORIFICS.has(bareWord(w)));
  // "Mr. Smith" has no first name to greet: the honorific and surname are kept ("Dear Mr. Smith").
  if (words.length === 1 && all.length === 2 && HONORIFICS.has(bareWord(all[0])) && /^\p{Lu}\p{L}+$/u.test(words[0])) {
    return `${all[0]} ${words[0]}`;
  }
  const first = words[0] ?? "";
  if (!/^\p{L}/u.test(first) || first.replace(/\./g, "").length < 2) return "";
  return first;
}
