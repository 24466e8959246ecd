import type { Evidence } from "../analysis";
import { checkIdn } from "../domains/idn";
import { normalizeHost } from "../domains/normalize";
import type { MessageSnapshot } from "../message";
import { isPrivateAddress } from "./privateAddress";
import { hostingPlatformOf } from "./data/freeHosting";
import { URL_SHORTENERS } from "./data/shorteners";
import { extractLinks, type ExtractedLink, type LinkSource } from "./extract";
import type { HtmlEvents } from "./extract/htmlTokens";
import { percentDecode } from "./rewriters/decode";
import { unwrapUrl } from "./unwrap";

/** Facts about one link, each a reason a rule may care about. */
export type LinkFlag =
  | "wrapped"
  | "destination-hidden"
  | "userinfo"
  | "ip-host"
  | "disguised-ip"
  | "punycode"
  | "port"
  | "script"
  | "file"
  | "shortener"
  | "hosting";

/** One link as the pane's link table shows it: what it says, where it really goes, and why that matters. */
export interface LinkRow {
  source: LinkSource;
  /** Visible text. */
  text: string;
  /** The URL as written in the message. */
  href: string;
  /** The real destination after every rewriter layer was taken off. */
  destination: string;
  /** "https:", "javascript:", …; "" when the destination is not a URL. */
  scheme: string;
  /** ASCII host of the destination, and how it displays when that differs (punycode). */
  host?: string;
  displayHost?: string;
  registrable?: string;
  /** Names of the rewriters unwrapped, outermost first. */
  wrappers: string[];
  /**
   * Hosts the click passes through on the way that anyone can own: a generic redirect (a base64
   * destination in a parameter) works on any site, so its own host is checked like a destination.
   */
  via?: string[];
  /** For a rewriter that hides the destination (Mimecast): the host it hints at, if any. */
  hint?: string;
  userinfo?: string;
  /** The hosting platform the destination is on ("Google Cloud Run"). */
  hosting?: string;
  form?: { method: string; hasPassword: boolean };
  flags: LinkFlag[];
}

export interface LinkTable {
  rows: LinkRow[];
  /** More links than the extractor collects: the rest were not checked. */
  truncated: boolean;
}

const SCRIPT_SCHEMES = new Set(["javascript:", "vbscript:", "data:"]);

/** Rewriters that work on any site rather than one service's own hosts. */
const OPEN_REDIRECTS: ReadonlySet<string> = new Set(["encoded-redirect"]);

function hostOfUrl(url: string): string | undefined {
  try {
    return normalizeHost(new URL(url).hostname)?.host;
  } catch {
    return undefined;
  }
}

/** The host exactly as written between "//" and the path ("0x3E.0004.0x10.0256"), lower-cased. */
function writtenHost(url: string): string {
  const start = url.indexOf("//");
  if (start < 0) return "";
  let end = url.length;
  for (const stop of ["/", "?", "#"]) {
    const at = url.indexOf(stop, start + 2);
    if (at >= 0 && at < end) end = at;
  }
  const authority = url.slice(start + 2, end);
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  const colon = host.lastIndexOf(":");
  return (colon > host.lastIndexOf("]") ? host.slice(0, colon) : host).toLowerCase().replace(/\.$/, "");
}

function rowFor(link: ExtractedLink): LinkRow {
  const unwrapped = unwrapUrl(link.href);
  const row: LinkRow = {
    source: link.source,
    text: link.text,
    href: link.href,
    destination: unwrapped.final,
    scheme: "",
    wrappers: unwrapped.layers.map((l) => l.name),
    flags: [],
    ...(link.form ? { form: link.form } : {}),
  };
  if (unwrapped.layers.length > 0) row.flags.push("wrapped");
  const via = unwrapped.layers
    .filter((l) => OPEN_REDIRECTS.has(l.rewriter))
    .flatMap((l) => hostOfUrl(l.wrapped) ?? []);
  if (via.length > 0) row.via = via;
  if (unwrapped.opaque) {
    row.flags.push("destination-hidden");
    if (unwrapped.opaque.hint) row.hint = unwrapped.opaque.hint;
  }
  let url: URL;
  try {
    url = new URL(unwrapped.final);
  } catch {
    return row;
  }
  row.scheme = url.protocol;
  if (SCRIPT_SCHEMES.has(url.protocol)) row.flags.push("script");
  // A local path typed in a plain-text body (a log file in a mailing-list post) opens nothing remote;
  // a file: link the sender built, or one naming another machine, can run a program or leak a sign-in.
  if (url.protocol === "file:" && (link.source !== "text" || url.hostname !== "")) row.flags.push("file");
  if (url.protocol !== "http:" && url.protocol !== "https:") return row;
  const host = normalizeHost(url.hostname);
  if (!host) return row;
  row.host = host.host;
  row.registrable = host.registrable;
  if (url.username || url.password) {
    row.userinfo = percentDecode(url.username) + (url.password ? `:${percentDecode(url.password)}` : "");
    row.flags.push("userinfo");
  }
  // An address typed in a plain-text body ("10.0.0.1/24") is linkified by the reader, not built as a
  // link by the sender; a private or loopback address reaches no phishing server.
  const typed = link.source === "text" && !/^[a-z][a-z0-9+.-]*:/i.test(link.text);
  if (host.isIp && !typed && !isPrivateAddress(host.host)) {
    row.flags.push("ip-host");
    if (!host.host.startsWith("[") && writtenHost(unwrapped.final) !== host.host)
      row.flags.push("disguised-ip");
  }
  if (host.host.split(".").some((l) => l.startsWith("xn--"))) {
    row.flags.push("punycode");
    row.displayHost = checkIdn(host.host).unicode;
  }
  if (url.port !== "") row.flags.push("port");
  if (URL_SHORTENERS.has(host.registrable)) row.flags.push("shortener");
  const platform = hostingPlatformOf(host.host, url.pathname);
  if (platform) {
    row.flags.push("hosting");
    row.hosting = platform.name;
  }
  return row;
}

/**
 * Every link in the message, unwrapped and described; built once per message into its facts.
 * `alongside` reads the HTML body's tokens in the same pass (the body reader).
 */
export function buildLinkTable(
  message: MessageSnapshot,
  alongside?: HtmlEvents & { visibleText(): string },
): LinkTable {
  const options = alongside ? { alongside, visibleText: () => alongside.visibleText() } : undefined;
  const { links, truncated } = extractLinks(message, options);
  return { rows: links.map(rowFor), truncated };
}

/** A row as JSON-safe evidence. */
export function rowEvidence(row: LinkRow): Evidence {
  const e: Evidence = { text: row.text, destination: row.destination };
  if (row.href !== row.destination) e.writtenAs = row.href;
  if (row.registrable) e.domain = row.registrable;
  if (row.displayHost) e.displaysAs = row.displayHost;
  if (row.wrappers.length > 0) e.unwrapped = row.wrappers;
  if (row.hint) e.hiddenDestinationHint = row.hint;
  if (row.flags.length > 0) e.flags = row.flags;
  return e;
}
