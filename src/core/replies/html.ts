/**
 * Plain reply text to the HTML that Outlook's reply form takes. Everything from the message
 * (subject, names) has passed through the text, so escaping here is what keeps a hostile
 * subject inert.
 */

/**
 * Outlook limits displayReplyForm's htmlBody to 32 KB. Measured in UTF-8 bytes, which is never
 * less than the UTF-16 length, so the check holds whichever way the host counts.
 */
export const OUTLOOK_HTML_BODY_LIMIT = 32 * 1024;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** HTML for Outlook's reply form: escaped, one <p> per paragraph, single line breaks as <br>. */
export function replyHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "");
  return paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export interface FittedHtml {
  html: string;
  /** True when the text had to be shortened; the pane should tell the user. */
  truncated: boolean;
  /** Size of the full, untruncated HTML in UTF-8 bytes. */
  fullBytes: number;
  limit: number;
}

const ELLIPSIS = "…";

/**
 * replyHtml within the limit. When too long, the *text* is cut (at a word boundary where one is
 * near) before escaping, so an entity or tag is never split, and "…" marks the cut.
 */
export function fitReplyHtml(text: string, limit: number = OUTLOOK_HTML_BODY_LIMIT): FittedHtml {
  const full = replyHtml(text);
  const fullBytes = utf8Length(full);
  if (fullBytes <= limit) return { html: full, truncated: false, fullBytes, limit };

  const chars = Array.from(text); // code points: a cut never splits a surrogate pair
  const htmlFor = (count: number) => replyHtml(chars.slice(0, count).join("").trimEnd() + ELLIPSIS);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Length(htmlFor(mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  let cut = low;
  for (let k = cut; k > 0 && low - k < 40; k--) {
    if (/\s/.test(chars[k - 1])) {
      cut = k - 1;
      break;
    }
  }
  let html = htmlFor(cut);
  // Size is nearly but not strictly monotonic in length (a blank line becomes </p><p>): make sure.
  while (cut > 0 && utf8Length(html) > limit) html = htmlFor(--cut);
  return { html, truncated: true, fullBytes, limit };
}
