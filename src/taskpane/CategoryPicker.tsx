import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import { CATEGORY_IDS, type CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import { LabelledField, NativeSelect } from "./formControls";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  against: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  classification: Classification;
  category: CategoryId;
  onCategoryChange(category: CategoryId): void;
}

export function CategoryPicker({ classification, category, onCategoryChange }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const type = useTypography();
  const [showEvidence, setShowEvidence] = useState(false);
  const evidenceId = useId();
  const fieldId = useId();
  const options = useMemo(() => CATEGORY_IDS.map((id) => ({ value: id, label: t.categories[id] })), [t]);
  const evidence = [...classification.evidence].sort((a, b) => b.weight - a.weight);
  return (
    <div className={styles.root}>
      <p className={type.paragraph}>
        {t.detected(t.categories[classification.category], Math.round(classification.confidence * 100))}
        {category !== classification.category && ` ${t.chosenByYou}`}
      </p>
      <LabelledField label={t.categoryLabel} id={fieldId}>
        {({ controlId }) => (
          <NativeSelect id={controlId} options={options} value={category} onChange={onCategoryChange} />
        )}
      </LabelledField>
      <div>
        <Button
          appearance="subtle"
          size="small"
          icon={showEvidence ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={showEvidence}
          aria-controls={evidenceId}
          onClick={() => setShowEvidence((shown) => !shown)}
        >
          {t.whyCategory}
        </Button>
        <ul id={evidenceId} aria-label={t.evidenceLabel} className={styles.evidence} hidden={!showEvidence}>
          {evidence.length === 0 && <li>{t.noEvidence}</li>}
          {evidence.map((item, index) => (
            <li key={index} className={item.weight < 0 ? styles.against : undefined}>
              {t.evidenceItem(item.text, t.evidenceFields[item.field], t.categories[item.category])}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
