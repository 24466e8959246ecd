/**
 * Which catalogue brand a sender's name or a subject claims, tolerant of the disguises phishers use:
 * accents, compatibility letters (𝗠𝗶𝗰𝗿𝗼𝘀𝗼𝗳𝘁), look-alike letters (Micr0soft, PaypaI, Arnazon),
 * spaced letters (D H L) and glued words (Microsoft365Team). Both sides are folded the same way,
 * so "Wells Fargo" and "VVells-Fargo" meet. Hand-written: matching people's names for brands is not
 * a library's job.
 */
import { skeleton } from "../domains/skeleton";
import { BRANDS, type Brand } from "./catalogue";

/** Words that ride along with a brand in a sender's name ("Apple Support", "Equipo de PayPal"). */
const SERVICE_WORDS = new Set(
  (
    "the support team service services security account accounts billing notification notifications alert alerts id " +
    "online customer customers care help helpdesk desk center centre no reply noreply do not info mail email official store " +
    "news newsletter update updates " +
    "bank member members admin administrator it department via from de del la el los las le les der die das das von " +
    "servicio servicios soporte equipo cuenta cuentas atencion cliente clientes seguridad atendimento suporte equipe conta " +
    "kundenservice kundendienst sicherheit konto client compte assistance securite klantenservice ondersteuning beveiliging " +
    "assistenza clienti sicurezza"
  )
    .split(" ")
    .map((w) => fold(w)),
);

/** Names this short (UPS, DHL, IRS) must be spelled exactly: mapped, "Mc" would read as "RNC". */
const SHORT = 4;

/** Accents off, compatibility forms resolved, a capital I between small letters read as the l it poses as. */
function plainFold(text: string): string {
  const disguised = text.normalize("NFKC").replace(/(?<=\p{Ll})I(?=\p{Ll}|$|[^\p{L}])/gu, "l");
  return disguised
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** One folded word with look-alike letters mapped (micr0soft, arnazon), as the look-alike engine does. */
function fold(word: string): string {
  return skeleton(plainFold(word));
}

/** Words folded two ways, side by side; runs of single letters ("d h l") become one word. */
export interface FoldedWords {
  /** Accents and compatibility forms folded. */
  plain: string[];
  /** And look-alike letters mapped: where disguised names meet. */
  mapped: string[];
}

export function brandWords(text: string): FoldedWords {
  const words = plainFold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  const plain: string[] = [];
  let run = "";
  for (const w of words) {
    if ([...w].length === 1) {
      run += w;
      continue;
    }
    if (run) plain.push(run);
    run = "";
    plain.push(w);
  }
  if (run) plain.push(run);
  return { plain, mapped: plain.map(skeleton) };
}

interface BrandKey {
  brand: Brand;
  /** The name as written in the catalogue. */
  name: string;
  /** Its words, mapped, or plain for a short name. */
  words: readonly string[];
  compact: string;
  short: boolean;
}

interface BrandIndex {
  byFirstWord: Map<string, BrandKey[]>;
  /** Keys of six letters or more, also found glued inside a longer word ("securepaypal"). */
  glued: BrandKey[];
}

let index: BrandIndex | undefined;

function buildIndex(): BrandIndex {
  const byFirstWord = new Map<string, BrandKey[]>();
  const glued: BrandKey[] = [];
  for (const brand of BRANDS) {
    for (const name of brand.names) {
      const folded = brandWords(name);
      if (folded.plain.length === 0) continue;
      const short = folded.plain.join("").length <= SHORT;
      const words = short ? folded.plain : folded.mapped;
      const key: BrandKey = { brand, name, words, compact: words.join(""), short };
      byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), key]);
      if (!brand.plain && key.compact.length >= 6) glued.push(key);
    }
  }
  return { byFirstWord, glued };
}

export interface BrandClaim {
  brand: Brand;
  /** The catalogue name that matched ("Office 365"). */
  name: string;
}

function sequenceAt(words: FoldedWords, i: number, key: BrandKey): boolean {
  const list = key.short ? words.plain : words.mapped;
  for (let k = 0; k < key.words.length; k++) if (list[i + k] !== key.words[k]) return false;
  return true;
}

/** The text's words without its service words, plain or mapped; made once a text, on first need. */
type Rest = (short: boolean) => string[];

function restOf(words: FoldedWords): Rest {
  const made = new Map<boolean, string[]>();
  return (short) => {
    let rest = made.get(short);
    if (!rest) {
      rest = (short ? words.plain : words.mapped).filter((w) => !SERVICE_WORDS.has(fold(w)));
      made.set(short, rest);
    }
    return rest;
  };
}

/**
 * A brand whose name is an ordinary word counts only as the whole text, give or take service words.
 * The rest is computed once a text: per occurrence, a name repeating "Apple" took quadratic time
 * (40 kB: 22 s).
 */
function plainClaim(rest: Rest, key: BrandKey): boolean {
  const words = rest(key.short);
  return words.length === key.words.length && words.every((w, i) => w === key.words[i]);
}

/**
 * The brands a text claims, the longest name first; each brand once. `glued` also finds a name
 * glued inside a longer word (for sender names; a subject is read word by word only).
 */
export function claimedBrands(text: string, glued = true): BrandClaim[] {
  index ??= buildIndex();
  const words = brandWords(text);
  const rest = restOf(words);
  const found = new Map<string, BrandClaim & { length: number }>();
  const add = (key: BrandKey) => {
    const seen = found.get(key.brand.id);
    if (!seen || key.compact.length > seen.length)
      found.set(key.brand.id, { brand: key.brand, name: key.name, length: key.compact.length });
  };
  for (let i = 0; i < words.plain.length; i++) {
    const candidates = [
      ...(index.byFirstWord.get(words.mapped[i]) ?? []),
      ...(index.byFirstWord.get(words.plain[i]) ?? []).filter((k) => k.short),
    ];
    for (const key of candidates) {
      if (!sequenceAt(words, i, key)) continue;
      if (key.brand.plain && !plainClaim(rest, key)) continue;
      add(key);
    }
    if (!glued) continue;
    const word = words.mapped[i];
    for (const key of index.glued)
      if (word.length > key.compact.length && word.includes(key.compact)) add(key);
  }
  return [...found.values()].sort((a, b) => b.length - a.length).map(({ brand, name }) => ({ brand, name }));
}

/** Whether a host (or registrable domain) is one of the brand's own. */
export function ownedBy(host: string, brand: Brand): boolean {
  return brand.domains.some((d) => host === d || host.endsWith(`.${d}`));
}
