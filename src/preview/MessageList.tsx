import { type DragEvent, useRef, useState } from "react";
import type { Invitation } from "../core/invitation";
import { parseEml } from "../parse/eml";
import { parseIcs } from "../parse/ics";
import { formatListDate, KIND_LABEL } from "./format";
import { itemFromInvitation } from "./fromInvitation";
import { MEETING_KINDS, type StandInItem } from "./itemData";
import { MAILBOX_OWNER } from "./samples";
import { reasonOf } from "../core/reasonOf";

interface MessageListProps {
  items: StandInItem[];
  selectedId: string | null;
  onSelect(id: string): void;
  onImport(item: StandInItem): void;
}

let importCount = 0;

/** What the add-in would see for the user's own file: parsed as Outlook would show it to me. */
async function parseMailFile(name: string, text: string): Promise<Invitation> {
  const options = { me: MAILBOX_OWNER.address };
  return /\.ics$/i.test(name) ? parseIcs(text, options) : parseEml(text, options);
}

export function MessageList({ items, selectedId, onSelect, onImport }: MessageListProps) {
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const importText = async (name: string, text: string) => {
    try {
      const invitation = await parseMailFile(name, text);
      importCount += 1;
      onImport(itemFromInvitation(invitation, `imported-${importCount}`, name));
      setError(null);
      return true;
    } catch (reason) {
      setError(`Could not read ${name}: ${reasonOf(reason)}`);
      return false;
    }
  };
  const importFiles = async (files: Iterable<File>) => {
    for (const file of files) await importText(file.name, await file.text());
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void importFiles(files);
    else {
      const text = event.dataTransfer.getData("text/plain");
      if (text) void importText("dropped text", text);
    }
  };

  return (
    <nav
      className={`list${dragging ? " dragging" : ""}`}
      aria-label="Messages"
      data-testid="message-list"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 className="list-title">Inbox</h2>
      <ul className="list-items">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="list-item"
              aria-current={item.id === selectedId ? "true" : undefined}
              data-sample={item.id}
              onClick={() => onSelect(item.id)}
            >
              <span className="list-from">{item.from.name || item.from.address || "(unknown sender)"}</span>
              <span className="list-date">{formatListDate(item.received)}</span>
              <span className="list-subject">
                {MEETING_KINDS.has(item.kind) && (
                  <span className="kind-icon" aria-hidden="true">
                    {item.kind === "meetingCancellation" ? "⊘" : "▦"}
                  </span>
                )}
                {item.subject || "(no subject)"}
              </span>
              <span className="list-kind">
                {KIND_LABEL[item.kind]} · {item.source ?? item.id}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <section className="import" aria-label="Try your own mail">
        <p className="drop-hint">Drop an .eml or .ics file on this list, or paste one:</p>
        <label htmlFor="paste-mail" className="visually-hidden">
          Paste an .eml or .ics file
        </label>
        <textarea
          id="paste-mail"
          rows={3}
          placeholder="From: …&#10;Subject: …"
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <div className="import-actions">
          <button
            type="button"
            disabled={pasted.trim() === ""}
            onClick={async () => {
              if (await importText("pasted text", pasted)) setPasted("");
            }}
          >
            Add to the list
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Choose a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".eml,.ics,message/rfc822,text/calendar"
            hidden
            onChange={(event) => void importFiles(event.target.files ?? [])}
          />
        </div>
        {error && (
          <p role="alert" className="import-error">
            {error}
          </p>
        )}
      </section>
    </nav>
  );
}
