/**
 * The pane's label, tone radios, category select, reply box and buttons as plain accessible markup
 * drawn with Fluent's tokens (the styles follow Fluent's Field, Radio, Select, Textarea and Button).
 * Fluent's own components brought about 8 KB gzip to the first load, for a label, three native
 * radios and a textarea, its Dropdown another 34 KB of popup positioning for a list of nine names,
 * and its Button (with its slot and focus machinery) about 6 KB for plain <button>s.
 */
import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";
import {
  type ButtonHTMLAttributes,
  type ChangeEvent,
  forwardRef,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
} from "react";
import { useTypography } from "./typography";

const INDICATOR = "16px";
const SELECT_ICON = "20px";

/** The 2px brand line under a focused box, as Fluent's Textarea and Select draw it (on the box's ::after). */
const FOCUS_UNDERLINE = {
  "::after": {
    boxSizing: "border-box",
    content: '""',
    position: "absolute",
    left: "-1px",
    bottom: "-1px",
    right: "-1px",
    height: `max(${tokens.strokeWidthThick}, ${tokens.borderRadiusMedium})`,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    clipPath: `inset(calc(100% - ${tokens.strokeWidthThick}) 0 0 0)`,
    transform: "scaleX(0)",
    transitionProperty: "transform",
    transitionDuration: tokens.durationUltraFast,
    transitionDelay: tokens.curveAccelerateMid,
    pointerEvents: "none",
  },
  ":focus-within::after": {
    transform: "scaleX(1)",
    transitionDuration: tokens.durationNormal,
    transitionDelay: tokens.curveDecelerateMid,
  },
  "@media screen and (prefers-reduced-motion: reduce)": {
    "::after": { transitionDuration: "0.01ms", transitionDelay: "0.01ms" },
  },
} as const;

/** The box every single-line input of the pane shares, after Fluent's Input and Select. */
export const INPUT_SURFACE = {
  fontFamily: tokens.fontFamilyBase,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
} as const;

const useStyles = makeStyles({
  field: { display: "grid" },
  inlineField: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  inlineLabel: { marginBottom: 0, flexShrink: 0 },
  labelRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  label: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    maxWidth: "max-content",
    padding: `${tokens.spacingVerticalXXS} 0`,
    marginBottom: tokens.spacingVerticalXXS,
  },
  radioGroup: { display: "flex", flexWrap: "wrap", alignItems: "flex-start" },
  radio: {
    display: "inline-flex",
    position: "relative",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-within:has(:focus-visible)": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  radioInput: {
    position: "absolute",
    left: 0,
    top: 0,
    width: `calc(${INDICATOR} + 2 * ${tokens.spacingHorizontalS})`,
    height: "100%",
    boxSizing: "border-box",
    margin: 0,
    opacity: 0,
    cursor: "pointer",
    ":enabled:not(:checked) ~ span": { ...shorthands.borderColor(tokens.colorNeutralStrokeAccessible) },
    // Unselected labels in the normal text colour: Fluent's grey (foreground 3) read as disabled in the pane.
    ":enabled:not(:checked) ~ label": { color: tokens.colorNeutralForeground1 },
    ":enabled:not(:checked):hover ~ span": { ...shorthands.borderColor(tokens.colorNeutralStrokeAccessibleHover) },
    ":enabled:not(:checked):hover ~ label": { color: tokens.colorNeutralForeground1Hover },
    ":enabled:not(:checked):hover:active ~ span": {
      ...shorthands.borderColor(tokens.colorNeutralStrokeAccessiblePressed),
    },
    ":enabled:not(:checked):hover:active ~ label": { color: tokens.colorNeutralForeground1 },
    ":checked ~ span": {
      ...shorthands.borderColor(tokens.colorCompoundBrandStroke),
      color: tokens.colorCompoundBrandForeground1,
    },
    ":checked ~ span::after": { content: '""' },
    ":checked ~ label": { color: tokens.colorNeutralForeground1 },
    ":checked:hover ~ span": {
      ...shorthands.borderColor(tokens.colorCompoundBrandStrokeHover),
      color: tokens.colorCompoundBrandForeground1Hover,
    },
  },
  radioIndicator: {
    position: "relative",
    width: INDICATOR,
    height: INDICATOR,
    boxSizing: "border-box",
    flexShrink: 0,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid`,
    borderRadius: tokens.borderRadiusCircular,
    pointerEvents: "none",
    "::after": {
      position: "absolute",
      inset: 0,
      borderRadius: tokens.borderRadiusCircular,
      transform: "scale(0.625)",
      backgroundColor: "currentColor",
    },
  },
  radioLabel: {
    ...typographyStyles.body1,
    alignSelf: "center",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
  },
  textareaBox: {
    display: "flex",
    position: "relative",
    boxSizing: "border-box",
    padding: `0 0 ${tokens.strokeWidthThick} 0`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ":hover": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":focus-within": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Pressed}`,
      borderBottomColor: tokens.colorCompoundBrandStroke,
      outline: `${tokens.strokeWidthThick} solid transparent`,
    },
    ...FOCUS_UNDERLINE,
  },
  selectBox: {
    display: "flex",
    alignItems: "center",
    position: "relative",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    ...FOCUS_UNDERLINE,
  },
  select: {
    ...typographyStyles.body1,
    flexGrow: 1,
    minWidth: 0,
    maxWidth: "100%",
    height: "32px",
    boxSizing: "border-box",
    margin: 0,
    padding: `0 calc(${tokens.spacingHorizontalMNudge} + ${SELECT_ICON} + 2 * ${tokens.spacingHorizontalXXS}) 0 calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    appearance: "none",
    cursor: "pointer",
    ...INPUT_SURFACE,
    boxShadow: "none",
    outlineStyle: "none",
    ":hover": {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ":active": {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      borderBottomColor: tokens.colorNeutralStrokeAccessiblePressed,
    },
    ":focus": { borderBottomColor: tokens.colorCompoundBrandStroke },
    // The list the browser opens takes the pane's colours too (dark theme).
    "> option": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1 },
    "@media (forced-colors: active)": { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid Highlight` } },
  },
  selectIcon: {
    position: "absolute",
    right: tokens.spacingHorizontalMNudge,
    display: "block",
    width: SELECT_ICON,
    height: SELECT_ICON,
    fontSize: SELECT_ICON,
    color: tokens.colorNeutralStrokeAccessible,
    pointerEvents: "none",
    "> svg": { display: "block" },
  },
  textarea: {
    ...typographyStyles.body1,
    flexGrow: 1,
    boxSizing: "border-box",
    margin: 0,
    padding: `${tokens.spacingVerticalSNudge} calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    border: "none",
    outlineStyle: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    // It grows with the text (see ReplyBox); a hand-resize would fight that.
    resize: "none",
    overflowY: "hidden",
  },
});

const DISABLED_LOOK = {
  color: tokens.colorNeutralForegroundDisabled,
  backgroundColor: tokens.colorNeutralBackgroundDisabled,
  ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
  cursor: "not-allowed",
} as const;
const DISABLED_SUBTLE_LOOK = {
  backgroundColor: tokens.colorTransparentBackground,
  ...shorthands.borderColor("transparent"),
} as const;

/** Fluent Button's medium look: the neutral "secondary" appearance, with the others as overrides. */
const useButtonStyles = makeStyles({
  root: {
    ...typographyStyles.body1Strong,
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    verticalAlign: "middle",
    boxSizing: "border-box",
    minWidth: "96px",
    minHeight: "32px",
    margin: 0,
    padding: `5px ${tokens.spacingHorizontalM}`,
    overflow: "hidden",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    outlineStyle: "none",
    transitionDuration: tokens.durationFaster,
    transitionProperty: "background, border, color",
    transitionTimingFunction: tokens.curveEasyEase,
    ":hover": {
      color: tokens.colorNeutralForeground1Hover,
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    },
    ":hover:active": {
      color: tokens.colorNeutralForeground1Pressed,
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
    },
    ":focus-visible": {
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
  primary: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor("transparent"),
    ":hover": {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor("transparent"),
    },
    ":hover:active": {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...shorthands.borderColor("transparent"),
    },
  },
  secondary: {},
  subtle: {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor("transparent"),
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorSubtleBackgroundHover,
      ...shorthands.borderColor("transparent"),
    },
    ":hover:active": {
      color: tokens.colorNeutralForeground2Pressed,
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      ...shorthands.borderColor("transparent"),
    },
  },
  small: {
    ...typographyStyles.caption1,
    minWidth: "64px",
    minHeight: "24px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  // Merged last, so a disabled button of any appearance looks disabled and ignores hover.
  disabled: {
    ...DISABLED_LOOK,
    ":hover": DISABLED_LOOK,
    ":hover:active": DISABLED_LOOK,
    "@media (forced-colors: active)": { color: "GrayText", ...shorthands.borderColor("GrayText") },
  },
  disabledSubtle: {
    ...DISABLED_SUBTLE_LOOK,
    ":hover": DISABLED_SUBTLE_LOOK,
    ":hover:active": DISABLED_SUBTLE_LOOK,
  },
  icon: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    fontSize: "20px",
    "> svg": { display: "block" },
  },
  before: { marginRight: tokens.spacingHorizontalSNudge },
  after: { marginLeft: tokens.spacingHorizontalSNudge },
  beforeSmall: { marginRight: tokens.spacingHorizontalXS },
  afterSmall: { marginLeft: tokens.spacingHorizontalXS },
});

export type PaneButtonAppearance = "primary" | "secondary" | "subtle";

export interface PaneButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  appearance?: PaneButtonAppearance;
  size?: "small" | "medium";
  /** An icon beside the text (decorative: the text is the button's name). */
  icon?: ReactNode;
  iconPosition?: "before" | "after";
}

/** A native <button> in Fluent Button's look; like Fluent's, it is type="button" and truly disabled. */
export const PaneButton = forwardRef<HTMLButtonElement, PaneButtonProps>(function PaneButton(
  { appearance = "secondary", size = "medium", icon, iconPosition = "before", className, children, ...rest },
  ref,
) {
  const styles = useButtonStyles();
  const small = size === "small";
  const iconSpan = icon && (
    <span
      aria-hidden
      className={mergeClasses(
        styles.icon,
        // An icon-only button (its name in aria-label) has no text to keep the icon apart from.
        children != null && styles[small ? (`${iconPosition}Small` as const) : iconPosition],
      )}
    >
      {icon}
    </span>
  );
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(
        styles.root,
        styles[appearance],
        small && styles.small,
        rest.disabled && styles.disabled,
        rest.disabled && appearance === "subtle" && styles.disabledSubtle,
        className,
      )}
      {...rest}
    >
      {iconPosition === "before" && iconSpan}
      {children}
      {iconPosition === "after" && iconSpan}
    </button>
  );
});

/**
 * A label with its control; `children` gets the ids that tie the two together. The label sits
 * above the control, beside it (`inline`, for a one-line row in a narrow pane), or is read to
 * screen readers only (`hidden`, where the control's own text already says what it is).
 */
export function LabelledField(props: {
  label: string;
  id: string;
  layout?: "above" | "inline" | "hidden";
  className?: string;
  /** Beside the label, at the end of its line (e.g. "Reset to suggestion" over the reply box). */
  labelEnd?: ReactNode;
  children(ids: { labelId: string; controlId: string }): ReactNode;
}) {
  const styles = useStyles();
  const type = useTypography();
  const labelId = `${props.id}-label`;
  const controlId = `${props.id}-control`;
  const layout = props.layout ?? "above";
  const labelElement = (
    <label
      id={labelId}
      htmlFor={controlId}
      className={mergeClasses(
        styles.label,
        layout === "inline" && styles.inlineLabel,
        layout === "hidden" && type.visuallyHidden,
      )}
    >
      {props.label}
    </label>
  );
  return (
    <div className={mergeClasses(styles.field, layout === "inline" && styles.inlineField, props.className)}>
      {props.labelEnd ? (
        <div className={styles.labelRow}>
          {labelElement}
          {props.labelEnd}
        </div>
      ) : (
        labelElement
      )}
      {props.children({ labelId, controlId })}
    </div>
  );
}

/** Native radios in a labelled group: the browser gives arrow-key movement and one tab stop. */
export function RadioChoice<T extends string>(props: {
  labelId: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  const styles = useStyles();
  return (
    <div role="radiogroup" aria-labelledby={props.labelId} className={styles.radioGroup}>
      {props.options.map((option) => {
        const id = `${props.name}-${option.value}`;
        return (
          <span key={option.value} className={styles.radio}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={option.value === props.value}
              className={styles.radioInput}
              onChange={() => props.onChange(option.value)}
            />
            <span aria-hidden className={styles.radioIndicator} />
            <label htmlFor={id} className={styles.radioLabel}>
              {option.label}
            </label>
          </span>
        );
      })}
    </div>
  );
}

/** A native select in Fluent's Select look: the browser's own list, keys and screen-reader support. */
export function NativeSelect<T extends string>(props: {
  id: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  const styles = useStyles();
  const byValue = new Map(props.options.map((option) => [option.value as string, option.value]));
  return (
    <span className={styles.selectBox}>
      <select
        id={props.id}
        value={props.value}
        className={styles.select}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          const chosen = byValue.get(event.target.value);
          if (chosen !== undefined) props.onChange(chosen);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <span aria-hidden className={styles.selectIcon}>
        <ChevronDownRegular />
      </span>
    </span>
  );
}

/**
 * The reply editor: it grows with its text, so the whole reply is on screen and nothing is cut off
 * behind an inner scroll bar (the pane scrolls instead, with its action bar fixed at the bottom).
 * `minRows` is the height of a short reply.
 */
export const ReplyBox = forwardRef<
  HTMLTextAreaElement,
  { id: string; value: string; minRows: number; onChange(value: string): void; "aria-describedby"?: string }
>(function ReplyBox({ id, value, minRows, onChange, ...aria }, ref) {
  const styles = useStyles();
  const own = useRef<HTMLTextAreaElement | null>(null);
  const fit = useCallback(() => {
    const box = own.current;
    if (!box) return;
    box.style.height = "auto";
    // jsdom (and a box not yet laid out) reports 0: keep the rows' height then.
    if (box.scrollHeight > 0) box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
  }, []);
  useLayoutEffect(fit, [value, fit]);
  useEffect(() => {
    // Measured again once the theme's font sizes are in place (FluentProvider adds them in an effect
    // that runs after this one) and whenever the box's width changes: the pane resized, a scroll bar came or went.
    const frame = requestAnimationFrame(fit);
    const box = own.current;
    let width = box?.clientWidth ?? 0;
    const observer =
      typeof ResizeObserver === "function"
        ? new ResizeObserver(() => {
            if (box && box.clientWidth !== width) {
              width = box.clientWidth;
              fit();
            }
          })
        : null;
    if (box) observer?.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [fit]);
  return (
    <span className={styles.textareaBox}>
      <textarea
        ref={(element) => {
          own.current = element;
          if (typeof ref === "function") ref(element);
          else if (ref) ref.current = element;
        }}
        id={id}
        value={value}
        rows={minRows}
        className={styles.textarea}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        {...aria}
      />
    </span>
  );
});
