import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { forwardRef, useId, useMemo } from "react";
import { CATEGORY_IDS, type CategoryId } from "../core/categories";
import type { Classification } from "../core/classification";
import { CategoryEvidence, DetectedText } from "./CategoryEvidence";
import { LabelledField, NativeSelect } from "./formControls";
import { usePaneHeaderEnd } from "./paneHeader";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  kindRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  kind: {
    margin: 0,
    minWidth: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    // Focused when a new item opens (a keyboard user's starting point), without a box around a heading.
    ":focus": { outlineStyle: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  chosen: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  // The select and "Why this category?" share a line; the evidence opens below them.
  pickRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Wide enough for the longest category name; "Why this category?" goes below it where both do not fit.
  select: { flex: "1 1 11.5em", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
});

interface Props {
  classification: Classification;
  category: CategoryId;
  onCategoryChange(category: CategoryId): void;
}

/** The item's kind as detected, the select to change it and why it was detected; `ref` is the kind line. */
export const CategoryPicker = forwardRef<HTMLHeadingElement, Props>(function CategoryPicker(
  { classification, category, onCategoryChange },
  kindRef,
) {
  const t = useStrings();
  const styles = useStyles();
  const type = useTypography();
  const fieldId = useId();
  const headerEnd = usePaneHeaderEnd();
  const options = useMemo(() => CATEGORY_IDS.map((id) => ({ value: id, label: t.categories[id] })), [t]);
  return (
    <div className={styles.root}>
      <div className={styles.kindRow}>
        <h2 ref={kindRef} tabIndex={-1} className={styles.kind}>
          <DetectedText classification={classification} />
          {category !== classification.category && (
            <span className={mergeClasses(type.small, styles.chosen)}>{` ${t.chosenByYou}`}</span>
          )}
        </h2>
        {headerEnd}
      </div>
      <div className={styles.pickRow}>
        <LabelledField label={t.categoryLabel} id={fieldId} layout="hidden" className={styles.select}>
          {({ controlId }) => (
            <NativeSelect id={controlId} options={options} value={category} onChange={onCategoryChange} />
          )}
        </LabelledField>
        <CategoryEvidence classification={classification} />
      </div>
    </div>
  );
});
