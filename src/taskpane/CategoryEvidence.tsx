import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import type { Classification } from "../core/classification";
import { PaneButton } from "./formControls";
import { reasonText, shownConfidence, summariseEvidence } from "./evidenceSummary";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  toggle: { flexShrink: 0, whiteSpace: "nowrap" },
  // A line of its own under the row the toggle shares with the category select.
  region: { flexBasis: "100%" },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  alsoConsidered: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});


/** "Detected: Coffee chat (82%)", capped below certainty and flagged when weak. */
export function DetectedText({ classification }: { classification: Classification }) {
  const t = useStrings();
  const { percent, low } = shownConfidence(classification.confidence);
  const detected = t.detected(t.categories[classification.category], percent);
  return <>{low ? `${detected} ${t.lowConfidence}` : detected}</>;
}

/**
 * "Why this category?": the reasons for the detected category, then what came second and why.
 * The toggle and the reasons are siblings, for a wrapping row: the toggle beside the select, the
 * reasons on a line of their own below.
 */
export function CategoryEvidence({ classification }: { classification: Classification }) {
  const t = useStrings();
  const styles = useStyles();
  const type = useTypography();
  const [shown, setShown] = useState(false);
  const regionId = useId();
  const { reasons, runnerUp } = useMemo(() => summariseEvidence(classification), [classification]);
  return (
    <>
      <PaneButton
        appearance="subtle"
        className={styles.toggle}
        size="small"
        icon={shown ? <ChevronUpRegular /> : <ChevronDownRegular />}
        iconPosition="after"
        aria-expanded={shown}
        aria-controls={regionId}
        onClick={() => setShown((open) => !open)}
      >
        {t.whyCategory}
      </PaneButton>
      <div id={regionId} hidden={!shown} className={styles.region}>
        <ul aria-label={t.evidenceLabel} className={styles.evidence}>
          {reasons.length === 0 && <li>{t.noEvidence}</li>}
          {reasons.map((item, index) => (
            <li key={index}>{reasonText(item, t)}</li>
          ))}
        </ul>
        {runnerUp && (
          <p className={mergeClasses(type.paragraph, styles.alsoConsidered)} data-testid="also-considered">
            {t.alsoConsidered(
              t.categories[runnerUp.category],
              runnerUp.reasons.map((item) => reasonText(item, t)),
            )}
          </p>
        )}
      </div>
    </>
  );
}
