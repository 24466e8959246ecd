/** The languages every string a user sees is written in. Adding one is adding a key everywhere the compiler asks. */
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message template: one function per language, from typed data to the words shown. */
export type Text<D> = Readonly<Record<Language, (data: D) => string>>;

const CONJUNCTION: Record<Language, Record<"and" | "or", string>> = {
  en: { and: "and", or: "or" },
  es: { and: "y", or: "o" },
};

/**
 * "a", "a and b", "a, b and c" (no serial comma, as the rest of the product writes). Hand-written
 * rather than Intl.ListFormat so the engine does not depend on the host's locale data.
 */
export function listOf(items: readonly string[], language: Language, joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  const word = CONJUNCTION[language][joiner];
  // Spanish writes "e" before a word starting with an "i" sound and "u" before an "o" sound.
  const last = items[items.length - 1];
  const adjusted =
    language === "es" && joiner === "and" && /^h?i(?![aeou])/i.test(last)
      ? "e"
      : language === "es" && joiner === "or" && /^h?o/i.test(last)
        ? "u"
        : word;
  return `${items.slice(0, -1).join(", ")} ${adjusted} ${last}`;
}

/** "1 link" / "3 links": the count and the noun in the right form. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
