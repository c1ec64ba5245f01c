import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { TONES, type Tone } from "../../core/replies/types";
import { DEFAULT_ACTIONS, type DefaultAction, type UserSettings } from "../../settings/schema";
import { calendarConfigured } from "../calendar";
import { checkSettings } from "./model";
import { SaveFailureBar } from "./SaveFailureBar";
import { useTemplateStrings } from "./strings";
import type { SaveFailure } from "./useStoredData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The stored settings; the form edits a copy until Save. */
  settings: UserSettings;
  mailboxName: string;
  saving: boolean;
  failure: SaveFailure | null;
  onDismissFailure(): void;
  onSave(settings: UserSettings): void;
}

export function SettingsForm({ settings, mailboxName, saving, failure, onDismissFailure, onSave }: Props) {
  const t = useTemplateStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<UserSettings>(settings);
  const problems = checkSettings(draft);
  const set = <K extends keyof UserSettings>(key: K, value: UserSettings[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = () => {
    if (problems.length === 0) onSave(draft);
  };

  return (
    <form
      className={styles.root}
      aria-label={t.settingsHeading}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field
        label={t.signatureName}
        hint={t.signatureHint}
        validationState={problems.length > 0 ? "error" : "none"}
        validationMessage={problems.length > 0 ? t.tooLong(problems[0].max) : undefined}
      >
        <Input
          value={draft.signatureName}
          placeholder={mailboxName}
          onChange={(_e, data) => set("signatureName", data.value)}
        />
      </Field>
      <Field label={t.defaultTone}>
        <Dropdown
          value={t.tones[draft.defaultTone]}
          selectedOptions={[draft.defaultTone]}
          onOptionSelect={(_e, data) => data.optionValue && set("defaultTone", data.optionValue as Tone)}
        >
          {TONES.map((tone) => (
            <Option key={tone} value={tone}>
              {t.tones[tone]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.defaultAction}>
        <RadioGroup
          value={draft.defaultAction}
          onChange={(_e, data) => set("defaultAction", data.value as DefaultAction)}
        >
          {DEFAULT_ACTIONS.map((action) => (
            <Radio key={action} value={action} label={t.actions[action]} />
          ))}
        </RadioGroup>
      </Field>
      <Checkbox
        checked={draft.alsoDeclineInCalendar}
        label={t.alsoDeclineInCalendar}
        onChange={(_e, data) => set("alsoDeclineInCalendar", data.checked === true)}
      />
      <Switch
        checked={draft.notifyOrganizer}
        label={t.notifyOrganizer}
        onChange={(_e, data) => set("notifyOrganizer", data.checked)}
      />
      <Field hint={calendarConfigured() ? t.ribbonDeclinesHint : t.ribbonDeclinesNeedsCalendar}>
        <Switch
          checked={draft.ribbonDeclines}
          disabled={!calendarConfigured()}
          label={t.ribbonDeclines}
          onChange={(_e, data) => set("ribbonDeclines", data.checked)}
        />
      </Field>
      <SaveFailureBar failure={failure} origin="settings" busy={saving} onRetry={save} onDismiss={onDismissFailure} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? t.saving : t.saveSettings}
        </Button>
      </div>
    </form>
  );
}
