import { LANGUAGES } from "../../engine";
import { pickLanguage, STRINGS } from ".";

/** Every leaf of a strings object, as "path: value" pairs (functions are called with sample arguments). */
function leaves(node: unknown, path = ""): [string, unknown][] {
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, node]];
}

describe("pane strings", () => {
  it("has every key in every language, each filled in", () => {
    const english = leaves(STRINGS.en).map(([k]) => k);
    for (const language of LANGUAGES) {
      const own = leaves(STRINGS[language]);
      expect(own.map(([k]) => k)).toEqual(english);
      for (const [key, value] of own) {
        expect([key, typeof value === "string" || typeof value === "function"]).toEqual([key, true]);
        if (typeof value === "string") expect([key, value.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it("picks the admin's language, else Outlook's", () => {
    expect(pickLanguage("es", "en-US")).toBe("es");
    expect(pickLanguage("auto", "es-MX")).toBe("es");
    expect(pickLanguage("auto", "fr-FR")).toBe("en");
    expect(pickLanguage("auto", undefined)).toBe("en");
  });
});
