/**
 * The reply template language, shared by the built-in texts and the user's own templates.
 *
 *   {firstName}          a value from the context (see PLACEHOLDERS and SLOT_PLACEHOLDERS)
 *   [[ on {eventDate}]]  an optional part: kept only when every placeholder directly inside
 *                        it has a value, otherwise dropped with its surrounding words
 *   [[Hi {firstName},||Hello,]]
 *                        an optional part with a fallback after "||", used when the first
 *                        part cannot be filled
 *
 * Optional parts nest; an inner part decides for itself, so an outer part only depends on the
 * placeholders written directly in it. Anything else is plain text: an unknown "{foo}" stays as
 * typed (the editor can warn with findUnknownPlaceholders), and an unclosed "[[" or a stray "]]"
 * is kept verbatim. Values are inserted once and never read as template syntax, so a subject
 * that happens to contain "{firstName}" or "[[" stays literal.
 */
import { CLAIM_PLACEHOLDERS, FACT_PLACEHOLDERS, PLACEHOLDERS, SLOT_PLACEHOLDERS, type RenderContext } from "./types";

const OPEN = "[[";
const CLOSE = "]]";
const OR = "||";

type KnownName = keyof RenderContext;
const KNOWN_NAMES: ReadonlySet<string> = new Set<string>([
  ...PLACEHOLDERS,
  ...SLOT_PLACEHOLDERS,
  ...CLAIM_PLACEHOLDERS,
  ...FACT_PLACEHOLDERS,
]);
/** Flags decide their optional part and print nothing. */
const FLAG_NAMES: ReadonlySet<string> = new Set<string>(CLAIM_PLACEHOLDERS);

function isKnownName(name: string): name is KnownName {
  return KNOWN_NAMES.has(name);
}

type TemplateNode =
  | { kind: "text"; text: string }
  | { kind: "value"; name: KnownName }
  | { kind: "optional"; main: TemplateNode[]; fallback: TemplateNode[] | null };

interface OpenSegment {
  main: TemplateNode[];
  fallback: TemplateNode[] | null;
}

interface ParsedTemplate {
  nodes: TemplateNode[];
  unclosedOptionals: number;
  strayCloses: number;
}

const PLACEHOLDER_AT = /^\{([A-Za-z][A-Za-z0-9_]*)\}/;

function pushText(target: TemplateNode[], text: string): void {
  const last = target[target.length - 1];
  if (last?.kind === "text") last.text += text;
  else target.push({ kind: "text", text });
}

/** An unclosed "[[" turns back into the text it was, so nothing the user typed is lost. */
function reopenAsText(segment: OpenSegment, target: TemplateNode[]): void {
  pushText(target, OPEN);
  for (const node of segment.main) appendNode(target, node);
  if (segment.fallback) {
    pushText(target, OR);
    for (const node of segment.fallback) appendNode(target, node);
  }
}

function appendNode(target: TemplateNode[], node: TemplateNode): void {
  if (node.kind === "text") pushText(target, node.text);
  else target.push(node);
}

function parseTemplate(source: string): ParsedTemplate {
  const root: TemplateNode[] = [];
  const open: OpenSegment[] = [];
  let strayCloses = 0;
  const target = (): TemplateNode[] => {
    const top = open[open.length - 1];
    if (!top) return root;
    return top.fallback ?? top.main;
  };

  let i = 0;
  while (i < source.length) {
    if (source.startsWith(OPEN, i)) {
      open.push({ main: [], fallback: null });
      i += OPEN.length;
    } else if (source.startsWith(CLOSE, i)) {
      const segment = open.pop();
      if (segment) target().push({ kind: "optional", main: segment.main, fallback: segment.fallback });
      else {
        strayCloses++;
        pushText(root, CLOSE);
      }
      i += CLOSE.length;
    } else if (source.startsWith(OR, i) && open.length > 0 && open[open.length - 1].fallback === null) {
      open[open.length - 1].fallback = [];
      i += OR.length;
    } else if (source[i] === "{") {
      const match = PLACEHOLDER_AT.exec(source.slice(i, i + 64));
      if (match && isKnownName(match[1])) target().push({ kind: "value", name: match[1] });
      else pushText(target(), match ? match[0] : "{");
      i += match ? match[0].length : 1;
    } else {
      pushText(target(), source[i]);
      i++;
    }
  }
  const unclosedOptionals = open.length;
  while (open.length > 0) {
    const segment = open.pop() as OpenSegment;
    reopenAsText(segment, target());
  }
  return { nodes: root, unclosedOptionals, strayCloses };
}

/** Values go in on one line with single spaces; a stray newline in a subject must not split a sentence. */
function cleanValue(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function canFill(nodes: TemplateNode[], context: RenderContext): boolean {
  return nodes.every((node) => node.kind !== "value" || cleanValue(context[node.name]) !== "");
}

function renderNodes(nodes: TemplateNode[], context: RenderContext): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") out += node.text;
    else if (node.kind === "value") out += FLAG_NAMES.has(node.name) ? "" : cleanValue(context[node.name]);
    else if (canFill(node.main, context)) out += renderNodes(node.main, context);
    else if (node.fallback && canFill(node.fallback, context)) out += renderNodes(node.fallback, context);
  }
  return out;
}

/**
 * Tidies what dropping parts can leave behind: doubled spaces, a space before punctuation
 * ("Hi ," when a name is missing), blank runs of lines, spaces at line ends.
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t]+/g, " ")
        .replace(/ +([,;])/g, "$1")
        // ".NET" or ":)" mid-text are the user's own; only a stop before a break is a leftover.
        .replace(/ +([.:!?)])(?=\s|$)/g, "$1")
        .replace(/\( +/g, "(")
        .trim(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Fills a template's text: optional parts decided, placeholders filled, the result tidied. */
export function fillTemplate(source: string, context: RenderContext): string {
  return tidyText(renderNodes(parseTemplate(source).nodes, context));
}

/** Known placeholders a text uses anywhere, in first-use order (e.g. to show slot inputs). */
export function placeholdersIn(source: string): KnownName[] {
  const found: KnownName[] = [];
  const walk = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.kind === "value" && !found.includes(node.name)) found.push(node.name);
      if (node.kind === "optional") {
        walk(node.main);
        if (node.fallback) walk(node.fallback);
      }
    }
  };
  walk(parseTemplate(source).nodes);
  return found;
}

/**
 * Brace groups that are not placeholders the renderer knows, as typed ("{first name}",
 * "{company}"). The renderer leaves them in the text verbatim; the template editor shows them.
 */
export function findUnknownPlaceholders(source: string): string[] {
  const unknown: string[] = [];
  for (const match of source.matchAll(/\{([^{}\n]{0,40})\}/g)) {
    if (!isKnownName(match[1]) && !unknown.includes(match[0])) unknown.push(match[0]);
  }
  return unknown;
}

export type TemplateProblem =
  | { kind: "unknownPlaceholder"; text: string }
  | { kind: "unclosedOptional"; count: number }
  | { kind: "strayClose"; count: number };

/** Everything in a user's template that would not render the way they probably meant. */
export function findTemplateProblems(source: string): TemplateProblem[] {
  const parsed = parseTemplate(source);
  const problems: TemplateProblem[] = findUnknownPlaceholders(source).map((text) => ({
    kind: "unknownPlaceholder" as const,
    text,
  }));
  if (parsed.unclosedOptionals > 0) problems.push({ kind: "unclosedOptional", count: parsed.unclosedOptionals });
  if (parsed.strayCloses > 0) problems.push({ kind: "strayClose", count: parsed.strayCloses });
  return problems;
}
