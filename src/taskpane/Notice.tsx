import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DiamondDismissFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export type NoticeIntent = "info" | "success" | "warning" | "error";

export interface NoticeData {
  intent: NoticeIntent;
  text: string;
  title?: string;
}

/**
 * Looks like Fluent's MessageBar in its multiline layout (same tokens, icons and spacing), drawn
 * with plain markup: the MessageBar package with its reflow and motion code weighed about 6 KB gzip
 * of the pane's first load, for a box with an icon and a line of text.
 */
const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gridTemplateAreas: '"icon body" "actions actions"',
    alignItems: "start",
    boxSizing: "border-box",
    minHeight: "36px",
    padding: `${tokens.spacingVerticalMNudge} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  icon: {
    gridArea: "icon",
    display: "flex",
    alignItems: "center",
    fontSize: tokens.fontSizeBase500,
    marginRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  body: { ...typographyStyles.body1, gridArea: "body", paddingRight: tokens.spacingHorizontalM },
  title: { ...typographyStyles.body1Strong, "::after": { content: '" "' } },
  actions: {
    gridArea: "actions",
    display: "flex",
    justifyContent: "end",
    columnGap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalMNudge,
    paddingRight: tokens.spacingHorizontalM,
  },
  info: {},
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
  },
  iconInfo: {},
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
});

const INTENT_ICONS = {
  info: { Icon: InfoFilled, style: "iconInfo" },
  success: { Icon: CheckmarkCircleFilled, style: "iconSuccess" },
  warning: { Icon: WarningFilled, style: "iconWarning" },
  error: { Icon: DiamondDismissFilled, style: "iconError" },
} as const;

/** A message box with the role the contract asks for: errors interrupt, the rest is polite. */
export function Notice({ notice, actions }: { notice: NoticeData; actions?: ReactNode }) {
  const styles = useStyles();
  const { Icon, style } = INTENT_ICONS[notice.intent];
  return (
    <div role={notice.intent === "error" ? "alert" : "status"} className={mergeClasses(styles.root, styles[notice.intent])}>
      <div className={mergeClasses(styles.icon, styles[style])}>
        <Icon aria-hidden />
      </div>
      <div className={styles.body}>
        {notice.title && <span className={styles.title}>{notice.title}</span>}
        {notice.text}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
