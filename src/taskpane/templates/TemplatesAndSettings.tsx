import { Button, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import { CATEGORY_IDS, type CategoryId } from "../../core/categories";
import { emptyInvitation, type Invitation } from "../../core/invitation";
import type { StoredData } from "../../settings/schema";
import type { LoadResult, RoamingSettingsLike } from "../../settings/store";
import { Notice, type NoticeData } from "../Notice";
import { ConfirmDialog } from "./ConfirmDialog";
import {
  allBuiltIns,
  blankDraft,
  builtInIdsOf,
  deleteTemplate,
  draftOf,
  duplicateDraft,
  listTemplates,
  newTemplateId,
  previewContext,
  putTemplate,
  restorableOf,
  restoreBuiltIns,
  settingsToStore,
  templateFromDraft,
  toggleStar,
  type TemplateDraft,
  type TemplateEntry,
} from "./model";
import { SaveFailureBar } from "./SaveFailureBar";
import { SettingsForm } from "./SettingsForm";
import { templateStringsFor, TemplateStringsContext, type TemplateStrings } from "./strings";
import { TemplateEditor } from "./TemplateEditor";
import { focusKeys, TemplateList, type CategoryFilter } from "./TemplateList";
import { TransferSection } from "./TransferSection";
import { useStoredData } from "./useStoredData";

/**
 * Props of the "Templates and settings" panel (the default export of ./index.ts).
 *
 * - `store`: Office.context.roamingSettings, or the preview's stand-in. The panel loads from it
 *   (unless `initial` is given) and saves to it only when the user presses a Save button or
 *   confirms a delete, restore, star or import.
 * - `invitation`: the open item, for the live preview; null shows an example instead.
 * - `mailboxName`: the mailbox owner's display name: the signature's placeholder and fallback.
 * - `onClose()`: the user closed the panel (unsaved edits in the editor are dropped).
 * - `onChange(data)`: called after every successful save with what is now stored, so the pane
 *   can refresh its suggestions and defaults at once.
 * - `initial`: what the pane already loaded with `loadData(store)`; its notice (damaged data set
 *   aside) is shown once.
 * - `locale`: BCP 47 tag for the strings, the built-in templates and the preview's dates.
 * - `category`: the category the pane is showing; the list opens on it (else on all categories).
 */
export interface TemplatesAndSettingsProps {
  store: RoamingSettingsLike;
  invitation: Invitation | null;
  mailboxName: string;
  onClose(): void;
  onChange(data: StoredData): void;
  initial?: LoadResult;
  locale?: string;
  category?: CategoryId;
}

const useStyles = makeStyles({
  // Flat on the pane, as Outlook's own panes are: a card with its own border and padding took 26 px
  // of a 320 px pane, and "Export and import" no longer fitted beside the other tabs.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, minWidth: 0 },
  // Tabs wrap to a second line rather than run past the pane's edge (larger text, other languages).
  // Small tabs: the three fit on one line in 320 px, their text lined up with the title.
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalSNudge})` },
  panel: { paddingTop: tokens.spacingVerticalS },
});

type Section = "templates" | "settings" | "transfer";

type View = { kind: "list" } | { kind: "editor"; draft: TemplateDraft; builtIn: boolean };

type Confirmation = { kind: "delete"; entry: TemplateEntry } | { kind: "restore" };

function exampleInvitation(t: TemplateStrings, mailboxName: string): Invitation {
  const example = t.exampleInvitation;
  return emptyInvitation({
    kind: "meetingRequest",
    subject: example.subject,
    from: { name: example.senderName, address: example.senderAddress },
    me: mailboxName ? { name: mailboxName, address: "" } : null,
    start: example.start,
    end: example.end,
  });
}

export function TemplatesAndSettings(props: TemplatesAndSettingsProps) {
  const { store, invitation, mailboxName, locale } = props;
  const t = useMemo(() => templateStringsFor(locale), [locale]);
  const styles = useStyles();
  const titleId = useId();
  const tabIds = { templates: useId(), settings: useId(), transfer: useId() };

  const stored = useStoredData(store, { initial: props.initial, onChange: props.onChange });
  const { data, saving, failure } = stored;
  const builtIns = useMemo(() => allBuiltIns(locale), [locale]);
  const builtInIds = useMemo(() => builtInIdsOf(builtIns), [builtIns]);
  const entries = useMemo(() => listTemplates(data, builtIns), [data, builtIns]);
  const context = useMemo(
    () => previewContext(invitation, exampleInvitation(t, mailboxName), data.settings, mailboxName, locale),
    [invitation, t, data.settings, mailboxName, locale],
  );

  const [section, setSection] = useState<Section>("templates");
  const [view, setView] = useState<View>({ kind: "list" });
  const [filter, setFilter] = useState<CategoryFilter>(props.category ?? "all");
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // A success said in the section where it happened (the transfer section keeps its own).
  const [notice, setNotice] = useState<{ section: Section; notice: NoticeData } | null>(null);
  const say = (where: Section, text: string) => setNotice({ section: where, notice: { intent: "success", text } });
  const noticeIn = (where: Section) => notice?.section === where && <Notice notice={notice.notice} />;
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  // Bumped after an import so the settings form shows the imported settings.
  const [settingsRevision, setSettingsRevision] = useState(0);

  const openEditor = (draft: TemplateDraft, builtIn: boolean) => {
    stored.dismissFailure();
    setNotice(null);
    setView({ kind: "editor", draft, builtIn });
  };
  const closeEditor = (focus: string) => {
    stored.dismissFailure();
    setFocusKey(focus);
    setView({ kind: "list" });
  };
  const saveDraft = (draft: TemplateDraft) => {
    const id = draft.id ?? newTemplateId(data, builtInIds);
    const template = templateFromDraft(draft, id);
    void stored.save(putTemplate(data, template, builtIns), "editor", () => {
      // The saved template must be in sight, even when it was moved to another category.
      if (filter !== "all" && filter !== template.category) setFilter(template.category);
      closeEditor(focusKeys.edit(id));
      say("templates", t.saved(template.strategy));
    });
  };
  const saveFromList = (next: StoredData, success: string) => {
    setNotice(null);
    void stored.save(next, "list", () => say("templates", success));
  };
  const confirmDelete = (entry: TemplateEntry) => {
    setConfirmation(null);
    setFocusKey(focusKeys.newTemplate);
    saveFromList(deleteTemplate(data, entry.template.id, builtInIds), t.deleted(entry.template.strategy));
  };
  const confirmRestore = () => {
    setConfirmation(null);
    saveFromList(restoreBuiltIns(data, builtInIds), t.restored);
  };
  const star = (entry: TemplateEntry) => {
    const name = entry.template.strategy;
    saveFromList(toggleStar(data, entry.template.id), entry.starred ? t.unstarredNow(name) : t.starredNow(name));
  };

  const restorable = restorableOf(data, builtInIds);
  const panelProps = (id: Section) => ({
    role: "tabpanel",
    "aria-labelledby": tabIds[id],
    hidden: section !== id,
    className: styles.panel,
  });

  return (
    <TemplateStringsContext.Provider value={t}>
      <section aria-labelledby={titleId} className={styles.root}>
        <div className={styles.header}>
          <Text as="h2" id={titleId} size={500} weight="semibold" className={styles.title}>
            {t.title}
          </Text>
          <Button appearance="subtle" icon={<DismissRegular />} aria-label={t.close} title={t.close} onClick={props.onClose} />
        </div>
        {stored.loadNotice && (
          <Notice
            notice={{ intent: "warning", text: stored.loadNotice }}
            actions={<Button onClick={stored.dismissLoadNotice}>{t.dismiss}</Button>}
          />
        )}
        <TabList
          size="small"
          className={styles.tabs}
          aria-label={t.sectionsLabel}
          selectedValue={section}
          onTabSelect={(_event, tab) => setSection(tab.value as Section)}
        >
          <Tab id={tabIds.templates} value="templates">
            {t.tabTemplates}
          </Tab>
          <Tab id={tabIds.settings} value="settings">
            {t.tabSettings}
          </Tab>
          <Tab id={tabIds.transfer} value="transfer">
            {t.tabTransfer}
          </Tab>
        </TabList>

        <div {...panelProps("templates")}>
          {view.kind === "editor" ? (
            <TemplateEditor
              initial={view.draft}
              builtIn={view.builtIn}
              previewContext={context}
              previewFromInvitation={invitation !== null}
              saving={saving}
              failure={failure}
              onDismissFailure={stored.dismissFailure}
              onSave={saveDraft}
              onCancel={() => closeEditor(view.draft.id ? focusKeys.edit(view.draft.id) : focusKeys.newTemplate)}
            />
          ) : (
            <>
              {noticeIn("templates")}
              <SaveFailureBar
                failure={failure}
                origin="list"
                busy={saving}
                onRetry={() => void stored.retry()}
                onDismiss={stored.dismissFailure}
              />
              <TemplateList
                entries={entries}
                filter={filter}
                onFilterChange={setFilter}
                restorable={restorable}
                busy={saving}
                focusKey={focusKey}
                onNew={() => openEditor(blankDraft(filter === "all" ? CATEGORY_IDS[0] : filter), false)}
                onEdit={(entry) => openEditor(draftOf(entry.template), entry.origin !== "yours")}
                onDuplicate={(entry) => openEditor(duplicateDraft(entry.template, t.copySuffix), false)}
                onDelete={(entry) => setConfirmation({ kind: "delete", entry })}
                onToggleStar={star}
                onRestore={() => setConfirmation({ kind: "restore" })}
              />
            </>
          )}
        </div>

        <div {...panelProps("settings")}>
          <SettingsForm
            key={settingsRevision}
            settings={data.settings}
            mailboxName={mailboxName}
            saving={saving}
            failure={failure}
            onDismissFailure={stored.dismissFailure}
            onSave={(settings) => {
              setNotice(null);
              void stored.save({ ...data, settings: settingsToStore(settings) }, "settings", () =>
                say("settings", t.settingsSaved),
              );
            }}
          />
          {noticeIn("settings")}
        </div>

        <div {...panelProps("transfer")}>
          <TransferSection
            data={data}
            saving={saving}
            failure={failure}
            onRetry={() => void stored.retry()}
            onDismissFailure={stored.dismissFailure}
            onImport={async (next) => {
              const saved = await stored.save(next, "import");
              if (saved) setSettingsRevision((n) => n + 1);
              return saved;
            }}
          />
        </div>

        <ConfirmDialog
          open={confirmation !== null}
          title={
            confirmation?.kind === "delete" ? t.deleteTitle(confirmation.entry.template.strategy) : t.restoreTitle
          }
          onCancel={() => setConfirmation(null)}
          choices={
            confirmation?.kind === "delete"
              ? [{ label: t.deleteConfirm, primary: true, onChoose: () => confirmDelete(confirmation.entry) }]
              : [{ label: t.restoreConfirm, primary: true, onChoose: confirmRestore }]
          }
        >
          {confirmation?.kind === "delete"
            ? confirmation.entry.origin === "yours"
              ? t.deleteOwnBody
              : t.deleteBuiltInBody
            : t.restoreBody(restorable.hidden, restorable.edited)}
        </ConfirmDialog>
      </section>
    </TemplateStringsContext.Provider>
  );
}
