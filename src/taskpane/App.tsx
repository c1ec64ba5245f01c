import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Classification } from "../core/classification";
import { classify } from "../core/classifier/classify";
import type { Invitation, ItemKind } from "../core/invitation";
import type { OfficeAdapter, PaneTheme } from "../office/adapter";
import { defaultData, type StoredData } from "../settings/schema";
import { loadData, type LoadResult } from "../settings/store";
import { copyText } from "./clipboard";
import type { PaneExtensions } from "./extensions";
import { readOutcome, type FirstRead, type ReadOutcome } from "./firstRead";
import { useFluentTheme } from "./fluentTheme";
import { PaneButton } from "./formControls";
import { InvitationPane } from "./InvitationPane";
import { Notice } from "./Notice";
import { stringsFor, type UiStrings } from "./strings";
import { StringsContext } from "./StringsContext";
import { useTypography } from "./typography";
import { reasonOf } from "../core/reasonOf";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  // In a narrow pane the title wraps rather than the button.
  panelButton: { whiteSpace: "nowrap", flexShrink: 0 },
});

// The editor, settings and export/import: fetched when the user first opens them, not in the first load.
const TemplatesAndSettings = lazy(() => import(/* webpackChunkName: "templates" */ "./templates"));

type LoadState =
  | { status: "loading" }
  | { status: "noItem" }
  | { status: "error"; reason: string }
  | { status: "ready"; invitation: Invitation; classification: Classification; loadId: number };

/** Items where declining makes no sense, with what the pane says instead. */
const UNSUPPORTED_KINDS: Partial<Record<ItemKind, (t: UiStrings) => string>> = {
  meetingCancellation: (t) => t.unsupportedCancellation,
  meetingResponse: (t) => t.unsupportedResponse,
};

export interface AppProps {
  adapter: OfficeAdapter;
  extensions?: PaneExtensions;
  /** The item's read, started before the first render (see firstRead.ts); without it the pane reads on mount. */
  firstRead?: FirstRead;
}

function stateFrom(outcome: ReadOutcome, loadId: number): LoadState {
  if (!outcome.ok) {
    return { status: "error", reason: reasonOf(outcome.error) };
  }
  const { invitation } = outcome;
  return invitation ? { status: "ready", invitation, classification: classify(invitation), loadId } : { status: "noItem" };
}

export function App({ adapter, extensions, firstRead }: AppProps) {
  const styles = useStyles();
  const type = useTypography();
  const locale = useMemo(() => adapter.locale(), [adapter]);
  const t = useMemo(() => stringsFor(locale), [locale]);
  const [theme, setTheme] = useState<PaneTheme>(() => adapter.theme());
  const fluent = useFluentTheme(theme.dark);
  const loadCounter = useRef(0);
  const [state, setState] = useState<LoadState>(() =>
    firstRead?.settled ? stateFrom(firstRead.outcome, ++loadCounter.current) : { status: "loading" },
  );
  // Taken by the first load only: a later item change reads afresh.
  const pendingFirstRead = useRef(firstRead);
  // An edited reply whose action failed, kept across an item change until dismissed.
  const unsentRef = useRef<string | null>(null);
  const [leftover, setLeftover] = useState<string | null>(null);
  // An action found the selection moved without Outlook's ItemChanged: the pane re-read and says so.
  const [itemMoved, setItemMoved] = useState(false);

  // The user's templates and settings, read once at start; the panel's saves replace `data`.
  const store = useMemo(() => adapter.roamingSettings?.() ?? null, [adapter]);
  const mailboxName = useMemo(() => adapter.mailboxName?.() ?? "", [adapter]);
  const [loaded] = useState<LoadResult>(() => (store ? loadData(store) : { data: defaultData() }));
  const [data, setData] = useState<StoredData>(loaded.data);
  // Damaged data was set aside: said here once; opening the panel hands the notice over to it.
  const [loadNotice, setLoadNotice] = useState<string | null>(loaded.notice ?? null);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelButtonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (reading?: Promise<ReadOutcome>) => {
      const loadId = ++loadCounter.current;
      setState({ status: "loading" });
      const outcome = await (reading ?? readOutcome(() => adapter.readCurrent()));
      if (loadId === loadCounter.current) setState(stateFrom(outcome, loadId));
    },
    [adapter],
  );

  useEffect(() => {
    const first = pendingFirstRead.current;
    pendingFirstRead.current = undefined;
    if (!first) void load();
    else if (!first.settled) void load(first.pending);
    let unsubscribe: (() => void) | undefined;
    let unmounted = false;
    adapter
      .onItemChanged((change) => {
        if (unsentRef.current) setLeftover(unsentRef.current);
        unsentRef.current = null;
        setItemMoved(change?.missed === true);
        void load();
      })
      .then((stop) => (unmounted ? stop() : (unsubscribe = stop)))
      .catch(() => undefined); // Not pinnable on this host: the pane closes on item change instead.
    return () => {
      unmounted = true;
      unsubscribe?.();
    };
  }, [adapter, load]);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let unmounted = false;
    adapter
      .onThemeChanged(setTheme)
      .then((stop) => (unmounted ? stop() : (unsubscribe = stop)))
      .catch(() => undefined);
    return () => {
      unmounted = true;
      unsubscribe?.();
    };
  }, [adapter]);

  const openPanel = () => {
    setLoadNotice(null);
    setPanelOpen(true);
  };
  const closePanel = () => {
    setPanelOpen(false);
    panelButtonRef.current?.focus();
  };

  return (
    <StringsContext.Provider value={t}>
      <FluentProvider
        theme={fluent.theme}
        // Office's own background only with the matching tokens, so text never sits dark on dark.
        style={theme.background && fluent.dark === theme.dark ? { backgroundColor: theme.background } : undefined}
        data-theme={fluent.dark ? "dark" : "light"}
        className={styles.root}
        applyStylesToPortals={false}
      >
        <header className={styles.header}>
          <h1 className={type.title}>{t.appTitle}</h1>
          {store && (
            <PaneButton
              ref={panelButtonRef}
              appearance="subtle"
              className={styles.panelButton}
              aria-expanded={panelOpen}
              onClick={panelOpen ? closePanel : openPanel}
            >
              {t.templatesAndSettings}
            </PaneButton>
          )}
        </header>
        {loadNotice && (
          <Notice
            notice={{ intent: "info", text: loadNotice }}
            actions={<PaneButton onClick={() => setLoadNotice(null)}>{t.dismiss}</PaneButton>}
          />
        )}
        {store && panelOpen && (
          <div ref={panelRef}>
            <Suspense fallback={<p role="status">{t.loadingPanel}</p>}>
              <TemplatesAndSettings
                store={store}
                // The data as it is now; the startup result only while unchanged, so its notice is said once.
                initial={data === loaded.data ? loaded : { data }}
                invitation={state.status === "ready" ? state.invitation : null}
                mailboxName={mailboxName}
                locale={locale}
                category={state.status === "ready" ? state.classification.category : undefined}
                onClose={closePanel}
                onChange={setData}
              />
              <FocusOnMount container={panelRef} />
            </Suspense>
          </div>
        )}
        {leftover && (
          <Notice
            notice={{ intent: "warning", title: t.leftoverTitle, text: t.leftoverBody }}
            actions={
              <>
                <PaneButton onClick={() => void copyText(leftover)}>{t.copy}</PaneButton>
                <PaneButton onClick={() => setLeftover(null)}>{t.dismiss}</PaneButton>
              </>
            }
          />
        )}
        {itemMoved && (
          <Notice
            notice={{ intent: "info", text: t.itemMoved }}
            actions={<PaneButton onClick={() => setItemMoved(false)}>{t.dismiss}</PaneButton>}
          />
        )}
        <main hidden={panelOpen}>
          <PaneBody state={state} t={t} retry={() => void load()}>
            {(ready) => (
              <InvitationPane
                key={ready.loadId}
                adapter={adapter}
                invitation={ready.invitation}
                classification={ready.classification}
                locale={locale}
                extensions={extensions}
                data={data}
                onUnsentChange={(text) => (unsentRef.current = text)}
              />
            )}
          </PaneBody>
        </main>
      </FluentProvider>
    </StringsContext.Provider>
  );
}

/** Puts focus on the panel's selected tab once it is on screen, so keyboard users land inside it. */
function FocusOnMount({ container }: { container: React.RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const root = container.current;
    (root?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? root?.querySelector("button"))?.focus();
  }, [container]);
  return null;
}

type ReadyState = Extract<LoadState, { status: "ready" }>;

function PaneBody({
  state,
  t,
  retry,
  children,
}: {
  state: LoadState;
  t: UiStrings;
  retry(): void;
  children(ready: ReadyState): React.ReactNode;
}) {
  const type = useTypography();
  switch (state.status) {
    case "loading":
      // Plain text rather than Fluent's Spinner: the read takes milliseconds and the first load is budgeted.
      return (
        <p role="status" className={type.paragraph}>
          {t.loading}
        </p>
      );
    case "noItem":
      return <Notice notice={{ intent: "info", text: t.selectItem }} />;
    case "error":
      return <Notice notice={{ intent: "error", text: t.readFailed(state.reason) }} actions={<PaneButton onClick={retry}>{t.retry}</PaneButton>} />;
    case "ready": {
      const unsupported = UNSUPPORTED_KINDS[state.invitation.kind];
      return unsupported ? <Notice notice={{ intent: "info", text: unsupported(t) }} /> : children(state);
    }
  }
}
