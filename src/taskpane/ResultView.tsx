import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Analysis } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { FindingList } from "./FindingList";
import { HeaderDetails } from "./HeaderDetails";
import { useStrings } from "./i18n";
import { IncompleteList } from "./IncompleteList";
import { LinkList } from "./LinkList";
import { VerdictBanner } from "./VerdictBanner";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalL },
});

interface ResultViewProps {
  analysis: Analysis;
  /** What the message was compared with: documented spoofs and protected domains. */
  coverage: Coverage;
  /** The Report button, placed in the verdict banner at suspicious or worse. */
  action?: ReactNode;
}

export interface Coverage {
  spoofs: number;
  protected: number;
}

/** One analysis: verdict first, then the findings, what could not be checked, and what was checked. */
export function ResultView({ analysis, coverage, action }: ResultViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings();
  return (
    <div className={styles.root}>
      <VerdictBanner analysis={analysis} action={action} />
      {analysis.findings.length > 0 && <FindingList findings={analysis.findings} />}
      {analysis.incomplete.length > 0 && <IncompleteList incomplete={analysis.incomplete} />}
      {analysis.links && <LinkList links={analysis.links} />}
      {analysis.headers && <HeaderDetails summary={analysis.headers} />}
      <p className={common.small}>
        {strings.verdict.checked(analysis.stats.rulesRun, coverage.spoofs, coverage.protected)}
      </p>
    </div>
  );
}
