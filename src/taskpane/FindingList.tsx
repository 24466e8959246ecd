import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { LightbulbRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { tipFor, type Finding, type Language, type Severity } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { EvidenceList } from "./EvidenceList";

const SEVERITY: Record<Severity, { label: string; color: "danger" | "warning" | "informative" }> = {
  dangerous: { label: "Dangerous", color: "danger" },
  suspicious: { label: "Suspicious", color: "warning" },
  caution: { label: "Caution", color: "informative" },
};

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  finding: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  accordionHeader: { margin: `0 calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { margin: `0 0 ${tokens.spacingVerticalS}` },
  tip: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tipIcon: { flexShrink: 0, fontSize: "20px", color: tokens.colorBrandForeground1 },
  tipText: { display: "grid", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  tipTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface FindingItemProps {
  finding: Finding;
  language: Language;
  /** False when an earlier finding already showed the same tip. */
  showTip: boolean;
}

function FindingItem({ finding, language, showTip }: FindingItemProps) {
  const styles = useStyles();
  const common = useCommonStyles();
  const severity = SEVERITY[finding.severity];
  const tip = tipFor(finding.tip, language);
  const hasEvidence = Object.keys(finding.evidence).length > 0;
  return (
    <li className={mergeClasses(styles.finding, common.wrap)}>
      <div className={styles.titleRow}>
        <h3 className={common.h3}>{displayText(finding.title)}</h3>
        <Badge appearance="tint" color={severity.color} shape="rounded">
          <span className={common.visuallyHidden}>Severity: </span>
          {severity.label}
        </Badge>
      </div>
      <p className={common.p}>{displayText(finding.detail)}</p>
      {hasEvidence && (
        <Accordion collapsible>
          <AccordionItem value="evidence">
            <AccordionHeader as="h4" size="small" className={styles.accordionHeader}>
              Evidence
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <EvidenceList evidence={finding.evidence} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {showTip && (
        <div className={styles.tip}>
          <LightbulbRegular className={styles.tipIcon} aria-hidden="true" />
          <div className={styles.tipText}>
            <h4 className={styles.tipTitle}>Tip: {tip.title}</h4>
            <p className={common.p}>{tip.body}</p>
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * What the engine found, in the engine's order; each finding with its evidence and a training tip.
 * A tip is shown once, with the first finding that links to it.
 */
export function FindingList({ findings, language }: { findings: Finding[]; language: Language }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={common.h2}>
        {findings.length === 1 ? "1 warning sign" : `${findings.length} warning signs`}
      </h2>
      <ul className={styles.list}>
        {findings.map((finding, i) => (
          <FindingItem
            key={`${finding.rule}-${i}`}
            finding={finding}
            language={language}
            showTip={findings.findIndex((f) => f.tip === finding.tip) === i}
          />
        ))}
      </ul>
    </section>
  );
}
