import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import type { Invitation } from "../core/invitation";
import { buildReplyContext, builtInReplies, renderReply, replyHtml } from "../core/replies";
import type { ReplyContext, ReplyTemplate, Tone } from "../core/replies/types";
import type { OfficeAdapter } from "../office/adapter";
import { ReplyTooLongError } from "../office/errors";
import type { DefaultAction, StoredData } from "../settings/schema";
import { CategoryPicker } from "./CategoryPicker";
import { copyText } from "./clipboard";
import type { PaneExtensions } from "./extensions";
import { LabelledField, ReplyBox } from "./formControls";
import { Notice, type NoticeData } from "./Notice";
import type { UiStrings } from "./strings";
import { useStrings } from "./StringsContext";
import { SuggestionCards } from "./SuggestionCards";
import { personalSuggestions } from "./templates/personalSuggestions";
import { ToneSwitch } from "./ToneSwitch";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const PREVIEW_LINES = 3;

interface Props {
  adapter: OfficeAdapter;
  invitation: Invitation;
  classification: Classification;
  locale: string;
  extensions?: PaneExtensions;
  /** The user's templates, stars and settings (roamingSettings); a change refreshes the suggestions. */
  data: StoredData;
  /** Text the user edited whose last action failed (null once an action succeeds). */
  onUnsentChange(text: string | null): void;
}

function render(template: ReplyTemplate | undefined, tone: Tone, context: ReplyContext): string {
  return template ? renderReply(template, tone, context) : "";
}

function firstLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, PREVIEW_LINES)
    .join("\n");
}

function builtInIdsOf(category: CategoryId, locale: string): Set<string> {
  return new Set(builtInReplies(category, locale).map((template) => template.id));
}

/** "Yours" on the user's own templates, "Edited by you" on built-ins they changed, "Starred" on starred ones. */
function cardMarks(
  templates: ReplyTemplate[],
  data: Pick<StoredData, "starred">,
  builtInIds: Set<string>,
  t: UiStrings,
): Record<string, string[]> {
  const starred = new Set(data.starred);
  return Object.fromEntries(
    templates.map((template) => {
      const origin = template.custom ? [builtInIds.has(template.id) ? t.cardMarks.edited : t.cardMarks.yours] : [];
      return [template.id, starred.has(template.id) ? [...origin, t.cardMarks.starred] : origin];
    }),
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One invitation's category, suggestions, draft and actions. Remounted for each item. */
export function InvitationPane(props: Props) {
  const { adapter, invitation, classification, locale, extensions, data, onUnsentChange } = props;
  const { settings } = data;
  const t = useStrings();
  const styles = useStyles();
  const signatureName = settings.signatureName || undefined;
  const context = useMemo(
    () => buildReplyContext(invitation, { locale, signatureName }),
    [invitation, locale, signatureName],
  );
  const followUp = classification.followUp;
  const suggest = (category: CategoryId) => personalSuggestions(category, data, { followUp, locale });

  const [category, setCategory] = useState<CategoryId>(classification.category);
  const templates = useMemo(
    () => personalSuggestions(category, data, { followUp, locale }),
    [category, data, followUp, locale],
  );
  const marks = useMemo(() => cardMarks(templates, data, builtInIdsOf(category, locale), t), [templates, data, category, locale, t]);
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [tone, setTone] = useState<Tone>(settings.defaultTone);
  const [text, setTextState] = useState(() => render(templates[0], settings.defaultTone, context));
  // The last draft the pane wrote itself: while the text is still that, the user has not edited it.
  const autoText = useRef(text);
  const setDraft = (draft: string) => {
    autoText.current = draft;
    setTextState(draft);
  };
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [busy, setBusy] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const replyFieldId = useId();

  const selected = templates.find((template) => template.id === selectedId);

  // Saved templates or settings changed the list or the signature: an unedited draft follows them,
  // and a selection whose template is gone moves to the first suggestion.
  useEffect(() => {
    const kept = templates.find((template) => template.id === selectedId) ?? templates[0];
    if (kept?.id !== selectedId) setSelectedId(kept?.id ?? null);
    if (text === autoText.current) setDraft(render(kept, tone, context));
    // Only a change of what is stored (templates, context) runs this, not the user's own choices.
  }, [templates, context]);
  const previews = useMemo(
    () => Object.fromEntries(templates.map((template) => [template.id, firstLines(render(template, tone, context))])),
    [templates, tone, context],
  );

  // Choosing another category, card or tone replaces the draft (ui-contract: simplest rule).
  const changeCategory = (next: CategoryId) => {
    const first = suggest(next)[0];
    setCategory(next);
    setSelectedId(first?.id ?? null);
    setDraft(render(first, tone, context));
    setNotice(null);
  };
  const selectTemplate = (id: string) => {
    setSelectedId(id);
    setDraft(render(templates.find((template) => template.id === id), tone, context));
  };
  const changeTone = (next: Tone) => {
    setTone(next);
    setDraft(render(selected, next, context));
  };

  /** Runs an Outlook action; on failure the text stays where it is and the alert says so. */
  const run = async (action: () => Promise<void>, success: string, failure: (error: unknown) => string) => {
    setBusy(true);
    try {
      await action();
      setNotice({ intent: "success", text: success });
      onUnsentChange(null);
    } catch (error) {
      setNotice({ intent: "error", text: failure(error) });
      const edited = text !== render(selected, tone, context);
      onUnsentChange(edited ? text : null);
    } finally {
      setBusy(false);
    }
  };
  const reply = (all: boolean) =>
    run(
      () => adapter.openReply(replyHtml(text), { all }),
      t.replyOpened,
      (error) => (error instanceof ReplyTooLongError ? t.replyTooLong : t.replyFailed(reasonOf(error))),
    );
  const insert = () => run(() => adapter.insertAtCursor(text), t.inserted, (error) => t.insertFailed(reasonOf(error)));
  const copy = async () => {
    const copied = await copyText(text, textareaRef.current);
    setNotice(copied ? { intent: "success", text: t.copied } : { intent: "warning", text: t.copyFailed });
  };

  const picker = <CategoryPicker classification={classification} category={category} onCategoryChange={changeCategory} />;
  if (category === "not_invitation") {
    return (
      <div className={styles.root}>
        <Notice notice={{ intent: "info", title: t.notInvitationTitle, text: t.notInvitationBody }} />
        {picker}
      </div>
    );
  }

  const compose = invitation.mode === "compose";
  // The user's default action is the primary button; in a draft Insert stands in for Reply and Reply all.
  const appearance = (action: DefaultAction) =>
    action === settings.defaultAction || (compose && action === "reply" && settings.defaultAction !== "copy")
      ? "primary"
      : "secondary";
  return (
    <div className={styles.root}>
      {picker}
      <SuggestionCards
        key={category}
        templates={templates}
        selectedId={selectedId}
        previews={previews}
        marks={marks}
        onSelect={selectTemplate}
      />
      <ToneSwitch tone={tone} onToneChange={changeTone} />
      <LabelledField label={t.replyTextLabel} id={replyFieldId}>
        {({ controlId }) => <ReplyBox ref={textareaRef} id={controlId} value={text} rows={9} onChange={setTextState} />}
      </LabelledField>
      {notice && <Notice notice={notice} />}
      <div role="group" aria-label={t.actionsLabel} className={styles.actions}>
        {compose ? (
          <Button appearance={appearance("reply")} disabled={busy || !text.trim()} onClick={insert}>
            {t.insertAtCursor}
          </Button>
        ) : (
          <>
            <Button appearance={appearance("reply")} disabled={busy || !text.trim()} onClick={() => reply(false)}>
              {t.reply}
            </Button>
            <Button appearance={appearance("replyAll")} disabled={busy || !text.trim()} onClick={() => reply(true)}>
              {t.replyAll}
            </Button>
          </>
        )}
        <Button appearance={appearance("copy")} disabled={!text} onClick={copy}>
          {t.copy}
        </Button>
        {!compose &&
          extensions?.actions?.map((Action, index) => (
            <Action key={index} invitation={invitation} text={text} notify={setNotice} />
          ))}
      </div>
    </div>
  );
}
