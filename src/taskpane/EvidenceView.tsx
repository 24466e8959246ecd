import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Evidence, EvidenceValue, Finding } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { EvidenceList } from "./EvidenceList";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  compare: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
  },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
});

const AUTH_KEYS = ["dmarc", "compauth", "spf", "dkim"] as const;

/** The one string of a value, or undefined. */
function text(value: EvidenceValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Where two names part: the start and end they share, and what differs in between. */
function splitDifference(shown: string, real: string): [string, string, string] {
  const a = Array.from(shown);
  const b = Array.from(real);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  return [
    a.slice(0, start).join(""),
    a.slice(start, a.length - end).join(""),
    a.slice(a.length - end).join(""),
  ];
}

/** The look-alike beside the real domain, the characters that differ marked. */
function DomainCompare({ shown, real }: { shown: string; real: string }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const words = useStrings().lookalike;
  const [head, differs, tail] = splitDifference(shown, real);
  const [realHead, realDiffers, realTail] = splitDifference(real, shown);
  return (
    <div>
      <dl className={mergeClasses(styles.compare, common.wrap)} data-testid="domain-compare">
        <dt className={mergeClasses(common.p, styles.label)}>{words.thisDomain}</dt>
        <dd className={mergeClasses(common.p, styles.value, styles.code)}>
          {displayText(head)}
          {differs && <mark className={styles.mark}>{displayText(differs)}</mark>}
          {displayText(tail)}
        </dd>
        <dt className={mergeClasses(common.p, styles.label)}>{words.realDomain}</dt>
        <dd className={mergeClasses(common.p, styles.value, styles.code)}>
          {displayText(realHead)}
          {realDiffers && <mark className={styles.mark}>{displayText(realDiffers)}</mark>}
          {displayText(realTail)}
        </dd>
      </dl>
      <p className={common.small}>{words.differences}</p>
    </div>
  );
}

/** The first word of a result summary ("fail (000) reason=…" → "fail"). */
function resultOf(summary: string): string {
  return summary.split(/[\s(]/)[0].toLowerCase();
}

/** DMARC, Microsoft, SPF and DKIM with their result in words; the technical lines stay in the evidence. */
function AuthTable({ evidence }: { evidence: Evidence }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const words = useStrings().auth;
  const rows = AUTH_KEYS.flatMap((key) => {
    const value = evidence[key];
    const summaries = Array.isArray(value)
      ? value.map(text).filter((s): s is string => !!s)
      : text(value)
        ? [text(value) as string]
        : [];
    return summaries.map((summary, i) => ({ key: `${key}-${i}`, method: words.methods[key], summary }));
  });
  return (
    <table className={mergeClasses(styles.table, common.p)} data-testid="auth-table">
      <caption className={common.h3}>{words.heading}</caption>
      <thead>
        <tr>
          <th className={styles.cell}>{words.method}</th>
          <th className={styles.cell}>{words.result}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td className={styles.cell} colSpan={2}>
              {words.none}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <td className={styles.cell}>{row.method}</td>
              <td className={styles.cell}>
                {(words.results as Record<string, string>)[resultOf(row.summary)] ?? words.results.other}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/**
 * A finding's evidence, one click away: a look-alike beside the real domain, authentication as a
 * small table, and every other fact as label and value. Nothing is clickable.
 */
export function EvidenceView({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const { evidence } = finding;
  const imitates = Array.isArray(evidence.imitates)
    ? evidence.imitates.map(text).filter((s): s is string => !!s)
    : [];
  const domain =
    text(evidence.displayedAs) ??
    text(evidence.displaysAs) ??
    text(evidence.domain) ??
    text(evidence.listedDomain);
  const auth = AUTH_KEYS.some((key) => key in evidence);
  return (
    <div className={styles.root}>
      {domain && imitates.length > 0 && <DomainCompare shown={domain} real={imitates[0]} />}
      {auth && <AuthTable evidence={evidence} />}
      <EvidenceList evidence={evidence} />
    </div>
  );
}
