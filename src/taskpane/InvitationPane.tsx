import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import type { Invitation } from "../core/invitation";
import { buildReplyContext, renderReply, replyHtml, suggestReplies } from "../core/replies";
import type { ReplyContext, ReplyTemplate, Tone } from "../core/replies/types";
import type { OfficeAdapter } from "../office/adapter";
import { ReplyTooLongError } from "../office/errors";
import { CategoryPicker } from "./CategoryPicker";
import { copyText } from "./clipboard";
import type { PaneExtensions, PersonalSuggestOptions } from "./extensions";
import { Notice, type NoticeData } from "./Notice";
import { useStrings } from "./StringsContext";
import { SuggestionCards } from "./SuggestionCards";
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
  personal: PersonalSuggestOptions;
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One invitation's category, suggestions, draft and actions. Remounted for each item. */
export function InvitationPane(props: Props) {
  const { adapter, invitation, classification, locale, extensions, personal, onUnsentChange } = props;
  const t = useStrings();
  const styles = useStyles();
  const context = useMemo(() => buildReplyContext(invitation, { locale }), [invitation, locale]);
  const followUp = classification.followUp;
  const suggest = (category: CategoryId) => suggestReplies(category, { ...personal, followUp, locale });

  const [category, setCategory] = useState<CategoryId>(classification.category);
  const templates = useMemo(
    () => suggestReplies(category, { ...personal, followUp, locale }),
    [category, personal, followUp, locale],
  );
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [tone, setTone] = useState<Tone>("warm");
  const [text, setText] = useState(() => render(templates[0], "warm", context));
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [busy, setBusy] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const selected = templates.find((template) => template.id === selectedId);
  const previews = useMemo(
    () => Object.fromEntries(templates.map((template) => [template.id, firstLines(render(template, tone, context))])),
    [templates, tone, context],
  );

  // Choosing another category, card or tone replaces the draft (ui-contract: simplest rule).
  const changeCategory = (next: CategoryId) => {
    const first = suggest(next)[0];
    setCategory(next);
    setSelectedId(first?.id ?? null);
    setText(render(first, tone, context));
    setNotice(null);
  };
  const selectTemplate = (id: string) => {
    setSelectedId(id);
    setText(render(templates.find((template) => template.id === id), tone, context));
  };
  const changeTone = (next: Tone) => {
    setTone(next);
    setText(render(selected, next, context));
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
  return (
    <div className={styles.root}>
      {picker}
      <SuggestionCards
        key={category}
        templates={templates}
        selectedId={selectedId}
        previews={previews}
        onSelect={selectTemplate}
      />
      <ToneSwitch tone={tone} onToneChange={changeTone} />
      <Field label={t.replyTextLabel}>
        <Textarea ref={textareaRef} value={text} resize="vertical" rows={9} onChange={(_e, data) => setText(data.value)} />
      </Field>
      {notice && <Notice notice={notice} />}
      <div role="group" aria-label={t.actionsLabel} className={styles.actions}>
        {compose ? (
          <Button appearance="primary" disabled={busy || !text.trim()} onClick={insert}>
            {t.insertAtCursor}
          </Button>
        ) : (
          <>
            <Button appearance="primary" disabled={busy || !text.trim()} onClick={() => reply(false)}>
              {t.reply}
            </Button>
            <Button disabled={busy || !text.trim()} onClick={() => reply(true)}>
              {t.replyAll}
            </Button>
          </>
        )}
        <Button disabled={!text} onClick={copy}>
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
