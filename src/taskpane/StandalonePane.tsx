import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { Fragment, useEffect, useId, useState } from "react";
import type { Config } from "../config/configSchema";
import { EmlError } from "../eml/parseEml";
import { useCommonStyles } from "./commonStyles";
import { displayText, errorMessage, formatMailbox } from "./displayText";
import { DropZone } from "./DropZone";
import { ErrorState } from "./ErrorState";
import { LoadingState } from "./LoadingState";
import { readEmlFile } from "./readEmlFile";
import { ResultView } from "./ResultView";
import { useAnalysis, type CheckResult } from "./useAnalysis";

const useStyles = makeStyles({
  intro: { display: "grid", gap: tokens.spacingVerticalXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factLabel: { color: tokens.colorNeutralForeground2 },
  factValue: { margin: 0 },
  again: { alignSelf: "flex-start" },
  help: { display: "grid", gap: tokens.spacingVerticalXS },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

interface FileRequest {
  file: File;
}

const loadFile = (request: FileRequest) => readEmlFile(request.file);

function reasonFor(error: unknown): string {
  if (error instanceof EmlError) return error.message;
  return `Something went wrong while reading it (${errorMessage(error)}).`;
}

function FileFacts({ name, result }: { name: string; result: CheckResult }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const facts: [string, string][] = [
    ["File", displayText(name)],
    ["From", formatMailbox(result.snapshot.from)],
    ["Subject", result.snapshot.subject === "" ? "(no subject)" : displayText(result.snapshot.subject)],
  ];
  return (
    <dl className={mergeClasses(styles.facts, common.wrap)} data-testid="file-facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt className={mergeClasses(common.p, styles.factLabel)}>{label}</dt>
          <dd className={mergeClasses(common.p, styles.factValue)}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function SaveAsEmlHelp() {
  const styles = useStyles();
  const common = useCommonStyles();
  const headingId = useId();
  return (
    <section className={styles.help} aria-labelledby={headingId}>
      <h2 id={headingId} className={common.h3}>
        How to save a message as .eml
      </h2>
      <ul className={mergeClasses(common.p, styles.steps)}>
        <li>
          Outlook on the web and the new Outlook: open the message, select ··· (More actions), then Save as or
          Download.
        </li>
        <li>Outlook for Mac: drag the message from the message list to your desktop.</li>
        <li>
          Classic Outlook for Windows saves .msg files, which CampaignGuard cannot read: open the message in
          Outlook on the web instead.
        </li>
      </ul>
    </section>
  );
}

/** The page outside Outlook: check an .eml file, entirely on this computer. */
export function StandalonePane({ config }: { config: Config }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [request, setRequest] = useState<FileRequest | null>(null);
  // After "Check another file", focus goes to the file button instead of being lost with the result.
  const [focusPicker, setFocusPicker] = useState(false);
  const state = useAnalysis(request, loadFile, config);

  // A file dropped beside the zone must not make the browser navigate away from the pane.
  useEffect(() => {
    const keep = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  const choose = (file: File) => setRequest({ file });
  const picking = state.status === "idle" || state.status === "error";

  return (
    <main className={common.stack}>
      <div className={styles.intro}>
        <h1 className={common.h1}>CampaignGuard message check</h1>
        <p className={common.p}>
          Check a saved email for phishing. The file is checked here in your browser: nothing leaves your
          computer.
        </p>
      </div>
      <div aria-live="polite" className={common.stack}>
        {state.status === "loading" && <LoadingState label="Checking this message…" />}
        {state.status === "error" && (
          <ErrorState
            message={`CampaignGuard could not check this file: ${reasonFor(state.error)}`}
            hint="Choose another .eml file below."
          />
        )}
        {state.status === "done" && request && (
          <>
            <FileFacts name={request.file.name} result={state.result} />
            <ResultView
              analysis={state.result.analysis}
              language={config.language}
              coverage={state.result.coverage}
            />
          </>
        )}
      </div>
      {state.status === "done" && (
        <Button
          className={styles.again}
          icon={<ArrowResetRegular />}
          onClick={() => {
            setFocusPicker(true);
            setRequest(null);
          }}
        >
          Check another file
        </Button>
      )}
      {picking && (
        <>
          <DropZone onFile={choose} autoFocus={focusPicker} />
          <SaveAsEmlHelp />
        </>
      )}
    </main>
  );
}
