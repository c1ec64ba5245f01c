import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { CATEGORY_IDS, type CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import { CategoryEvidence, DetectedText } from "./CategoryEvidence";
import { LabelledField, NativeSelect } from "./formControls";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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
  const fieldId = useId();
  const options = useMemo(() => CATEGORY_IDS.map((id) => ({ value: id, label: t.categories[id] })), [t]);
  return (
    <div className={styles.root}>
      <p className={type.paragraph}>
        <DetectedText classification={classification} />
        {category !== classification.category && ` ${t.chosenByYou}`}
      </p>
      <LabelledField label={t.categoryLabel} id={fieldId}>
        {({ controlId }) => (
          <NativeSelect id={controlId} options={options} value={category} onChange={onCategoryChange} />
        )}
      </LabelledField>
      <CategoryEvidence classification={classification} />
    </div>
  );
}
