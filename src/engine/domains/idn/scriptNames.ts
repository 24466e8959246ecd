import type { Language } from "../../words/language";

/** Spanish names of the scripts seen in domain names; other scripts keep their Unicode name. */
const SPANISH: Record<string, string> = {
  Latin: "latino",
  Common: "común",
  Inherited: "heredado",
  Cyrillic: "cirílico",
  Greek: "griego",
  Han: "han (chino)",
  Hiragana: "hiragana",
  Katakana: "katakana",
  Hangul: "hangul (coreano)",
  Arabic: "árabe",
  Hebrew: "hebreo",
  Armenian: "armenio",
  Georgian: "georgiano",
  Thai: "tailandés",
  Devanagari: "devanagari",
  Bengali: "bengalí",
  Tamil: "tamil",
  Ethiopic: "etíope",
  Cherokee: "cheroqui",
  Tifinagh: "tifinagh",
  Mongolian: "mongol",
  Syriac: "siríaco",
  Coptic: "copto",
  Runic: "rúnico",
  Gothic: "gótico",
  Glagolitic: "glagolítico",
  "Canadian Aboriginal": "silábico aborigen canadiense",
  Unknown: "desconocido",
};

/** A Unicode script name ("Cyrillic", "Canadian Aboriginal") as a reader of `language` calls it. */
export function scriptName(script: string, language: Language): string {
  return language === "es" ? (SPANISH[script] ?? script) : script;
}
