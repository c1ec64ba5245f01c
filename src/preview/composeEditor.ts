/**
 * The simulated compose window's body, as the stand-in sees it: whichever editor is on screen
 * registers itself here. The caret is remembered while focus is in the task pane, as Outlook does.
 */
import type { BodyFormat, ComposeBody } from "./bridge";
import { escapeHtml, htmlFromText, textFromHtml } from "./bodyText";

export interface ComposeEditor {
  format: BodyFormat;
  element: HTMLElement;
}

let active: ComposeEditor | null = null;
let savedRange: Range | null = null;

export function registerEditor(editor: ComposeEditor | null): void {
  active = editor;
  savedRange = null;
}

/** Keeps the last caret position inside the HTML editor, so insertion still lands there after a blur. */
export function rememberCaret(): void {
  const domSelection = document.getSelection();
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a DOM Selection, not an Office proxy
  if (!active || active.format !== "html" || !domSelection || domSelection.rangeCount === 0) return;
  const range = domSelection.getRangeAt(0);
  if (active.element.contains(range.commonAncestorContainer)) savedRange = range.cloneRange();
}

function caretRange(element: HTMLElement): Range {
  if (savedRange && element.contains(savedRange.commonAncestorContainer)) return savedRange;
  const range = document.createRange();
  range.setStart(element, 0);
  range.collapse(true);
  return range;
}

function insertIntoHtml(element: HTMLElement, data: string, format: BodyFormat): void {
  const range = caretRange(element);
  range.deleteContents();
  const fragment = format === "html" ? range.createContextualFragment(data) : document.createTextNode(data);
  const last = fragment instanceof DocumentFragment ? fragment.lastChild : fragment;
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  savedRange = range.cloneRange();
  const domSelection = document.getSelection();
  domSelection?.removeAllRanges();
  domSelection?.addRange(range);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

function insertIntoText(textarea: HTMLTextAreaElement, data: string): void {
  textarea.setRangeText(data, textarea.selectionStart, textarea.selectionEnd, "end");
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
}

export const composeBody: ComposeBody = {
  format: () => active?.format ?? "html",
  read(format) {
    if (!active) return "";
    if (active.format === "text") {
      const text = (active.element as HTMLTextAreaElement).value;
      return format === "text" ? text : htmlFromText(text);
    }
    const html = active.element.innerHTML;
    return format === "html" ? html : textFromHtml(html);
  },
  insertAtCursor(data, format) {
    if (!active) return;
    if (active.format === "text") insertIntoText(active.element as HTMLTextAreaElement, data);
    else insertIntoHtml(active.element, data, format);
  },
};

/** Outlook's reply header above the quoted original. */
export function quotedOriginal(lines: { label: string; value: string }[], body: string, format: BodyFormat): string {
  if (format === "text") {
    return ["", "", "________________________________", ...lines.map((l) => `${l.label}: ${l.value}`), "", body].join(
      "\n",
    );
  }
  const header = lines.map((l) => `<b>${escapeHtml(l.label)}:</b> ${escapeHtml(l.value)}`).join("<br>");
  return `<p><br></p><hr><div class="quoted"><p>${header}</p>${htmlFromText(body)}</div>`;
}
