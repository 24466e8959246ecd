import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { LinkFlag, LinkRow, LinkTable } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  flags: { color: tokens.colorNeutralForeground2 },
});

const FLAG_TEXT: Record<LinkFlag, string> = {
  wrapped: "unwrapped",
  "destination-hidden": "destination hidden by the rewriter",
  userinfo: "fake address before @",
  "ip-host": "numeric address",
  "disguised-ip": "encoded numeric address",
  punycode: "international address",
  port: "unusual port",
  script: "runs code",
  file: "opens a file",
  shortener: "shortened",
  hosting: "free hosting platform",
};

function Row({ row }: { row: LinkRow }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const where = row.displayHost
    ? `${row.host} (displays as ${row.displayHost})`
    : (row.host ?? row.destination);
  const notes = [
    ...(row.wrappers.length > 0 ? [`through ${row.wrappers.join(", then ")}`] : []),
    ...(row.hint ? [`hinted destination ${row.hint}`] : []),
    ...row.flags.filter((f) => f !== "wrapped").map((f) => FLAG_TEXT[f]),
  ];
  return (
    <li className={common.p}>
      “{displayText(row.text || "(no text)")}” → <span className={styles.code}>{displayText(where)}</span>
      {notes.length > 0 && <span className={styles.flags}> — {displayText(notes.join("; "))}</span>}
    </li>
  );
}

/** Every link as text: what it shows and where it really goes. Never clickable: this is a phishing check. */
export function LinkList({ links }: { links: LinkTable }) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="links">
        <AccordionHeader as="h2" size="small">
          Links ({links.rows.length}
          {links.truncated ? "+" : ""})
        </AccordionHeader>
        <AccordionPanel className={common.wrap}>
          <ul className={styles.list}>
            {links.rows.map((row, i) => (
              <Row key={i} row={row} />
            ))}
          </ul>
          {links.truncated && (
            <p className={mergeClasses(common.small)}>The message has more links than were checked.</p>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
