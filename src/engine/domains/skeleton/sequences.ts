import { skeletonTable } from "./table";
import { UNICODE_LETTER_SEQUENCES } from "./sequences.generated";

/** A letter that can be written as a sequence of other letters that looks like it. */
export interface LetterSequence {
  letter: string;
  sequence: string;
  /** Where the look-alike is documented. */
  source: string;
}

/**
 * Letters written with two look-alike letters. Unicode's confusables data gives m as rn (generated:
 * sequences.generated.ts); it has no entry for w or d, which phishers write as vv (biathlovvorld.com
 * and standartnevvs.com of Pawn Storm, dovvn-mail.com of Thallium) and cl (in the homoglyph tables
 * of URLCrazy and dnstwist, research note §1.1 and §1.3).
 */
export const LETTER_SEQUENCES: readonly LetterSequence[] = [
  ...UNICODE_LETTER_SEQUENCES.map(([letter, sequence]) => ({
    letter,
    sequence,
    source: "Unicode confusables.txt",
  })),
  {
    letter: "w",
    sequence: "vv",
    source: "Pawn Storm and Thallium spoofs (biathlovvorld.com, dovvn-mail.com)",
  },
  { letter: "d", sequence: "cl", source: "URLCrazy and dnstwist homoglyph tables (cl for d)" },
];

/** Most variants a protected name gets: every combination for up to 3 places, the whole swap beyond. */
const MAX_PLACES = 3;

let unfolded: readonly LetterSequence[] | undefined;

/**
 * The sequences the skeleton table does not fold already. m→rn and w→vv are table entries, so both
 * spellings share one skeleton; mapping d→cl there too would turn every d of every name into two
 * letters and push one-letter typos of such names (hudsom → hutson) two edits away. Those are
 * matched through variants of the protected names instead (domainIndex).
 */
function unfoldedSequences(): readonly LetterSequence[] {
  unfolded ??= LETTER_SEQUENCES.filter((s) => skeletonTable().get(s.letter.charCodeAt(0)) !== s.sequence);
  return unfolded;
}

/** Every position where `from` occurs in `text`, without overlaps. */
function places(text: string, from: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) out.push(at);
  return out;
}

/**
 * Other spellings of a skeleton with the look-alike sequences the table does not fold, both ways
 * ("hudson" → "huclson"; "clinic" → "dinic"): the same name as a reader sees it. Excludes the
 * skeleton itself; each combination of up to three places, or all places at once beyond that.
 */
export function sequenceVariants(s: string): string[] {
  const out = new Set<string>();
  for (const { letter, sequence } of unfoldedSequences()) {
    for (const [from, to] of [
      [letter, sequence],
      [sequence, letter],
    ]) {
      const at = places(s, from);
      if (at.length === 0) continue;
      if (at.length > MAX_PLACES) {
        out.add(s.split(from).join(to));
        continue;
      }
      for (let mask = 1; mask < 1 << at.length; mask++) {
        let text = "";
        let done = 0;
        at.forEach((p, k) => {
          if (!(mask & (1 << k))) return;
          text += s.slice(done, p) + to;
          done = p + from.length;
        });
        out.add(text + s.slice(done));
      }
    }
  }
  out.delete(s);
  return [...out];
}
