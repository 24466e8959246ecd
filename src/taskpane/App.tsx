import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { InfoFilled } from "@fluentui/react-icons";
import { ErrorBoundary } from "./ErrorBoundary";
import { LoadingState } from "./LoadingState";
import type { LoadedConfig } from "./loadConfig";
import { OutlookPane, type OutlookHost } from "./OutlookPane";
import { StandalonePane } from "./StandalonePane";
import { StatusCard } from "./StatusCard";
import { useCommonStyles } from "./commonStyles";

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
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

export type AppProps = { theme?: Theme } & (
  | { mode: "starting" }
  | { mode: "standalone"; settings: LoadedConfig }
  | { mode: "outlook"; settings: LoadedConfig; host: OutlookHost }
);

function ConfigNotice({ text }: { text: string }) {
  const common = useCommonStyles();
  return (
    <div data-testid="config-notice">
      <StatusCard tone="info" icon={<InfoFilled />}>
        <p className={common.p}>{text}</p>
      </StatusCard>
    </div>
  );
}

/** The whole pane: theme, the admin-settings notice if any, and the Outlook or the standalone view. */
export function App(props: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} className={styles.root}>
      {props.mode === "starting" ? (
        <LoadingState label="Starting CampaignGuard…" />
      ) : (
        <>
          {props.settings.notice && <ConfigNotice text={props.settings.notice} />}
          <ErrorBoundary>
            {props.mode === "outlook" ? (
              <OutlookPane host={props.host} config={props.settings.config} />
            ) : (
              <StandalonePane config={props.settings.config} />
            )}
          </ErrorBoundary>
        </>
      )}
    </FluentProvider>
  );
}
