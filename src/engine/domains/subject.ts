import { checkIdn, type IdnResult } from "./idn";
import { normalizeHost, type NormalizedHost } from "./normalize";
import { skeleton, skeletons } from "./skeleton";

/** One hyphen-separated piece of a host label ("adfs" and "senate" in "adfs-senate"). */
export interface Token {
  /** Text of the token, decoded from punycode. */
  text: string;
  /** Primary skeleton of the token's Unicode form. */
  skeleton: string;
  /** Index of the label it came from in `labels`. */
  label: number;
}

/** An observed domain taken apart once, so every technique reads the same pieces. */
export interface DomainSubject {
  host: NormalizedHost;
  idn: IdnResult;
  /** Labels of the whole host, suffix included: ASCII, and decoded from punycode. */
  labels: string[];
  unicodeLabels: string[];
  /** Index in `labels` of the registrable label ("adfs-senate" in adfs-senate.services). */
  registrableLabelIndex: number;
  /** The registrable label, ASCII and Unicode. */
  label: string;
  unicodeLabel: string;
  /** Skeletons of the Unicode registrable label; the first is the primary one. */
  labelSkeletons: string[];
  /** Tokens of every label left of the public suffix, and how many each of those labels has. */
  tokens: Token[];
  tokensInLabel: number[];
  /** Primary skeleton of each label left of the public suffix. */
  labelSkeletonAt: string[];
}

/** Takes a host or URL apart; undefined when it is not a domain name that can imitate anything. */
export function domainSubject(input: string | NormalizedHost): DomainSubject | undefined {
  const host = typeof input === "string" ? normalizeHost(input) : input;
  // Names on endings outside the public suffix list cannot be reached on the internet.
  if (!host || host.isIp || host.suffixKind === "unlisted" || host.registrable === host.publicSuffix) {
    return undefined;
  }
  const labels = host.host.split(".");
  const suffixLabels = host.publicSuffix === "" ? 0 : host.publicSuffix.split(".").length;
  const registrableLabelIndex = labels.length - suffixLabels - 1;
  if (registrableLabelIndex < 0) return undefined;
  const idn = checkIdn(host.host);
  const unicodeLabels = idn.unicode.split(".");
  // Labels line up unless decoding failed in a way that changed the label count; then stay ASCII.
  const aligned = unicodeLabels.length === labels.length;
  const shown = aligned ? unicodeLabels : labels;
  const unicodeLabel = shown[registrableLabelIndex];
  const tokens: Token[] = [];
  const tokensInLabel: number[] = [];
  const labelSkeletonAt: string[] = [];
  for (let i = 0; i <= registrableLabelIndex; i++) {
    const before = tokens.length;
    for (const piece of shown[i].split("-")) {
      if (piece !== "") tokens.push({ text: piece, skeleton: skeleton(piece), label: i });
    }
    tokensInLabel.push(tokens.length - before);
    labelSkeletonAt.push(skeleton(shown[i]));
  }
  return {
    host,
    idn,
    labels,
    unicodeLabels: shown,
    registrableLabelIndex,
    label: labels[registrableLabelIndex],
    unicodeLabel,
    labelSkeletons: skeletons(unicodeLabel),
    tokens,
    tokensInLabel,
    labelSkeletonAt,
  };
}
