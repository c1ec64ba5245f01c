import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
  Toolbar,
  ToolbarButton,
} from "@fluentui/react-components";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CategoryId } from "../../core/categories";
import { renderReply, type ReplyContext } from "../../core/replies";
import { PLACEHOLDERS, TONES, type Tone } from "../../core/replies/types";
import { Notice } from "../Notice";
import { checkDraft, insertAtCaret, templateFromDraft, type DraftField, type DraftProblem, type TemplateDraft } from "./model";
import { SaveFailureBar } from "./SaveFailureBar";
import { categoryOptions } from "./categoryOptions";
import { useTemplateStrings, type TemplateStrings } from "./strings";
import type { SaveFailure } from "./useStoredData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  placeholders: { flexWrap: "wrap", padding: 0 },
  preview: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface TemplateEditorProps {
  initial: TemplateDraft;
  /** A built-in being edited: its category is fixed and the note says how to undo. */
  builtIn: boolean;
  /** Values the preview is filled with, and whether they come from the open invitation. */
  previewContext: ReplyContext;
  previewFromInvitation: boolean;
  saving: boolean;
  failure: SaveFailure | null;
  onDismissFailure(): void;
  /** Called with a draft that has no problems; the parent stores it. */
  onSave(draft: TemplateDraft): void;
  onCancel(): void;
}

function problemText(t: TemplateStrings, problem: DraftProblem): string {
  switch (problem.kind) {
    case "required":
      return t.strategyRequired;
    case "noText":
      return t.noText;
    case "tooLong":
      return t.tooLong(problem.max);
    case "template": {
      const inner = problem.problem;
      if (inner.kind === "unknownPlaceholder") {
        return t.unknownPlaceholder(inner.text, PLACEHOLDERS.map((name) => `{${name}}`).join(", "));
      }
      return inner.kind === "unclosedOptional" ? t.unclosedOptional : t.strayClose;
    }
  }
}

/** Problems the user should see while typing; "required" ones wait for a first Save. */
function isLive(problem: DraftProblem): boolean {
  return problem.kind === "template" || problem.kind === "tooLong";
}

export function TemplateEditor(props: TemplateEditorProps) {
  const { builtIn, saving, failure } = props;
  const t = useTemplateStrings();
  const styles = useStyles();
  const headingRef = useRef<HTMLElement>(null);
  const strategyRef = useRef<HTMLInputElement>(null);
  const whenToUseRef = useRef<HTMLInputElement>(null);
  const toneRefs = useRef<Partial<Record<Tone, HTMLTextAreaElement | null>>>({});
  const pendingCaret = useRef<{ tone: Tone; caret: number } | null>(null);
  const previewHeadingId = useId();

  const [draft, setDraft] = useState<TemplateDraft>(props.initial);
  const [activeTone, setActiveTone] = useState<Tone>(() => TONES.find((tone) => props.initial.texts[tone]) ?? "warm");
  const [attempted, setAttempted] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  // After a placeholder goes in, the caret sits right after it in the textarea it went into.
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    const textarea = toneRefs.current[pending.tone];
    textarea?.focus();
    textarea?.setSelectionRange(pending.caret, pending.caret);
  }, [draft]);

  const problems = useMemo(() => checkDraft(draft), [draft]);
  const shown = problems.filter((problem) => attempted || isLive(problem));
  const messagesFor = (field: DraftField) =>
    shown.filter((problem) => problem.field === field).map((problem) => problemText(t, problem));
  const fieldState = (field: DraftField) => {
    const messages = messagesFor(field);
    return messages.length > 0
      ? { validationState: "error" as const, validationMessage: messages.join(" ") }
      : { validationState: "none" as const };
  };

  const setText = (tone: Tone, value: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [tone]: value } }));

  const insertPlaceholder = (name: string) => {
    const textarea = toneRefs.current[activeTone];
    const value = draft.texts[activeTone];
    const start = textarea?.selectionStart ?? value.length;
    const end = textarea?.selectionEnd ?? value.length;
    const inserted = insertAtCaret(value, start, end, `{${name}}`);
    pendingCaret.current = { tone: activeTone, caret: inserted.caret };
    setText(activeTone, inserted.value);
  };

  const focusField = (field: DraftField) => {
    const tone = field === "texts" ? "warm" : field;
    const target =
      tone === "strategy" ? strategyRef.current : tone === "whenToUse" ? whenToUseRef.current : toneRefs.current[tone];
    target?.focus();
  };

  const save = () => {
    if (problems.length > 0) {
      setAttempted(true);
      focusField(problems[0].field);
      return;
    }
    props.onSave(draft);
  };

  const toneName = t.tones[activeTone];
  const previewText = renderReply(templateFromDraft(draft, "preview"), activeTone, props.previewContext);

  return (
    <div className={styles.root}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {draft.id === null ? t.editorNewTitle : t.editorEditTitle(props.initial.strategy)}
      </Text>
      {builtIn && <Text className={styles.note}>{t.editorEditBuiltInNote}</Text>}

      <Field label={t.categoryField} hint={builtIn ? t.categoryLockedHint : undefined}>
        <Dropdown
          disabled={builtIn}
          value={t.categories[draft.category]}
          selectedOptions={[draft.category]}
          onOptionSelect={(_event, data) =>
            data.optionValue && setDraft((d) => ({ ...d, category: data.optionValue as CategoryId }))
          }
        >
          {categoryOptions(t.categories)}
        </Dropdown>
      </Field>
      <Field label={t.strategyField} hint={t.strategyHint} required {...fieldState("strategy")}>
        <Input ref={strategyRef} value={draft.strategy} onChange={(_e, data) => setDraft((d) => ({ ...d, strategy: data.value }))} />
      </Field>
      <Field label={t.whenToUseField} hint={t.whenToUseHint} {...fieldState("whenToUse")}>
        <Input ref={whenToUseRef} value={draft.whenToUse} onChange={(_e, data) => setDraft((d) => ({ ...d, whenToUse: data.value }))} />
      </Field>

      <Text className={styles.note}>{t.tonesHint}</Text>
      {messagesFor("texts").map((message) => (
        <Text key={message} role="alert" className={styles.error}>
          {message}
        </Text>
      ))}
      <Toolbar aria-label={t.placeholderToolbar(toneName)} size="small" className={styles.placeholders}>
        {PLACEHOLDERS.map((name) => (
          <ToolbarButton
            key={name}
            aria-label={t.insertPlaceholder(`{${name}}`, t.placeholderNames[name] ?? name)}
            title={t.placeholderNames[name]}
            onClick={() => insertPlaceholder(name)}
          >
            {`{${name}}`}
          </ToolbarButton>
        ))}
      </Toolbar>
      <Text size={200} className={styles.note}>
        {t.syntaxHint}
      </Text>
      {TONES.map((tone) => (
        <Field key={tone} label={t.toneText(t.tones[tone])} {...fieldState(tone)}>
          <Textarea
            ref={(element) => {
              toneRefs.current[tone] = element;
            }}
            value={draft.texts[tone]}
            rows={tone === "brief" ? 3 : 6}
            resize="vertical"
            onFocus={() => setActiveTone(tone)}
            onChange={(_e, data) => setText(tone, data.value)}
          />
        </Field>
      ))}

      <section aria-labelledby={previewHeadingId}>
        <Text as="h4" id={previewHeadingId} weight="semibold" block>
          {t.previewHeading(toneName)}
        </Text>
        <Text size={200} className={styles.note} block>
          {props.previewFromInvitation ? t.previewFromInvitation : t.previewFromExample}
        </Text>
        <div className={styles.preview} data-testid="template-preview">
          {previewText || t.previewEmpty}
        </div>
      </section>

      {attempted && problems.length > 0 && (
        <Notice notice={{ intent: "error", text: t.fixBeforeSaving(problems.length) }} />
      )}
      <SaveFailureBar
        failure={failure}
        origin="editor"
        busy={saving}
        onRetry={save}
        onDismiss={props.onDismissFailure}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={saving} onClick={save}>
          {saving ? t.saving : t.save}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}
