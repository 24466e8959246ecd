/**
 * Mutations of real messages, as a hostile or broken sender would make them: bit flips, truncation,
 * header duplication, huge values (a brand's name repeated among them), random Unicode, CR/LF mixes,
 * a missing blank line.
 */
import fc from "fast-check";

type Mutation = (eml: string) => string;

const at = (n: number, text: string) => Math.floor(n * (text.length + 1));
const blankLine = (eml: string) => {
  const i = eml.indexOf("\r\n\r\n");
  return i < 0 ? eml.length : i;
};

function mutation(): fc.Arbitrary<Mutation> {
  const place = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  return fc.oneof(
    fc.tuple(place, fc.integer({ min: 0, max: 15 })).map(([p, bit]): Mutation => (eml) => {
      const i = Math.min(at(p, eml), eml.length - 1);
      return i < 0
        ? eml
        : eml.slice(0, i) + String.fromCharCode(eml.charCodeAt(i) ^ (1 << bit)) + eml.slice(i + 1);
    }),
    place.map(
      (p): Mutation =>
        (eml) =>
          eml.slice(0, at(p, eml)),
    ),
    place.map((p): Mutation => (eml) => {
      const head = eml.slice(0, blankLine(eml));
      const lines = head.split("\r\n");
      const line = lines[Math.min(lines.length - 1, Math.floor(p * lines.length))];
      return `${line}\r\n${line}\r\n${eml}`;
    }),
    fc
      .tuple(
        fc.constantFrom("Subject", "From", "Received", "Authentication-Results", "To"),
        fc.integer({ min: 1_000, max: 200_000 }),
        // "Apple ": a brand's name repeated (a sender name of them once took quadratic time).
        fc.constantFrom("a", "=?utf-8?q?a?= ", '"\\', "(", "a@b.example, ", "Apple "),
      )
      .map(
        ([name, size, unit]): Mutation =>
          (eml) =>
            `${name}: ${unit.repeat(Math.ceil(size / unit.length))}\r\n${eml}`,
      ),
    fc.tuple(place, fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })).map(
      ([p, text]): Mutation =>
        (eml) =>
          eml.slice(0, at(p, eml)) + text + eml.slice(at(p, eml)),
    ),
    fc.constantFrom<Mutation>(
      (eml) => eml.replace(/\r\n/g, "\n"),
      (eml) => eml.replace(/\r\n/g, "\r"),
      (eml) => eml.replace(/\r\n/g, (_, i: number) => (i % 3 === 0 ? "\n" : "\r\n")),
      (eml) => eml.replace("\r\n\r\n", "\r\n"),
    ),
  );
}

/** One of the seed messages with one to four mutations applied. */
export function mutatedMessage(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(), { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => mutations.reduce((eml, m) => m(eml), seed));
}
