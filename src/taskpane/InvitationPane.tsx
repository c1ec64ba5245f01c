import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import type { Invitation } from "../core/invitation";
import { buildReplyContext, builtInReplies, placeholdersIn, renderReply, replyHtml, textForTone } from "../core/replies";
import { type RenderContext, type ReplyTemplate, SLOT_PLACEHOLDERS, type SlotPlaceholder, type Tone } from "../core/replies/types";
import type { OfficeAdapter, ReplyRedirected } from "../office/adapter";
import { ItemChangedError, ReplyTooLongError, ReplyUnconfirmedError } from "../office/errors";
import type { DefaultAction, StoredData } from "../settings/schema";
import { CategoryPicker } from "./CategoryPicker";
import { copyText } from "./clipboard";
import type { PaneExtensions } from "./extensions";
import { LabelledField, PaneButton, ReplyBox } from "./formControls";
import { Notice, type NoticeData } from "./Notice";
import type { UiStrings } from "./strings";
import { useStrings } from "./StringsContext";
import { SuggestionCards } from "./SuggestionCards";
import { NO_SLOTS, SlotInputs, type SlotValues } from "./SlotInputs";
import { useSignatureNote } from "./signatureNote";
import { personalSuggestions } from "./templates/personalSuggestions";
import { ToneSwitch } from "./ToneSwitch";
import { WhichIsIt } from "./WhichIsIt";
import { closeCall } from "../core/classifier/closeCall";
import { reasonOf } from "../core/reasonOf";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
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

function render(template: ReplyTemplate | undefined, tone: Tone, context: RenderContext): string {
  return template ? renderReply(template, tone, context) : "";
}

/** A short line ending in a comma before the rest ("Hi Tomás,", "Dear hiring team,"): the greeting. */
const GREETING_LINE = /^[^.!?\n]{1,40},$/;

/** A card's preview: the first lines of substance, without the greeting every reply starts with. */
export function previewLines(text: string): string {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const start = lines.length > 1 && GREETING_LINE.test(lines[0].trim()) ? 1 : 0;
  return lines.slice(start, start + PREVIEW_LINES).join("\n");
}

/** Whether the text proposes other times through {slot1}/{slot2}, so the pane asks for them. */
function usesSlots(template: ReplyTemplate | undefined, tone: Tone): boolean {
  if (!template) return false;
  const used = placeholdersIn(textForTone(template, tone));
  return SLOT_PLACEHOLDERS.some((slot) => used.includes(slot));
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
  // suggest() reads only data, followUp and locale, hence these dependencies.
  const templates = useMemo(() => suggest(category), [category, data, followUp, locale]);
  const marks = useMemo(
    () => cardMarks(templates, data, builtInIdsOf(category, locale), t),
    [templates, data, category, locale, t],
  );
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [tone, setTone] = useState<Tone>(settings.defaultTone);
  // Times the user offers instead, for replies that propose them; kept across cards and tones.
  const [slots, setSlots] = useState<SlotValues>(NO_SLOTS);
  const renderContext = useMemo<RenderContext>(() => ({ ...context, ...slots }), [context, slots]);
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
  const [signatureNote, dismissSignatureNote] = useSignatureNote();

  const selected = templates.find((template) => template.id === selectedId);

  // Saved templates or settings changed the list or the signature: an unedited draft follows them,
  // and a selection whose template is gone moves to the first suggestion.
  useEffect(() => {
    const kept = templates.find((template) => template.id === selectedId) ?? templates[0];
    if (kept?.id !== selectedId) setSelectedId(kept?.id ?? null);
    if (text === autoText.current) setDraft(render(kept, tone, renderContext));
    // Only a change of what is stored (templates, context) runs this, not the user's own choices.
  }, [templates, context]);
  const previews = useMemo(
    () =>
      Object.fromEntries(
        templates.map((template) => [template.id, previewLines(render(template, tone, renderContext))]),
      ),
    [templates, tone, renderContext],
  );

  // Choosing another category, card or tone replaces the draft (ui-contract: simplest rule).
  const changeCategory = (next: CategoryId) => {
    const first = suggest(next)[0];
    setCategory(next);
    setSelectedId(first?.id ?? null);
    setDraft(render(first, tone, renderContext));
    setNotice(null);
  };
  const selectTemplate = (id: string) => {
    setSelectedId(id);
    setDraft(
      render(
        templates.find((template) => template.id === id),
        tone,
        renderContext,
      ),
    );
  };
  const changeTone = (next: Tone) => {
    setTone(next);
    setDraft(render(selected, next, renderContext));
  };
  // Typing a time rewrites the draft only while the user has not edited it by hand.
  const changeSlot = (slot: SlotPlaceholder, value: string) => {
    const next = { ...slots, [slot]: value };
    setSlots(next);
    if (text === autoText.current) setDraft(render(selected, tone, { ...context, ...next }));
  };

  /**
   * Runs an Outlook action; on failure the text stays where it is and the alert says so. An edited text
   * counts as unsent until the action succeeds, so a pane that re-reads meanwhile (the selection moved)
   * still offers it.
   */
  const run = async (
    action: () => Promise<ReplyRedirected | void>,
    success: string,
    failure: (error: unknown) => string,
  ) => {
    setBusy(true);
    const edited = text !== render(selected, tone, renderContext);
    onUnsentChange(edited ? text : null);
    try {
      const redirected = await action();
      // With "Also decline in my calendar" the calendar response carried the reply: say what it did.
      const ok = redirected ? redirected.ok : true;
      setNotice({ intent: ok ? "success" : "error", text: redirected ? redirected.message : success });
      if (ok) onUnsentChange(null);
    } catch (error) {
      // The pane is re-reading the item the user now has selected; it says so itself.
      if (!(error instanceof ItemChangedError)) setNotice({ intent: "error", text: failure(error) });
    } finally {
      setBusy(false);
    }
  };
  const replyFailure = (error: unknown) => {
    if (error instanceof ReplyTooLongError) return t.replyTooLong;
    if (error instanceof ReplyUnconfirmedError) return t.replyUnconfirmed;
    return t.replyFailed(reasonOf(error));
  };
  const reply = (all: boolean) => run(() => adapter.openReply(replyHtml(text), { all }), t.replyOpened, replyFailure);
  const insert = () => run(() => adapter.insertAtCursor(text), t.inserted, (error) => t.insertFailed(reasonOf(error)));
  // The way to keep the Outlook signature: an empty reply of the user's own, then Insert at cursor in it.
  const openEmptyReply = () => run(() => adapter.openReply("", { all: false }), t.emptyReplyOpened, replyFailure);
  const copy = async () => {
    const copied = await copyText(text, textareaRef.current);
    setNotice(copied ? { intent: "success", text: t.copied } : { intent: "warning", text: t.copyFailed });
  };

  const twoWay = useMemo(() => closeCall(classification), [classification]);
  const picker = (
    <>
      {twoWay?.includes(category) && <WhichIsIt choices={twoWay} category={category} onChoose={changeCategory} />}
      <CategoryPicker classification={classification} category={category} onCategoryChange={changeCategory} />
    </>
  );
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
      {usesSlots(selected, tone) && <SlotInputs values={slots} onChange={changeSlot} />}
      <ToneSwitch tone={tone} onToneChange={changeTone} />
      <LabelledField label={t.replyTextLabel} id={replyFieldId}>
        {({ controlId }) => <ReplyBox ref={textareaRef} id={controlId} value={text} rows={9} onChange={setTextState} />}
      </LabelledField>
      {notice && <Notice notice={notice} />}
      {signatureNote && !compose && (
        // A plain note rather than a status bar: it is advice, not the outcome of an action.
        <p className={styles.note}>
          {t.signatureNote(settings.signatureName || invitation.me?.name || "")}{" "}
          <PaneButton appearance="subtle" disabled={busy} onClick={openEmptyReply}>
            {t.openEmptyReply}
          </PaneButton>
          <PaneButton appearance="subtle" onClick={dismissSignatureNote}>
            {t.gotIt}
          </PaneButton>
        </p>
      )}
      <div role="group" aria-label={t.actionsLabel} className={styles.actions}>
        {compose ? (
          <PaneButton appearance={appearance("reply")} disabled={busy || !text.trim()} onClick={insert}>
            {t.insertAtCursor}
          </PaneButton>
        ) : (
          <>
            <PaneButton appearance={appearance("reply")} disabled={busy || !text.trim()} onClick={() => reply(false)}>
              {t.reply}
            </PaneButton>
            <PaneButton appearance={appearance("replyAll")} disabled={busy || !text.trim()} onClick={() => reply(true)}>
              {t.replyAll}
            </PaneButton>
          </>
        )}
        <PaneButton appearance={appearance("copy")} disabled={!text} onClick={copy}>
          {t.copy}
        </PaneButton>
        {!compose &&
          extensions?.actions?.map((Action, index) => (
            <Action key={index} invitation={invitation} text={text} notify={setNotice} />
          ))}
      </div>
    </div>
  );
}
