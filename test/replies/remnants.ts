/** What a rendered reply must never show a recipient, whatever was known about the event. */
const FORBIDDEN_FRAGMENTS = ["{", "}", "[[", "]]", "||", "  ", " ,", " .", " ;", " ?", "undefined", "null", "\n\n\n"];

/** Greetings that lost their name ("Hi ,", "Dear,") or sentences that lost their object ("to the."). */
const BROKEN_PATTERNS: readonly RegExp[] = [
  /^(Hi|Dear)\s*,/m,
  /\bthe[,.;?!]/i,
  /\b(on|at|to)[.?!]/i,
  /[ \t]$/m,
  /^[ \t]/m,
  /,[,.]/,
];

export function remnantsIn(text: string): string[] {
  const found = FORBIDDEN_FRAGMENTS.filter((fragment) => text.includes(fragment)).map((f) => JSON.stringify(f));
  for (const pattern of BROKEN_PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push(`${pattern} at ${JSON.stringify(match[0])}`);
  }
  if (text.trim() === "") found.push("empty text");
  return found;
}
