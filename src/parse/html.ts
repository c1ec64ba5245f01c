/**
 * HTML → plain text for classification. One left-to-right pass over the input with no
 * backtracking regular expressions and no tree, so time stays linear in the input size even
 * for a 5 MB body or tens of thousands of nested elements. Pure: usable in Node and the pane.
 */

/** Elements whose content is never visible text. */
const HIDDEN_ELEMENTS = new Set(["script", "style", "head", "title", "template", "noscript", "svg", "object"]);

/** Elements that start a new line of text. */
const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

/** Table cells keep words of neighbouring cells apart. */
const CELL_ELEMENTS = new Set(["td", "th"]);

/** The entities mail clients actually emit; numeric references cover everything else. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  shy: "",
  zwnj: "",
  zwj: "",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  deg: "°",
  times: "×",
  divide: "÷",
  iexcl: "¡",
  iquest: "¿",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  atilde: "ã",
  auml: "ä",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  otilde: "õ",
  ouml: "ö",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  uuml: "ü",
  yacute: "ý",
  yuml: "ÿ",
  szlig: "ß",
  Aacute: "Á",
  Agrave: "À",
  Acirc: "Â",
  Auml: "Ä",
  Aring: "Å",
  AElig: "Æ",
  Ccedil: "Ç",
  Eacute: "É",
  Egrave: "È",
  Ecirc: "Ê",
  Iacute: "Í",
  Ntilde: "Ñ",
  Oacute: "Ó",
  Ouml: "Ö",
  Oslash: "Ø",
  Uacute: "Ú",
  Uuml: "Ü",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function codePointText(codePoint: number): string {
  // Outside Unicode, surrogates and NUL are what browsers replace with U+FFFD.
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(codePoint);
}

/** Decodes named (common set), decimal and hexadecimal character references. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    const known = name !== undefined ? (NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()]) : undefined;
    return known ?? whole;
  });
}

const WHITESPACE_RUN = /[ \t\r\n\f\u00a0]+/g;

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58;
}

/** Index just past the `>` that ends the tag opened at `start`, honouring quoted attribute values; -1 if none. */
function endOfTag(html: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      // A quote only opens an attribute value after "=" (possibly spaced); elsewhere it is junk.
      let j = i - 1;
      while (j > start && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 9)) j--;
      if (html.charCodeAt(j) === 61) quote = code;
    } else if (code === 62) {
      return i + 1;
    }
  }
  return -1;
}

/** Index where a hidden element's content ends (its closing tag, or <body> for the head), or the end. */
function endOfHiddenContent(html: string, from: number, name: string): number {
  // Mail often leaves <head> open; the body starting ends it, as in a browser.
  const closing = new RegExp(name === "head" ? "</head[\\s>/]|<body[\\s>/]" : `</${name}[\\s>/]`, "gi");
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? match.index : html.length;
}

/** Reduces HTML to readable text: block elements become line breaks, runs of spaces collapse. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Consecutive block boundaries add nothing after the second line break; capping them keeps deeply
  // nested markup from producing one output chunk per tag.
  let breaksInARow = 0;
  const emitText = (raw: string) => {
    if (raw.length === 0) return;
    out.push(decodeEntities(raw.replace(WHITESPACE_RUN, " ")));
    breaksInARow = 0;
  };
  const emitBreak = () => {
    if (breaksInARow < 2) out.push("\n");
    breaksInARow++;
  };

  let textStart = 0;
  let searchFrom = 0;
  while (searchFrom < html.length) {
    const open = html.indexOf("<", searchFrom);
    if (open < 0) break;

    if (html.startsWith("<!--", open)) {
      emitText(html.slice(textStart, open));
      const close = html.indexOf("-->", open + 4);
      textStart = searchFrom = close < 0 ? html.length : close + 3;
      continue;
    }

    const next = html.charCodeAt(open + 1);
    const closingTag = next === 47; // "/"
    const nameStart = closingTag ? open + 2 : open + 1;
    let nameEnd = nameStart;
    // As in browsers, a tag name starts with a letter: "<3" and "< b" are text.
    if (isLetter(html.charCodeAt(nameStart))) {
      while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    }
    const isMarkup = nameEnd > nameStart || next === 33 || next === 63; // a name, "<!" or "<?"
    if (!isMarkup) {
      // A lone "<" as in "a < b" is text: it stays in the current text run.
      searchFrom = open + 1;
      continue;
    }

    emitText(html.slice(textStart, open));
    const tagEnd = endOfTag(html, open);
    if (tagEnd < 0) {
      // An unterminated tag at the end is dropped, as browsers do.
      textStart = searchFrom = html.length;
      break;
    }
    textStart = searchFrom = tagEnd;
    const name = html.slice(nameStart, nameEnd).toLowerCase();

    if (BLOCK_ELEMENTS.has(name)) emitBreak();
    else if (CELL_ELEMENTS.has(name)) out.push(" ");
    else if (!closingTag && HIDDEN_ELEMENTS.has(name) && html.charCodeAt(tagEnd - 2) !== 47) {
      const hiddenEnd = endOfHiddenContent(html, tagEnd, name);
      const resumeAt = html.startsWith("</", hiddenEnd) ? endOfTag(html, hiddenEnd) : hiddenEnd;
      textStart = searchFrom = resumeAt < 0 ? html.length : resumeAt;
    }
  }
  emitText(html.slice(textStart));

  return tidyLines(out.join(""));
}

/** Trims every line, and keeps at most one blank line between paragraphs. */
export function tidyLines(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let blankRun = 0;
  for (const line of lines) {
    const trimmed = line.replace(WHITESPACE_RUN, " ").trim();
    if (trimmed.length === 0) {
      blankRun++;
      if (blankRun === 1 && kept.length > 0) kept.push("");
    } else {
      blankRun = 0;
      kept.push(trimmed);
    }
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}
