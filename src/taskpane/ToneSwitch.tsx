import { useId } from "react";
import { TONES, type Tone } from "../core/replies/types";
import { LabelledField, RadioChoice } from "./formControls";
import { useStrings } from "./StringsContext";

export function ToneSwitch({ tone, onToneChange }: { tone: Tone; onToneChange(tone: Tone): void }) {
  const t = useStrings();
  const id = useId();
  return (
    <LabelledField label={t.toneLabel} id={id} layout="inline">
      {({ labelId }) => (
        <RadioChoice
          labelId={labelId}
          name={`${id}-tone`}
          options={TONES.map((candidate) => ({ value: candidate, label: t.tones[candidate] }))}
          value={tone}
          onChange={onToneChange}
        />
      )}
    </LabelledField>
  );
}
