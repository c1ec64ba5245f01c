/**
 * Copies `text`. Office webviews may refuse the async clipboard API, so on failure we select the
 * text in `fallbackField` (or a temporary field) and use the older execCommand path. Returns
 * false when both are refused; the text is then left selected for Ctrl+C.
 */
export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no async clipboard");
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text, fallbackField ?? null);
  }
}

function copyBySelection(text: string, field: HTMLTextAreaElement | null): boolean {
  const temporary = field ? null : document.createElement("textarea");
  const target = field ?? temporary!;
  if (temporary) {
    temporary.value = text;
    temporary.setAttribute("readonly", "");
    temporary.style.position = "fixed";
    temporary.style.opacity = "0";
    document.body.appendChild(temporary);
  }
  target.focus();
  target.select();
  let copied = false;
  try {
    copied = typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    copied = false;
  }
  temporary?.remove();
  return copied;
}
