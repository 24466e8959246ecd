import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Evidence, EvidenceValue } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText, humanizeKey } from "./displayText";
import { useStrings, type Strings } from "./i18n";

const useStyles = makeStyles({
  list: { margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  nested: {
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  /** Domains and addresses in a fixed-width font, where look-alike characters are easier to tell apart. */
  code: { fontFamily: tokens.fontFamilyMonospace },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Labels = Strings["evidence"]["labels"];

/** A key's label in the reader's language; a key no label names yet is shown humanised. */
export function labelFor(key: string, labels: Labels): string {
  return (labels as Record<string, string>)[key] ?? humanizeKey(key);
}

function ValueView({ value }: { value: EvidenceValue }) {
  const styles = useStyles();
  const words = useStrings().evidence;
  if (value === null) return <>{words.none}</>;
  if (typeof value === "boolean") return <>{value ? words.yes : words.no}</>;
  if (typeof value === "number") return <>{String(value)}</>;
  if (typeof value === "string") return <span className={styles.code}>{displayText(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <>{words.none}</>;
    if (value.length === 1) return <ValueView value={value[0]} />;
    return (
      <ul className={styles.items}>
        {value.map((item, i) => (
          <li key={i}>
            <ValueView value={item} />
          </li>
        ))}
      </ul>
    );
  }
  return <EvidenceList evidence={value} nested />;
}

/** A finding's evidence as label/value pairs. Every value is plain text: URLs are shown, never linked. */
export function EvidenceList({ evidence, nested = false }: { evidence: Evidence; nested?: boolean }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const labels = useStrings().evidence.labels;
  return (
    <dl className={mergeClasses(styles.list, nested && styles.nested, common.wrap)}>
      {Object.entries(evidence).map(([key, value]) => (
        <div key={key}>
          <dt className={mergeClasses(common.small, styles.label)}>{labelFor(key, labels)}</dt>
          <dd className={mergeClasses(common.p, styles.value)}>
            <ValueView value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
