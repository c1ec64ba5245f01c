import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from "react";
import type { ReplyTemplate } from "../core/replies/types";
import { useStrings } from "./StringsContext";
import { useTypography } from "./typography";

/**
 * The strategies as compact chips that wrap (after Fluent's toggle buttons and tags): two or three
 * lines in a 320 px pane instead of a column of tall cards, so the chosen reply, opened in the
 * editor below, stays on the first screen. Each chip's opening lines are its description.
 */
const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingVerticalSNudge },
  chip: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    minHeight: "24px",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Fluent's small tag size: two or three chips to a line at 320 px.
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    userSelect: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
  checked: {
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  mark: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "nowrap",
  },
});

/** The mark the load benchmarks read: set once, when the first card is first on screen. */
let firstSuggestionMarked = false;

interface Props {
  templates: ReplyTemplate[];
  selectedId: string | null;
  /** First lines of each template's text in the current tone, by template id: each chip's description. */
  previews: Record<string, string>;
  /** Short marks shown beside a card's label ("Yours", "Starred"), by template id. */
  marks?: Record<string, string[]>;
  onSelect(id: string): void;
}

/** Chips as a radio group: arrow keys move focus (roving tabindex), Enter or Space picks. */
export function SuggestionCards({ templates, selectedId, previews, marks = {}, onSelect }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const type = useTypography();
  const labelId = useId();
  const cardRefs = useRef<Array<HTMLDivElement | null>>([]);
  const selectedIndex = Math.max(
    0,
    templates.findIndex((template) => template.id === selectedId),
  );
  const [focusIndex, setFocusIndex] = useState(selectedIndex);
  const tabStop = Math.min(focusIndex, templates.length - 1);

  // A layout effect runs as soon as the cards are in the document, before the browser paints them;
  // a passive effect may wait for a frame (Preact schedules them after the next animation frame).
  useLayoutEffect(() => {
    if (templates.length > 0 && !firstSuggestionMarked) {
      firstSuggestionMarked = true;
      performance.mark?.("first-suggestion");
    }
  }, [templates.length]);

  const moveFocus = (index: number) => {
    const next = (index + templates.length) % templates.length;
    setFocusIndex(next);
    cardRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: templates.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveFocus(moves[event.key]);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelect(templates[index].id);
    }
  };

  if (templates.length === 0) return <p className={type.paragraph}>{t.noSuggestions}</p>;
  return (
    <div className={styles.group}>
      {/* Read, not drawn: under the kind and above the reply they open, the chips need no heading, and
          its line is worth more to the reply box in a 600 px pane. */}
      <span id={labelId} className={type.visuallyHidden}>
        {t.suggestionsLabel}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className={styles.chips}>
        {templates.map((template, index) => {
          const checked = template.id === selectedId;
          const previewId = `${labelId}-${index}`;
          const cardMarks = marks[template.id] ?? [];
          const marksId = `${previewId}-marks`;
          const preview = previews[template.id] ?? "";
          return (
            <div
              key={template.id}
              ref={(element) => {
                cardRefs.current[index] = element;
              }}
              role="radio"
              aria-checked={checked}
              aria-label={template.strategy}
              aria-describedby={cardMarks.length > 0 ? `${marksId} ${previewId}` : previewId}
              data-testid="suggestion-card"
              title={preview}
              tabIndex={index === tabStop ? 0 : -1}
              className={mergeClasses(styles.chip, checked && styles.checked)}
              onClick={() => {
                setFocusIndex(index);
                onSelect(template.id);
              }}
              onFocus={() => setFocusIndex(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span>{template.strategy}</span>
              {cardMarks.length > 0 && (
                <span id={marksId} data-testid="card-marks" className={styles.mark}>
                  {cardMarks.join(" · ")}
                </span>
              )}
              <span id={previewId} className={type.visuallyHidden}>
                {preview}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
