import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { CATEGORY_IDS, type CategoryId, isCategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import { useStrings } from "./StringsContext";

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
  const [showEvidence, setShowEvidence] = useState(false);
  const evidenceId = useId();
  const evidence = [...classification.evidence].sort((a, b) => b.weight - a.weight);
  return (
    <section className={styles.root} aria-label={t.categoryLabel}>
      <Text>
        {t.detected(t.categories[classification.category], Math.round(classification.confidence * 100))}
        {category !== classification.category && ` ${t.chosenByYou}`}
      </Text>
      <Field label={t.categoryLabel}>
        <Dropdown
          value={t.categories[category]}
          selectedOptions={[category]}
          onOptionSelect={(_event, data) => {
            if (isCategoryId(data.optionValue)) onCategoryChange(data.optionValue);
          }}
        >
          {CATEGORY_IDS.map((id) => (
            <Option key={id} value={id}>
              {t.categories[id]}
            </Option>
          ))}
        </Dropdown>
      </Field>
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
    </section>
  );
}
