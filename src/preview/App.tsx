import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type BodyFormat,
  failuresFromQuery,
  HOST_GLOBAL,
  type HostEvent,
  type HostWindow,
  type NotificationRequest,
  type PaneItem,
  type PreviewHost,
  type ReplyFormRequest,
  type ThemeName,
} from "./bridge";
import { composeBody } from "./composeEditor";
import { ComposeWindow } from "./ComposeWindow";
import { replyRecipients, replySubject, type ComposeDraft, type StandInItem } from "./itemData";
import { MessageList } from "./MessageList";
import { ReadingPane } from "./ReadingPane";
import { ReplyForm } from "./ReplyForm";
import { MAILBOX_OWNER, SAMPLE_ITEMS } from "./samples";
import { Toolbar } from "./Toolbar";

const DEFAULT_SAMPLE = "coffee_chat";

interface ComposeState {
  draft: ComposeDraft;
  format: BodyFormat;
}

interface PreviewState {
  items: StandInItem[];
  selectedId: string | null;
  compose: ComposeState | null;
  theme: ThemeName;
  failures: string[];
}

function paneUrl(sampleId: string | null, compose: boolean): string {
  const params = new URLSearchParams();
  if (sampleId) params.set("sample", sampleId);
  if (compose) params.set("mode", "compose");
  // Preview only: the calendar actions' fake Graph (see officeStandIn.ts).
  const page = new URLSearchParams(window.location.search);
  for (const name of ["graph", "graphTimeout"]) {
    const value = page.get(name);
    if (value) params.set(name, value);
  }
  return `preview-pane.html?${params}`;
}

/**
 * The host object the stand-in in the pane iframe calls. It reads the latest React state
 * through a ref, so it is created once and survives re-renders.
 */
function usePreviewHost(
  state: PreviewState,
  onReplyForm: (request: ReplyFormRequest) => void,
  onNotification: (request: NotificationRequest) => void,
) {
  const stateRef = useRef(state);
  stateRef.current = state;
  const listeners = useRef(new Set<(event: HostEvent) => void>());
  const callbacks = useRef({ onReplyForm, onNotification });
  callbacks.current = { onReplyForm, onNotification };

  const host = useMemo<PreviewHost>(
    () => ({
      currentItem(): PaneItem | null {
        const { items, selectedId, compose } = stateRef.current;
        if (compose) return { mode: "compose", draft: compose.draft };
        const item = items.find((i) => i.id === selectedId);
        return item ? { mode: "read", item } : null;
      },
      theme: () => stateRef.current.theme,
      failures: () => stateRef.current.failures,
      subscribe(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      showReplyForm: (request) => callbacks.current.onReplyForm(request),
      showNotification: (request) => callbacks.current.onNotification(request),
      composeBody,
    }),
    [],
  );

  useEffect(() => {
    (window as HostWindow)[HOST_GLOBAL] = host;
  }, [host]);

  const emit = useCallback((event: HostEvent) => {
    for (const listener of [...listeners.current]) {
      try {
        listener(event);
      } catch (error) {
        // A listener from a pane page that has gone away; the next load subscribes afresh.
        console.warn("Preview: a pane listener failed", error);
        listeners.current.delete(listener);
      }
    }
  }, []);
  return { host, emit };
}

export function App() {
  const query = useMemo(() => new URLSearchParams(window.location.search), []);
  const [items, setItems] = useState<StandInItem[]>(() => [...SAMPLE_ITEMS]);
  const [selectedId, setSelectedId] = useState<string | null>(() => query.get("sample") ?? DEFAULT_SAMPLE);
  const [compose, setCompose] = useState<ComposeState | null>(null);
  const [theme, setTheme] = useState<ThemeName>(() => (query.get("theme") === "dark" ? "dark" : "light"));
  const [failures, setFailures] = useState<string[]>(() => failuresFromQuery(window.location.search));
  const [replyForm, setReplyForm] = useState<ReplyFormRequest | null>(null);
  const [notifications, setNotifications] = useState<Record<string, Record<string, NotificationRequest>>>({});
  // The pane page reloads only when Outlook would load the add-in afresh: opening or closing compose.
  const [paneSrc, setPaneSrc] = useState(() => paneUrl(selectedId, false));

  const showNotification = useCallback((request: NotificationRequest) => {
    setNotifications((all) => ({ ...all, [request.itemId]: { ...all[request.itemId], [request.key]: request } }));
  }, []);
  const { emit } = usePreviewHost({ items, selectedId, compose, theme, failures }, setReplyForm, showNotification);

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) return;
    emit("itemChanged");
  }, [selectedId, emit]);
  useEffect(() => {
    if (firstRender.current) return;
    emit("themeChanged");
  }, [theme, emit]);
  useEffect(() => {
    firstRender.current = false;
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const selected = items.find((i) => i.id === selectedId) ?? null;

  const select = (id: string) => {
    if (compose) closeCompose();
    setSelectedId(id);
  };
  const addItem = (item: StandInItem) => {
    setItems((all) => [item, ...all]);
    select(item.id);
  };
  const openCompose = () => {
    if (!selected) return;
    const { to, cc } = replyRecipients(selected, false, MAILBOX_OWNER);
    const draft = { inReplyTo: selected.id, subject: replySubject(selected.subject), to, cc };
    setCompose({ draft, format: "html" });
    setPaneSrc(paneUrl(selected.id, true));
  };
  function closeCompose() {
    setCompose(null);
    setPaneSrc(paneUrl(selectedId, false));
  }

  return (
    <div className="preview">
      <Toolbar
        theme={theme}
        onThemeChange={setTheme}
        failures={failures}
        onFailuresChange={setFailures}
      />
      <div className="columns">
        <MessageList items={items} selectedId={selectedId} onSelect={select} onImport={addItem} />
        <main className="reading" aria-label="Reading pane">
          {compose && selected ? (
            <ComposeWindow
              draft={compose.draft}
              original={selected}
              format={compose.format}
              onFormatChange={(format) => setCompose({ ...compose, format })}
              onClose={closeCompose}
            />
          ) : (
            <ReadingPane
              item={selected}
              notifications={Object.values(notifications[selected?.itemId ?? ""] ?? {})}
              onCompose={openCompose}
            />
          )}
          {replyForm && <ReplyForm request={replyForm} me={MAILBOX_OWNER} onClose={() => setReplyForm(null)} />}
        </main>
        <aside className="addin" aria-label="Add-in task pane">
          <header className="addin-header">
            <img src="assets/icon-32.png" alt="" width={16} height={16} />
            <span>Decline Assistant</span>
            <span className="addin-mode">{compose ? "compose" : "read"}</span>
          </header>
          <iframe key={paneSrc} className="addin-frame" title="Decline Assistant task pane" src={paneSrc} />
        </aside>
      </div>
    </div>
  );
}
