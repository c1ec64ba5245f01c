import { useEffect, useLayoutEffect, useRef } from "react";
import type { BodyFormat } from "./bridge";
import { textFromHtml } from "./bodyText";
import { quotedOriginal, registerEditor, rememberCaret } from "./composeEditor";
import { formatReceived } from "./format";
import { formatAddress, type ComposeDraft, type StandInItem } from "./itemData";

interface ComposeWindowProps {
  draft: ComposeDraft;
  original: StandInItem;
  format: BodyFormat;
  onFormatChange(format: BodyFormat): void;
  onClose(): void;
}

function originalAsText(item: StandInItem): string {
  return item.body.type === "text" ? item.body.content : textFromHtml(item.body.content);
}

/**
 * A reply being written, with the add-in open beside it in compose mode. The caret starts at
 * the top, above the quoted original, as in Outlook; body.setSelectedDataAsync inserts there.
 */
export function ComposeWindow({ draft, original, format, onFormatChange, onClose }: ComposeWindowProps) {
  const htmlEditor = useRef<HTMLDivElement>(null);
  const textEditor = useRef<HTMLTextAreaElement>(null);

  const headerLines = [
    { label: "From", value: formatAddress(original.from) },
    { label: "Sent", value: formatReceived(original.received) },
    { label: "Subject", value: original.subject },
  ];
  const initialBody = quotedOriginal(headerLines, originalAsText(original), format);

  useLayoutEffect(() => {
    const element = format === "html" ? htmlEditor.current : textEditor.current;
    if (!element) return;
    if (format === "html") element.innerHTML = initialBody;
    else (element as HTMLTextAreaElement).value = initialBody;
    registerEditor({ format, element });
    return () => registerEditor(null);
    // The body is set up once per format; the user's edits are theirs afterwards.
  }, [format]);

  useEffect(() => {
    document.addEventListener("selectionchange", rememberCaret);
    return () => document.removeEventListener("selectionchange", rememberCaret);
  }, []);

  return (
    <section className="compose" aria-label="Compose reply">
      <header className="compose-header">
        <h1 className="subject">{draft.subject}</h1>
        <button type="button" onClick={onClose}>
          Discard draft
        </button>
      </header>
      <dl className="headers">
        <dt>To</dt>
        <dd>{draft.to.map(formatAddress).join("; ")}</dd>
        {draft.cc.length > 0 && (
          <>
            <dt>Cc</dt>
            <dd>{draft.cc.map(formatAddress).join("; ")}</dd>
          </>
        )}
      </dl>
      <fieldset className="body-format">
        <legend>Body format (body.getTypeAsync)</legend>
        {(["html", "text"] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="body-format"
              checked={format === value}
              onChange={() => onFormatChange(value)}
            />
            {value === "html" ? "HTML" : "Plain text"}
          </label>
        ))}
      </fieldset>
      {format === "html" ? (
        <div
          ref={htmlEditor}
          className="compose-body"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-label="Message body"
          data-testid="compose-body"
        />
      ) : (
        <textarea ref={textEditor} className="compose-body" aria-label="Message body" data-testid="compose-body" />
      )}
    </section>
  );
}
