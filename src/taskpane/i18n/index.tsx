import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../engine";
import { en, type Strings } from "./en";
import { es } from "./es";

export type { Strings };

export const STRINGS: Readonly<Record<Language, Strings>> = { en, es };

const LanguageContext = createContext<Language>("en");

/** Sets the language for everything below it. */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The pane's strings in the reader's language. */
export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

/** The reader's language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * The language to speak: the admin's choice when set, else Outlook's display language (or the
 * browser's, outside Outlook), Spanish for any Spanish locale, English otherwise.
 */
export function pickLanguage(configured: "auto" | Language, displayLanguage: string | undefined): Language {
  if (configured !== "auto") return configured;
  return (displayLanguage ?? "").toLowerCase().startsWith("es") ? "es" : "en";
}
