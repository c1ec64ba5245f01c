/** Body conversions the way Outlook's coercions behave: HTML read as text keeps its line breaks. */
import { htmlToText } from "../parse/html";

export function textFromHtml(html: string): string {
  return htmlToText(html);
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
