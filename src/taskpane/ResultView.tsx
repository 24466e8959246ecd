import { makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis, Language } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { FindingList } from "./FindingList";
import { HeaderDetails } from "./HeaderDetails";
import { IncompleteList } from "./IncompleteList";
import { LinkList } from "./LinkList";
import { VerdictBanner } from "./VerdictBanner";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalL },
});

interface ResultViewProps {
  analysis: Analysis;
  language: Language;
  /** What the message was compared with: documented spoofs and protected domains. */
  coverage: Coverage;
}

export interface Coverage {
  spoofs: number;
  protected: number;
}

function checkedLine(analysis: Analysis, coverage: Coverage): string {
  const checks = analysis.stats.rulesRun === 1 ? "1 check" : `${analysis.stats.rulesRun} checks`;
  return `Checked on this device with ${checks}, against ${coverage.spoofs} known spoof domains and look-alikes of ${coverage.protected} trusted domains.`;
}

/** One analysis: verdict first, then the findings, what could not be checked, and what was checked. */
export function ResultView({ analysis, language, coverage }: ResultViewProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <div className={styles.root}>
      <VerdictBanner verdict={analysis.verdict} incomplete={analysis.incomplete.length > 0} />
      {analysis.findings.length > 0 && <FindingList findings={analysis.findings} language={language} />}
      {analysis.incomplete.length > 0 && <IncompleteList incomplete={analysis.incomplete} />}
      {analysis.links && <LinkList links={analysis.links} language={language} />}
      {analysis.headers && <HeaderDetails summary={analysis.headers} />}
      <p className={common.small}>{checkedLine(analysis, coverage)}</p>
    </div>
  );
}
