/** Body conversions the way Outlook's coercions behave: HTML read as text keeps its line breaks. */
import { htmlToText } from "../parse/html";

/**
 * Links keep their address after the text, "Accept invitation <https://…>", the way classic
 * Outlook's text coercion writes them (other hosts drop it: office-js issue #4111).
 */
export function textFromHtml(html: string): string {
  return htmlToText(html.replace(/<a\s[^>]*?href=(["'])([^"']*)\1[^>]*>([^<]*)<\/a>/gi, "$3 &lt;$2&gt;"));
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text asked for as HTML: escaped, one paragraph a line. */
export function htmlFromText(text: string): string {
  return text
    .split("\n")
    .map((line) => `<div>${line ? escapeHtml(line) : "<br>"}</div>`)
    .join("");
}
