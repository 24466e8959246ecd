import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";
import { tipFor, verdictRank, type Category, type Finding } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { EvidenceView } from "./EvidenceView";
import { useLanguage, useStrings } from "./i18n";

const BADGE: Record<Finding["severity"], "danger" | "warning" | "informative"> = {
  dangerous: "danger",
  suspicious: "warning",
  caution: "informative",
};

/** Groups in the order a reader checks a message: who sent it, whether that holds, what it links to and carries. */
const CATEGORY_ORDER: readonly Category[] = [
  "sender",
  "authentication",
  "links",
  "attachments",
  "content",
  "body",
];

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalM },
  group: { display: "grid", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  finding: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  badge: { verticalAlign: "text-bottom", marginRight: tokens.spacingHorizontalXS },
  toggles: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  panel: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A small button that shows or hides its panel (the panel is rendered by the caller). */
function Toggle({
  label,
  open,
  controls,
  onToggle,
}: {
  label: string;
  open: boolean;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {label}
    </Button>
  );
}

function Panel({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div id={id} role="region" aria-label={label} className={styles.panel}>
      {children}
    </div>
  );
}

/**
 * One finding: severity and title, a sentence or two, and side by side the two things one click away,
 * its evidence and how to spot it next time (two toggles on one row keep a long result short).
 */
function FindingItem({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings();
  const tip = tipFor(finding.tip, useLanguage());
  const hasEvidence = Object.keys(finding.evidence).length > 0;
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const [tipOpen, setTipOpen] = useState(false);
  const evidenceId = useId();
  const tipId = useId();
  return (
    <li className={mergeClasses(styles.finding, common.wrap)} data-testid="finding" data-rule={finding.rule}>
      {/* The badge flows inside the heading: the title wraps under it instead of beside it (shorter
          at 320 px), and heading navigation announces the severity with the title. */}
      <h4 className={common.h3}>
        <Badge className={styles.badge} appearance="tint" color={BADGE[finding.severity]} shape="rounded">
          <span className={common.visuallyHidden}>{strings.severity.label} </span>
          {strings.severity[finding.severity]}
        </Badge>{" "}
        {displayText(finding.title)}
      </h4>
      <p className={common.p}>{displayText(finding.detail)}</p>
      {finding.more !== undefined && (
        <p className={mergeClasses(common.small, common.strong)}>{strings.findings.more(finding.more)}</p>
      )}
      <div className={styles.toggles}>
        {hasEvidence && (
          <Toggle
            label={strings.findings.evidence}
            open={evidenceOpen}
            controls={evidenceId}
            onToggle={() => setEvidenceOpen(!evidenceOpen)}
          />
        )}
        <Toggle
          label={strings.findings.howToSpot}
          open={tipOpen}
          controls={tipId}
          onToggle={() => setTipOpen(!tipOpen)}
        />
      </div>
      {evidenceOpen && (
        <Panel id={evidenceId} label={strings.findings.evidence}>
          <EvidenceView finding={finding} />
        </Panel>
      )}
      {tipOpen && (
        <Panel id={tipId} label={strings.findings.howToSpot}>
          <p className={mergeClasses(common.p, common.strong)}>{tip.title}</p>
          <p className={common.p}>{tip.body}</p>
        </Panel>
      )}
    </li>
  );
}

/** Most severe first, then the heaviest sign. */
function bySeverity(a: Finding, b: Finding): number {
  return verdictRank(b.severity) - verdictRank(a.severity) || b.weight - a.weight;
}

/**
 * What the engine found, grouped (sender, authentication, links, attachments, content, body), the
 * groups with the most severe findings first; each finding with its evidence and a training tip,
 * both folded away.
 */
export function FindingList({ findings }: { findings: Finding[] }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().findings;
  const headingId = useId();
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    findings: findings.filter((f) => f.category === category).sort(bySeverity),
  }))
    .filter((g) => g.findings.length > 0)
    .sort((a, b) => bySeverity(a.findings[0], b.findings[0]));
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={common.h2}>
        {strings.heading(findings.length)}
      </h2>
      {groups.map(({ category, findings: list }) => (
        <section key={category} className={styles.group} aria-label={strings.category[category]}>
          <h3 className={mergeClasses(common.small, common.strong)}>{strings.category[category]}</h3>
          <ul className={styles.list}>
            {list.map((finding, i) => (
              <FindingItem key={`${finding.rule}-${finding.message}-${i}`} finding={finding} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
