import { Button, Field, makeStyles, mergeClasses, Textarea, tokens } from "@fluentui/react-components";
import { DocumentSearchRegular } from "@fluentui/react-icons";
import { Fragment, useEffect, useId, useState } from "react";
import type { Config } from "../config/configSchema";
import { EmlError, MAX_EML_BYTES } from "../eml/parseEml";
import { useCommonStyles } from "./commonStyles";
import { displayText, errorMessage } from "./displayText";
import { DropZone } from "./DropZone";
import { ErrorState } from "./ErrorState";
import { useStrings, type Strings } from "./i18n";
import { LoadingState } from "./LoadingState";
import { readEmlFile, readPastedHeaders } from "./readEmlFile";
import { ResultView } from "./ResultView";
import { useAnalysis, type CheckResult } from "./useAnalysis";

const useStyles = makeStyles({
  intro: { display: "grid", gap: tokens.spacingVerticalXS },
  inputs: { display: "grid", gap: tokens.spacingVerticalL },
  paste: { display: "grid", gap: tokens.spacingVerticalS },
  pasteBox: { fontFamily: tokens.fontFamilyMonospace },
  pasteButton: { justifySelf: "start" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factLabel: { color: tokens.colorNeutralForeground2 },
  factValue: { margin: 0 },
  help: { display: "grid", gap: tokens.spacingVerticalXS },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
});

/** A file chosen or dropped, or headers pasted: each new object is checked afresh. */
type Request = { file: File } | { pasted: string };

const load = (request: Request) =>
  "file" in request ? readEmlFile(request.file) : readPastedHeaders(request.pasted);

const MB = 1024 * 1024;

/** Why a file could not be checked, in the reader's language. */
function reasonFor(error: unknown, strings: Strings["standalone"], unknown: string): string {
  if (!(error instanceof EmlError)) return strings.readFailed(errorMessage(error, unknown));
  const words = strings.fileErrors;
  switch (error.problem) {
    case "empty":
      return words.empty;
    case "too-large":
      return words.tooLarge(((error.bytes ?? 0) / MB).toFixed(1), MAX_EML_BYTES / MB);
    case "no-headers":
      return words.noHeaders;
    case "binary":
      return words.binary;
    case "msg":
      return words.msg;
    case "unreadable":
      return words.unreadable;
  }
}

function Facts({ request, result }: { request: Request; result: CheckResult }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().standalone;
  const { from, subject } = result.snapshot;
  const sender = from?.address
    ? displayText(from.name ? `${from.name} <${from.address}>` : from.address)
    : "";
  const facts: [string, string][] = [
    [strings.file, "file" in request ? displayText(request.file.name) : strings.pastedName],
    [strings.from, sender || strings.noSender],
    [strings.subject, subject === "" ? strings.noSubject : displayText(subject)],
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

function PasteHeaders({ onHeaders }: { onHeaders: (text: string) => void }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().standalone;
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  const headingId = useId();
  const check = () => {
    setEmpty(text.trim() === "");
    if (text.trim() !== "") onHeaders(text);
  };
  return (
    <section className={styles.paste} aria-labelledby={headingId}>
      <h2 id={headingId} className={common.h3}>
        {strings.pasteHeading}
      </h2>
      <Field
        label={strings.pasteLabel}
        hint={strings.pasteHint}
        validationState={empty ? "error" : "none"}
        validationMessage={empty ? strings.pasteEmpty : undefined}
      >
        <Textarea
          className={styles.pasteBox}
          resize="vertical"
          rows={4}
          value={text}
          spellCheck={false}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <Button className={styles.pasteButton} icon={<DocumentSearchRegular />} onClick={check}>
        {strings.pasteCheck}
      </Button>
    </section>
  );
}

function SaveAsEmlHelp() {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().standalone;
  const headingId = useId();
  return (
    <section className={styles.help} aria-labelledby={headingId}>
      <h2 id={headingId} className={common.h3}>
        {strings.saveHeading}
      </h2>
      <ul className={mergeClasses(common.p, styles.steps)}>
        <li>{strings.saveWeb}</li>
        <li>{strings.saveMac}</li>
        <li>{strings.saveClassic}</li>
      </ul>
    </section>
  );
}

/**
 * The page outside Outlook: check a saved .eml file or pasted headers, entirely in this browser. The
 * inputs stay in place above the result, so the next message is one drop away.
 */
export function StandalonePane({ config }: { config: Config }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings();
  const [request, setRequest] = useState<Request | null>(null);
  const state = useAnalysis(request, load, config);

  // A file dropped beside the zone must not make the browser navigate away from the page.
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

  return (
    <main className={common.stack}>
      <div className={styles.intro}>
        <h1 className={common.h1}>{strings.standalone.heading}</h1>
        <p className={common.p}>{strings.standalone.intro}</p>
      </div>
      <div className={styles.inputs}>
        <DropZone onFile={(file) => setRequest({ file })} />
        <PasteHeaders onHeaders={(pasted) => setRequest({ pasted })} />
      </div>
      <div aria-live="polite" className={common.stack}>
        {state.status === "loading" && <LoadingState label={strings.states.checking} />}
        {state.status === "error" && (
          <ErrorState
            message={strings.standalone.couldNotCheck(
              reasonFor(state.error, strings.standalone, strings.states.unknownError),
            )}
            hint={strings.standalone.chooseAnother}
          />
        )}
        {state.status === "done" && request && (
          <div className={common.stack} data-testid="result">
            <Facts request={request} result={state.result} />
            <ResultView analysis={state.result.analysis} coverage={state.result.coverage} />
          </div>
        )}
      </div>
      <SaveAsEmlHelp />
    </main>
  );
}
