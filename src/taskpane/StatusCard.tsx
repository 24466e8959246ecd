import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { useCommonStyles } from "./commonStyles";

export type Tone = "danger" | "warning" | "caution" | "info" | "neutral";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid`,
    borderLeftWidth: tokens.strokeWidthThickest,
    color: tokens.colorNeutralForeground1,
  },
  danger: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder2),
  },
  caution: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder2),
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
  },
  /** "No warning signs found": deliberately not green, not reassuring. */
  neutral: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
  },
  icon: { flexShrink: 0, fontSize: "24px", lineHeight: 0, marginTop: "2px" },
  dangerIcon: { color: tokens.colorStatusDangerForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground3 },
  cautionIcon: { color: tokens.colorPaletteYellowForeground2 },
  infoIcon: { color: tokens.colorBrandForeground1 },
  neutralIcon: { color: tokens.colorNeutralForeground2 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, flexGrow: 1 },
});

interface StatusCardProps {
  tone: Tone;
  /** Decorative: the words in the card say the same. */
  icon: ReactElement;
  /** Rendered as an h2. */
  heading?: string;
  children?: ReactNode;
}

/** A tinted card with an icon and words: a status is never carried by colour alone. */
export function StatusCard({ tone, icon, heading, children }: StatusCardProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <div className={mergeClasses(styles.root, styles[tone], common.wrap)}>
      <span className={mergeClasses(styles.icon, styles[`${tone}Icon`])} aria-hidden="true">
        {icon}
      </span>
      <div className={styles.body}>
        {heading !== undefined && <h2 className={common.h2}>{heading}</h2>}
        {children}
      </div>
    </div>
  );
}
