import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { HeaderSummary } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  panel: { display: "grid", gap: tokens.spacingVerticalS, margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXXS,
  },
  hops: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

function hostOnly(server: string | undefined, unknown: string): string {
  return server ? server.split(" ")[0] : unknown;
}

/**
 * What the headers say, for the curious and for whoever helps them: the authentication results the
 * receiving server added, Microsoft's filter verdicts and the servers the message passed through.
 * Folded away by default: the findings above are what matters.
 */
export function HeaderDetails({ summary }: { summary: HeaderSummary }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const { authentication, route, filter } = summary;
  const words = useStrings().details;
  return (
    <Accordion collapsible>
      <AccordionItem value="details">
        <AccordionHeader as="h2" size="small">
          {words.heading}
        </AccordionHeader>
        <AccordionPanel className={mergeClasses(styles.panel, common.wrap)}>
          <h3 className={common.h3}>{words.authentication}</h3>
          {authentication.results.length === 0 ? (
            <p className={common.p}>{words.noResults}</p>
          ) : (
            <ul className={styles.list}>
              {authentication.results.map((r) => (
                <li key={r} className={mergeClasses(common.p, styles.code)}>
                  {displayText(r)}
                </li>
              ))}
            </ul>
          )}
          {authentication.ignored > 0 && (
            <p className={common.small}>{words.ignored(authentication.ignored)}</p>
          )}
          {filter.length > 0 && (
            <>
              <h3 className={common.h3}>{words.filter}</h3>
              <ul className={styles.list}>
                {filter.map((f) => (
                  <li key={f} className={common.p}>
                    {displayText(f)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className={common.h3}>{words.route(route.hops.length)}</h3>
          <ol className={styles.hops}>
            {route.hops.map((h) => (
              <li key={h.hop} className={common.p}>
                <span className={styles.code}>{displayText(hostOnly(h.from, words.unknownServer))}</span> →{" "}
                <span className={styles.code}>{displayText(hostOnly(h.by, words.unknownServer))}</span>
                {h.delay ? ` (${h.delay})` : ""}
              </li>
            ))}
          </ol>
          {route.entered && (
            <p className={common.small}>
              {displayText(words.entered(hostOnly(route.entered, words.unknownServer), route.totalDelay))}
            </p>
          )}
          {route.notes.map((n) => (
            <p key={n} className={common.small}>
              {displayText(n)}
            </p>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
