import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { type ChangeEvent, useId } from "react";
import { SLOT_PLACEHOLDERS, type SlotPlaceholder } from "../core/replies/types";
import { INPUT_SURFACE, LabelledField } from "./formControls";
import { useStrings } from "./StringsContext";

export type SlotValues = Record<SlotPlaceholder, string>;
export const NO_SLOTS: SlotValues = { slot1: "", slot2: "" };

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10em, 1fr))", gap: tokens.spacingHorizontalS },
  input: {
    ...typographyStyles.body1,
    minWidth: 0,
    height: "28px",
    boxSizing: "border-box",
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    ...INPUT_SURFACE,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
});

/** The times a "Suggest another time" reply offers instead ({slot1}, {slot2}); both are needed to replace its fallback words. */
export function SlotInputs({ values, onChange }: { values: SlotValues; onChange(slot: SlotPlaceholder, value: string): void }) {
  const t = useStrings();
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.row}>
      {SLOT_PLACEHOLDERS.map((slot) => (
        <LabelledField key={slot} label={t.slotLabels[slot]} id={`${id}-${slot}`}>
          {({ controlId }) => (
            <input
              id={controlId}
              type="text"
              autoComplete="off"
              value={values[slot]}
              placeholder={t.slotPlaceholder}
              className={styles.input}
              onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(slot, event.target.value)}
            />
          )}
        </LabelledField>
      ))}
    </div>
  );
}
