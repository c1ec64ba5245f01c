import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { CategoryId } from "../core/categories";
import { PaneButton } from "./formControls";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  question: { margin: 0 },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The two categories the classifier could not tell apart, offered as equals. */
  choices: readonly [CategoryId, CategoryId];
  /** The category whose replies are shown now. */
  category: CategoryId;
  onChoose(category: CategoryId): void;
}

/**
 * "Looks like a networking event or a speaking request — which is it?": two equal choices
 * instead of a confident card, each one click from its replies.
 */
export function WhichIsIt({ choices, category, onChoose }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const type = useTypography();
  const questionId = useId();
  const [first, second] = choices;
  return (
    <div role="group" aria-labelledby={questionId} className={styles.root}>
      <p id={questionId} className={`${type.paragraph} ${styles.question}`}>
        {t.whichIsIt(t.categoryPhrases[first], t.categoryPhrases[second])}
      </p>
      <div className={styles.choices}>
        {choices.map((choice) => (
          <PaneButton
            key={choice}
            appearance={choice === category ? "primary" : "secondary"}
            aria-pressed={choice === category}
            onClick={() => onChoose(choice)}
          >
            {t.categories[choice]}
          </PaneButton>
        ))}
      </div>
    </div>
  );
}
