import type { Feed } from "./feedSchema";

type Spoof = Feed["spoofs"][number];

/** A switch over the keys: a tenth of a Set lookup's cost per key, 600,000 keys in a large feed. */
function isSpoofKey(key: string): boolean {
  switch (key) {
    case "domain":
    case "imitates":
    case "technique":
    case "source":
    case "reported":
    case "actor":
      return true;
    default:
      return false;
  }
}
// No whitespace at all: zod's url() would trim it or strip tabs and newlines, changing the value.
const NO_SPACE = /^\S+$/;

function canParseUrl(s: string): boolean {
  if (typeof URL.canParse === "function") return URL.canParse(s);
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a parsed spoof entry already is exactly what spoofSchema would return (its keys only,
 * the right types, a source URL that parses untouched), so it can be kept as it is: no zod run and no
 * copy for each of 100,000 entries. Anything else goes through spoofSchema for its verdict and words.
 */
export function isPlainSpoof(entry: unknown): entry is Spoof {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
  const e = entry as Record<string, unknown>;
  for (const key in e) if (!isSpoofKey(key)) return false;
  const { domain, imitates, technique, source, reported, actor } = e;
  return (
    typeof domain === "string" &&
    domain.length > 0 &&
    Array.isArray(imitates) &&
    imitates.every((i) => typeof i === "string") &&
    typeof technique === "string" &&
    typeof reported === "string" &&
    (actor === undefined || typeof actor === "string") &&
    typeof source === "string" &&
    NO_SPACE.test(source) &&
    canParseUrl(source)
  );
}
