import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import type { Invitation } from "../core/invitation";
import { situationFacts } from "../core/facts";
import {
  buildReplyContext,
  builtInReplies,
  claimFlags,
  claimsOf,
  type ClaimKind,
  placeholdersIn,
  renderReply,
  replyHtml,
  textForTone,
} from "../core/replies";
import { type RenderContext, type ReplyTemplate, SLOT_PLACEHOLDERS, type SlotPlaceholder, type Tone } from "../core/replies/types";
import type { OfficeAdapter, ReplyRedirected } from "../office/adapter";
import { ItemChangedError, ReplyTooLongError, ReplyUnconfirmedError } from "../office/errors";
import type { DefaultAction, StoredData } from "../settings/schema";
import { CategoryPicker } from "./CategoryPicker";
import { ClaimChoices } from "./ClaimChoices";
import { copyText } from "./clipboard";
import type { PaneExtensions } from "./extensions";
import { LabelledField, PaneButton, ReplyBox } from "./formControls";
import { Notice, type NoticeData } from "./Notice";
import type { UiStrings } from "./strings";
import { useStrings } from "./StringsContext";
import { SuggestionCards } from "./SuggestionCards";
import { NO_SLOTS, SlotInputs, type SlotValues } from "./SlotInputs";
import { useSignatureNote } from "./signatureNote";
import { personalChoice } from "./templates/personalSuggestions";
import { ReplyElsewhere } from "./ReplyElsewhere";
import { ToneSwitch } from "./ToneSwitch";
import { userReason } from "./userReason";
import { WhichIsIt } from "./WhichIsIt";
import { closeCall } from "../core/classifier/closeCall";

/**
 * One screen in a narrow pane (320 × 600 and up): the kind, the strategy chips, the tone and the
 * chosen reply as the editor scroll together; the actions sit in a bar fixed at the bottom, as in
 * Outlook's own panes, with the outcome of the last action just above the buttons.
 */
const useStyles = makeStyles({
  root: { flexGrow: 1, display: "flex", flexDirection: "column" },
  content: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalMNudge,
    paddingBottom: tokens.spacingVerticalM,
  },
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM}) calc(-1 * ${tokens.spacingVerticalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The pane's own background (Office's, when App sets it), so the text scrolls under an opaque bar.
    backgroundColor: `var(--pane-background, ${tokens.colorNeutralBackground1})`,
  },
  // The notice above the buttons may be long in a short pane: it scrolls rather than push them off.
  barNotice: { maxHeight: "40vh", overflowY: "auto" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  // Buttons share the row, so Reply, Reply all and Copy fit side by side in 320 px.
  action: {
    flex: "1 1 0",
    minWidth: "64px",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  extensions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  why: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const PREVIEW_LINES = 3;

/** Edits are kept per category, strategy and tone while the item is open. */
function draftKey(category: CategoryId, templateId: string | null, tone: Tone): string {
  return `${category}/${templateId ?? ""}/${tone}`;
}

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
  /** Put focus on the item's kind once shown (the item changed while focus was in the pane). */
  focusKind?: boolean;
}

/** The template's text with its claims kept unless the user switched them off. */
function render(
  template: ReplyTemplate | undefined,
  tone: Tone,
  context: RenderContext,
  locale: string,
  claimsOff: ReadonlySet<ClaimKind> = NO_CLAIMS_OFF,
): string {
  return template ? renderReply(template, tone, { ...context, ...claimFlags(template, claimsOff) }, locale) : "";
}

const NO_CLAIMS_OFF: ReadonlySet<ClaimKind> = new Set();

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
      const claim = claimsOf(template).length > 0 ? [t.cardMarks.claim] : [];
      return [template.id, [...origin, ...(starred.has(template.id) ? [t.cardMarks.starred] : []), ...claim]];
    }),
  );
}

/** One invitation's category, suggestions, draft and actions. Remounted for each item. */
export function InvitationPane(props: Props) {
  const { adapter, invitation, classification, locale, extensions, data, onUnsentChange, focusKind } = props;
  const { settings } = data;
  const t = useStrings();
  const styles = useStyles();
  const signatureName = settings.signatureName || undefined;
  // What the reply needs to know beyond the category: read once per item.
  const facts = useMemo(() => situationFacts(invitation, classification), [invitation, classification]);
  const context = useMemo(
    () => buildReplyContext(invitation, { locale, signatureName, facts }),
    [invitation, locale, signatureName, facts],
  );
  const choose = (category: CategoryId) => personalChoice(category, data, { facts, locale });

  const [category, setCategory] = useState<CategoryId>(classification.category);
  // choose() reads only data, facts and locale, hence these dependencies.
  const choice = useMemo(() => choose(category), [category, data, facts, locale]);
  const templates = choice.replies;
  const marks = useMemo(() => cardMarks(templates, data, builtInIdsOf(category, locale), t), [templates, data, category, locale, t]);
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [tone, setTone] = useState<Tone>(settings.defaultTone);
  // Times the user offers instead, for replies that propose them; kept across cards and tones.
  const [slots, setSlots] = useState<SlotValues>(NO_SLOTS);
  // Claims the user switched off (the plain wording is used instead); kept across cards and tones.
  const [claimsOff, setClaimsOff] = useState<ReadonlySet<ClaimKind>>(NO_CLAIMS_OFF);
  const renderContext = useMemo<RenderContext>(() => ({ ...context, ...slots }), [context, slots]);
  // The user's own text for each category, strategy and tone they edited; the rest is the suggestion.
  // Nothing the pane does replaces an edit: only the user's typing and "Reset to suggestion" do.
  const [edits, setEdits] = useState<Readonly<Record<string, string>>>({});
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [busy, setBusy] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const kindRef = useRef<HTMLHeadingElement>(null);
  const replyFieldId = useId();
  const [signatureNote, dismissSignatureNote] = useSignatureNote();

  const selected = templates.find((template) => template.id === selectedId);
  const key = draftKey(category, selectedId, tone);
  // Follows the stored templates, the signature and the offered times for as long as it is not edited.
  const suggestion = render(selected, tone, renderContext, locale, claimsOff);
  const text = edits[key] ?? suggestion;
  const edited = edits[key] !== undefined;

  const editText = (value: string) =>
    setEdits((all) => {
      const { [key]: _previous, ...others } = all;
      // Typed back to the suggestion: no longer an edit, so it follows the suggestion again.
      return value === suggestion ? others : { ...others, [key]: value };
    });
  const resetToSuggestion = () => {
    editText(suggestion);
    textareaRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (focusKind) kindRef.current?.focus({ preventScroll: true });
  }, []);

  // Saved templates or settings changed the list: a selection whose template is gone moves to the first suggestion.
  useEffect(() => {
    const kept = templates.find((template) => template.id === selectedId) ?? templates[0];
    if (kept?.id !== selectedId) setSelectedId(kept?.id ?? null);
    // Only a change of what is stored runs this, not the user's own choices.
  }, [templates]);
  const previews = useMemo(
    () =>
      Object.fromEntries(
        templates.map((template) => [template.id, previewLines(render(template, tone, renderContext, locale, claimsOff))]),
      ),
    [templates, tone, renderContext, locale, claimsOff],
  );

  // Another category, strategy or tone shows its own text: the suggestion, or the user's edit of it.
  const changeCategory = (next: CategoryId) => {
    const first = choose(next).replies[0];
    setCategory(next);
    setSelectedId(first?.id ?? null);
    setNotice(null);
  };
  const selectTemplate = (id: string) => setSelectedId(id);
  const changeTone = (next: Tone) => setTone(next);
  const changeSlot = (slot: SlotPlaceholder, value: string) => setSlots((old) => ({ ...old, [slot]: value }));
  // A claim switched off uses the plain wording; an edited text stays as the user wrote it.
  const changeClaim = (claim: ClaimKind, kept: boolean) =>
    setClaimsOff((old) => {
      const next = new Set(old);
      if (kept) next.delete(claim);
      else next.add(claim);
      return next;
    });

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
    onUnsentChange(text !== suggestion ? text : null);
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
    return t.replyFailed(userReason(error));
  };
  const reply = (all: boolean) => run(() => adapter.openReply(replyHtml(text), { all }), t.replyOpened, replyFailure);
  const insert = () => run(() => adapter.insertAtCursor(text), t.inserted, (error) => t.insertFailed(userReason(error)));
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
      <CategoryPicker
        ref={kindRef}
        classification={classification}
        category={category}
        onCategoryChange={changeCategory}
      />
    </>
  );
  if (category === "not_invitation") {
    return (
      <div className={styles.root}>
        <div className={styles.content}>
          {picker}
          <Notice notice={{ intent: "info", title: t.notInvitationTitle, text: t.notInvitationBody }} />
        </div>
      </div>
    );
  }

  const compose = invitation.mode === "compose";
  // No email reply to an address nobody reads: the answer belongs elsewhere (LinkedIn), or nowhere.
  const replyTarget = facts.replyTarget;
  const canReply = replyTarget.unreachable === null;
  // The user's default action is the primary button; in a draft Insert stands in for Reply and Reply all.
  const appearance = (action: DefaultAction) =>
    action === settings.defaultAction || (compose && action === "reply" && settings.defaultAction !== "copy")
      ? "primary"
      : "secondary";
  const actionButton = (action: DefaultAction, label: string, onClick: () => void, disabled: boolean) => (
    <PaneButton appearance={appearance(action)} className={styles.action} disabled={disabled} onClick={onClick}>
      {label}
    </PaneButton>
  );
  const cannotSend = busy || !text.trim();
  const extensionActions = compose ? [] : (extensions?.actions ?? []);
  return (
    <div className={styles.root}>
      <div className={styles.content}>
        {picker}
        {!compose && !canReply && <ReplyElsewhere target={replyTarget} subject={invitation.subject} text={text} />}
        {templates.length > 0 && (
          <p className={styles.why} data-testid="why-first">
            {choice.why}
          </p>
        )}
        <SuggestionCards
          key={category}
          templates={templates}
          selectedId={selectedId}
          previews={previews}
          marks={marks}
          onSelect={selectTemplate}
        />
        {usesSlots(selected, tone) && <SlotInputs values={slots} onChange={changeSlot} />}
        <ClaimChoices claims={claimsOf(selected)} off={claimsOff} locale={locale} onChange={changeClaim} />
        <ToneSwitch tone={tone} onToneChange={changeTone} />
        <LabelledField
          label={t.replyTextLabel}
          id={replyFieldId}
          labelEnd={
            edited && (
              <PaneButton appearance="subtle" size="small" onClick={resetToSuggestion}>
                {t.resetToSuggestion}
              </PaneButton>
            )
          }
        >
          {({ controlId }) => (
            <ReplyBox ref={textareaRef} id={controlId} value={text} minRows={6} onChange={editText} />
          )}
        </LabelledField>
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
        {extensionActions.length > 0 && (
          <div className={styles.extensions}>
            {extensionActions.map((Action, index) => (
              <Action key={index} invitation={invitation} text={text} notify={setNotice} />
            ))}
          </div>
        )}
      </div>
      <div className={styles.bar}>
        {notice && (
          <div className={styles.barNotice}>
            <Notice notice={notice} />
          </div>
        )}
        <div role="group" aria-label={t.actionsLabel} className={styles.actions}>
          {compose ? (
            actionButton("reply", t.insertAtCursor, insert, cannotSend)
          ) : (
            canReply && (
              <>
                {actionButton("reply", t.reply, () => reply(false), cannotSend)}
                {actionButton("replyAll", t.replyAll, () => reply(true), cannotSend)}
              </>
            )
          )}
          {/* With no one to reply to (LinkedIn), Copy is the way the text leaves the pane. */}
          <PaneButton
            appearance={!compose && !canReply ? "primary" : appearance("copy")}
            className={styles.action}
            disabled={!text}
            onClick={copy}
          >
            {t.copy}
          </PaneButton>
        </div>
      </div>
    </div>
  );
}
