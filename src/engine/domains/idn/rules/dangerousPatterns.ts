import { listPhrase, problem } from "../describe";
import { DANGEROUS_PATTERNS, type DangerousPattern } from "./patterns";
import type { IdnRule } from "./rule";

/**
 * Characters that are fine in their own writing but pass for something else where they stand:
 * Chromium's dangerous-pattern regex (idn_spoof_checker.cc), each alternative in patterns/.
 * Like Chromium, only for labels that reach its mixed-script checks: a label in one script without
 * kana exceptions or Latin accents is already safe there (一丁, 丶乀乁丿).
 */
export const dangerousPatterns: IdnRule = {
  id: "dangerous-pattern",
  check({ chars, mixedScriptChecks }) {
    if (!mixedScriptChecks) return undefined;
    const culprits: string[] = [];
    const notes = new Map<string, DangerousPattern["note"][]>();
    chars.forEach((ch, i) => {
      const hits = DANGEROUS_PATTERNS.filter((p) => p.matches(chars, i)).map((p) => p.note);
      if (hits.length === 0) return;
      culprits.push(ch);
      notes.set(ch, [...new Set([...(notes.get(ch) ?? []), ...hits])]);
    });
    if (culprits.length === 0) return undefined;
    return problem(
      "dangerous-pattern",
      {
        en: "uses characters where they can pass for something else",
        es: "usa caracteres en posiciones donde pueden pasar por otra cosa",
      },
      culprits,
      (ch, language) =>
        ` ${listPhrase(
          (notes.get(ch) ?? []).map((n) => n[language]),
          language,
        )}`,
    );
  },
};
