import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Incomplete } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  section: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
});

/** Checks that could not run, said honestly: a quiet result is never presented as a complete one. */
export function IncompleteList({ incomplete }: { incomplete: Incomplete[] }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const headingId = useId();
  const strings = useStrings().incomplete;
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.section, common.wrap)}>
      <h2 id={headingId} className={common.h3}>
        {strings.heading}
      </h2>
      <ul className={styles.list}>
        {incomplete.map((entry, i) => (
          <li key={`${entry.rule}-${i}`} className={common.p}>
            {displayText(entry.reason)}
          </li>
        ))}
      </ul>
    </section>
  );
}
