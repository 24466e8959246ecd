import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Language, LinkFlag, LinkRow, LinkTable } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  flags: { color: tokens.colorNeutralForeground2 },
});

interface Words {
  heading: string;
  flags: Record<LinkFlag, string>;
  noText: string;
  displaysAs: (host: string) => string;
  through: (wrappers: string[]) => string;
  hinted: (host: string) => string;
  /** Where a link from a picture or a PDF attachment came from; `name` may be "". */
  fromQr: (name: string) => string;
  fromPdf: (name: string) => string;
  truncated: string;
}

const WORDS: Record<Language, Words> = {
  en: {
    heading: "Links",
    flags: {
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
    },
    noText: "(no text)",
    displaysAs: (host) => `displays as ${host}`,
    through: (wrappers) => `through ${wrappers.join(", then ")}`,
    hinted: (host) => `hinted destination ${host}`,
    fromQr: (name) => (name ? `From a QR code in ${name}` : "From a QR code in a picture"),
    fromPdf: (name) => (name ? `From the PDF ${name}` : "From a PDF attachment"),
    truncated: "The message has more links than were checked.",
  },
  es: {
    heading: "Enlaces",
    flags: {
      wrapped: "desenvuelto",
      "destination-hidden": "destino oculto por el reescritor",
      userinfo: "dirección falsa antes de @",
      "ip-host": "dirección numérica",
      "disguised-ip": "dirección numérica codificada",
      punycode: "dirección internacional",
      port: "puerto inusual",
      script: "ejecuta código",
      file: "abre un archivo",
      shortener: "acortado",
      hosting: "plataforma de alojamiento gratuito",
    },
    noText: "(sin texto)",
    displaysAs: (host) => `se muestra como ${host}`,
    through: (wrappers) => `a través de ${wrappers.join(", luego ")}`,
    hinted: (host) => `destino indicado ${host}`,
    fromQr: (name) => (name ? `De un código QR en ${name}` : "De un código QR en una imagen"),
    fromPdf: (name) => (name ? `Del PDF ${name}` : "De un PDF adjunto"),
    truncated: "El mensaje tiene más enlaces de los que se comprobaron.",
  },
};

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
export function LinkList({ links, language = "en" }: { links: LinkTable; language?: Language }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const words = WORDS[language] ?? WORDS.en;
  return (
    <Accordion collapsible>
      <AccordionItem value="links">
        <AccordionHeader as="h2" size="small">
          {words.heading} ({links.rows.length}
          {links.truncated ? "+" : ""})
        </AccordionHeader>
        <AccordionPanel className={common.wrap}>
          <ul className={styles.list}>
            {links.rows.map((row, i) => (
              <Row key={i} row={row} words={words} />
            ))}
          </ul>
          {links.truncated && <p className={mergeClasses(common.small)}>{words.truncated}</p>}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
