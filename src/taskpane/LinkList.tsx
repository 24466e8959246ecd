import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { LinkRow, LinkTable } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { useStrings, type Strings } from "./i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  flags: { color: tokens.colorNeutralForeground2 },
});

type Words = Strings["links"];

/** Rows rendered: a hostile message's 2,000 links would cost seconds to render and are no use to read. */
export const MAX_LINK_ROWS = 100;

/** What a row shows as its text: the link's own words, or where a hidden link was found. */
function shown(row: LinkRow, words: Words): string {
  if (row.source === "qr") return words.fromQr(row.text);
  if (row.source === "pdf") return words.fromPdf(row.text);
  return `“${row.text || words.noText}”`;
}

function Row({ row, words }: { row: LinkRow; words: Words }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const where = row.displayHost
    ? `${row.host} (${words.displaysAs(row.displayHost)})`
    : (row.host ?? row.destination);
  const notes = [
    ...(row.wrappers.length > 0 ? [words.through(row.wrappers)] : []),
    ...(row.hint ? [words.hinted(row.hint)] : []),
    ...row.flags.filter((f) => f !== "wrapped").map((f) => words.flags[f]),
  ];
  return (
    <li className={common.p}>
      {displayText(shown(row, words))} → <span className={styles.code}>{displayText(where)}</span>
      {notes.length > 0 && <span className={styles.flags}> — {displayText(notes.join("; "))}</span>}
    </li>
  );
}

/** Every link as text: what it shows and where it really goes. Never clickable: this is a phishing check. */
export function LinkList({ links }: { links: LinkTable }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const words = useStrings().links;
  return (
    <Accordion collapsible>
      <AccordionItem value="links">
        <AccordionHeader as="h2" size="small">
          {words.heading} ({links.rows.length}
          {links.truncated ? "+" : ""})
        </AccordionHeader>
        <AccordionPanel className={common.wrap}>
          <ul className={styles.list}>
            {links.rows.slice(0, MAX_LINK_ROWS).map((row, i) => (
              <Row key={i} row={row} words={words} />
            ))}
          </ul>
          {links.rows.length > MAX_LINK_ROWS && (
            <p className={common.small}>{words.more(links.rows.length - MAX_LINK_ROWS)}</p>
          )}
          {links.truncated && <p className={mergeClasses(common.small)}>{words.truncated}</p>}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
