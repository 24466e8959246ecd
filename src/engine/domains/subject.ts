import { hashOf } from "./deletionHash";
import { checkIdn, type IdnResult } from "./idn";
import { normalizeHost, type NormalizedHost } from "./normalize";
import { skeleton, skeletons } from "./skeleton";

/** One hyphen-separated piece of a host label ("adfs" and "senate" in "adfs-senate"). */
export interface Token {
  /** Text of the token, decoded from punycode. */
  text: string;
  /** Primary skeleton of the token's Unicode form. */
  skeleton: string;
  /** Index of the label it came from in `labels`, and how many tokens that label has. */
  label: number;
  labelTokens: number;
  /** `hashOf` the text and the skeleton, computed once for every lookup the techniques make. */
  hash: number;
  skeletonHash: number;
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
  /** The registrable label, ASCII and Unicode, and `hashOf` the ASCII one. */
  label: string;
  unicodeLabel: string;
  labelHash: number;
  /** Skeletons of the Unicode registrable label; the first is the primary one. */
  labelSkeletons: string[];
  /** Tokens of every label left of the public suffix. */
  tokens: Token[];
  /** Primary skeleton of each label left of the public suffix, and `hashOf` each. */
  labelSkeletonAt: string[];
  labelSkeletonHashAt: number[];
}

/**
 * s split at each `separator`; a loop of indexOf and slice is several times faster than split(), and
 * an array of the exact length keeps a retained subject small (a pushed-to array reserves 17 slots).
 */
function splitAt(s: string, separator: string): string[] {
  const out = new Array<string>(countOf(s, separator) + 1);
  let from = 0;
  for (let i = 0; ; i++) {
    const at = s.indexOf(separator, from);
    if (at < 0) {
      out[i] = from === 0 ? s : s.slice(from);
      return out;
    }
    out[i] = s.slice(from, at);
    from = at + 1;
  }
}

function tokenOf(text: string, label: number, knownSkeleton?: string): Token {
  const tokenSkeleton = knownSkeleton ?? skeleton(text);
  const hash = hashOf(text);
  return {
    text,
    skeleton: tokenSkeleton,
    label,
    labelTokens: 1,
    hash,
    skeletonHash: tokenSkeleton === text ? hash : hashOf(tokenSkeleton),
  };
}

/** Adds the non-empty hyphen-separated tokens of one label. */
function addTokens(tokens: Token[], text: string, label: number, labelSkeleton: string): void {
  if (text.indexOf("-") < 0) {
    if (text !== "") tokens.push(tokenOf(text, label, labelSkeleton));
    return;
  }
  const first = tokens.length;
  for (const piece of splitAt(text, "-")) if (piece !== "") tokens.push(tokenOf(piece, label));
  for (let i = first; i < tokens.length; i++) tokens[i].labelTokens = tokens.length - first;
}

/** Takes a host or URL apart; undefined when it is not a domain name that can imitate anything. */
export function domainSubject(input: string | NormalizedHost): DomainSubject | undefined {
  const host = typeof input === "string" ? normalizeHost(input) : input;
  // Names on endings outside the public suffix list cannot be reached on the internet.
  if (!host || host.isIp || host.suffixKind === "unlisted" || host.registrable === host.publicSuffix) {
    return undefined;
  }
  const labels = splitAt(host.host, ".");
  const suffixLabels = host.publicSuffix === "" ? 0 : countOf(host.publicSuffix, ".") + 1;
  const registrableLabelIndex = labels.length - suffixLabels - 1;
  if (registrableLabelIndex < 0) return undefined;
  const idn = checkIdn(host.host);
  const unicodeLabels = idn.unicode === host.host ? labels : splitAt(idn.unicode, ".");
  // Labels line up unless decoding failed in a way that changed the label count; then stay ASCII.
  const shown = unicodeLabels.length === labels.length ? unicodeLabels : labels;
  const unicodeLabel = shown[registrableLabelIndex];
  const labelSkeletons = skeletons(unicodeLabel);
  const found: Token[] = [];
  const labelSkeletonAt = new Array<string>(registrableLabelIndex + 1);
  const labelSkeletonHashAt = new Array<number>(registrableLabelIndex + 1);
  for (let i = 0; i <= registrableLabelIndex; i++) {
    const labelSkeleton = i === registrableLabelIndex ? labelSkeletons[0] : skeleton(shown[i]);
    labelSkeletonAt[i] = labelSkeleton;
    labelSkeletonHashAt[i] = hashOf(labelSkeleton);
    addTokens(found, shown[i], i, labelSkeleton);
  }
  // A copy of the exact length: a subject may be kept (a message's links), and small ones stay in cache.
  const tokens = found.slice();
  const label = labels[registrableLabelIndex];
  return {
    host,
    idn,
    labels,
    unicodeLabels: shown,
    registrableLabelIndex,
    label,
    unicodeLabel,
    labelHash: hashOf(label),
    labelSkeletons,
    tokens,
    labelSkeletonAt,
    labelSkeletonHashAt,
  };
}

function countOf(s: string, c: string): number {
  let count = 0;
  for (let at = s.indexOf(c); at >= 0; at = s.indexOf(c, at + 1)) count++;
  return count;
}
