import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Typography and helpers shared by the pane's components. */
export const useCommonStyles = makeStyles({
  h1: { ...typographyStyles.subtitle1, margin: 0 },
  h2: { ...typographyStyles.subtitle2, margin: 0 },
  h3: { ...typographyStyles.body1Strong, margin: 0 },
  p: { ...typographyStyles.body1, margin: 0 },
  small: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  /** Message-derived text: long unbroken strings (URLs, domains) wrap instead of widening the pane. */
  wrap: { overflowWrap: "anywhere", wordBreak: "break-word", minWidth: 0 },
  /** A vertical stack; empty children (an idle live region) take no space. */
  stack: {
    display: "flex",
    flexDirection: "column",
    "& > :not(:empty) ~ :not(:empty)": { marginTop: tokens.spacingVerticalL },
  },
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
});
