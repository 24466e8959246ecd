import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { allTips } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { useLanguage, useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalM },
  tip: { display: "grid", gap: tokens.spacingVerticalXXS },
});

/** Every training tip, and why the add-in is here, in plain words. */
export function LearnView() {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().learn;
  const language = useLanguage();
  const headingId = useId();
  // One tip per title: the look-alike techniques share some advice.
  const tips = allTips(language).filter(
    (t, i, all) => all.findIndex((o) => o.tip.title === t.tip.title) === i,
  );
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="learn">
      <h2 id={headingId} className={common.h2}>
        {strings.heading}
      </h2>
      <section className={styles.tip}>
        <h3 className={common.h3}>{strings.whyHeading}</h3>
        <p className={common.p}>{strings.why}</p>
      </section>
      <h3 className={common.h3}>{strings.tipsHeading}</h3>
      <ul className={styles.list}>
        {tips.map(({ id, tip }) => (
          <li key={id} className={styles.tip}>
            <h4 className={common.h3}>{tip.title}</h4>
            <p className={common.p}>{tip.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
