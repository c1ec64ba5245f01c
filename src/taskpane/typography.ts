import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Plain elements inherit FluentProvider's font and colour; these add the few weights and sizes
 * the pane needs, so it does without Fluent's Text component (one less module in the first load).
 */
export const useTypography = makeStyles({
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  semibold: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: 0 },
  /** Read by screen readers, not drawn (a label the layout makes obvious to the eye). */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});
