import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { InfoFilled } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { Language } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { ErrorBoundary } from "./ErrorBoundary";
import { LanguageProvider, useStrings } from "./i18n";
import type { ConfigNotice } from "./loadConfig";
import { StatusCard } from "./StatusCard";

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
  // Fluent's own motion follows this too; this also stills the skeleton's shimmer.
  "@media (prefers-reduced-motion: reduce)": {
    "*, *::before, *::after": {
      animationDuration: "0.01ms !important",
      animationIterationCount: "1 !important",
      transitionDuration: "0.01ms !important",
    },
  },
});

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: "grid",
    alignContent: "start",
    gap: tokens.spacingVerticalL,
  },
});

function SettingsNotice({ notice }: { notice: ConfigNotice }) {
  const common = useCommonStyles();
  const words = useStrings().settingsNotice;
  const text =
    notice.reason === "status"
      ? words.status(notice.status)
      : notice.reason === "download"
        ? words.download(notice.detail)
        : words.invalid(notice.detail);
  return (
    <div data-testid="config-notice">
      <StatusCard tone="info" icon={<InfoFilled />}>
        <p className={common.p}>{text}</p>
      </StatusCard>
    </div>
  );
}

export interface ShellProps {
  theme?: Theme;
  language: Language;
  /** The admin-settings notice, when config.json could not be used as written. */
  notice?: ConfigNotice;
  children: ReactNode;
}

/** What every page of the pane shares: theme, language, the settings notice and the error boundary. */
export function Shell({ theme, language, notice, children }: ShellProps) {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme ?? webLightTheme} className={styles.root} lang={language}>
      <LanguageProvider language={language}>
        {notice && <SettingsNotice notice={notice} />}
        <ErrorBoundary>{children}</ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>
  );
}
