import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { TONES, type Tone } from "../core/replies/types";
import { useStrings } from "./StringsContext";

export function ToneSwitch({ tone, onToneChange }: { tone: Tone; onToneChange(tone: Tone): void }) {
  const t = useStrings();
  return (
    <Field label={t.toneLabel}>
      <RadioGroup
        layout="horizontal"
        value={tone}
        onChange={(_event, data) => {
          const chosen = TONES.find((candidate) => candidate === data.value);
          if (chosen) onToneChange(chosen);
        }}
      >
        {TONES.map((candidate) => (
          <Radio key={candidate} value={candidate} label={t.tones[candidate]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
