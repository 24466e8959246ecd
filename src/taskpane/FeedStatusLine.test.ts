import { bundledFeed } from "../feed/bundledFeed";
import { feedStatusText } from "./FeedStatusLine";
import { STRINGS } from "./i18n";

const NOW = new Date("2026-06-15T12:00:00Z");
const remote = { ...bundledFeed(), version: 42 };

describe("the domain list's status line", () => {
  it("says the version and its age, in English and Spanish", () => {
    const state = {
      feed: remote,
      origin: "remote" as const,
      fetchedAt: "2026-06-15T09:00:00Z",
      status: { kind: "current" as const, skipped: 0 },
    };
    expect(feedStatusText(STRINGS.en, state, NOW)).toBe("Domain list: version 42, updated 3 h ago.");
    expect(feedStatusText(STRINGS.es, state, NOW)).toBe(
      "Lista de dominios: versión 42, actualizada hace 3 h.",
    );
    expect(feedStatusText(STRINGS.en, { ...state, status: { kind: "current", skipped: 1 } }, NOW)).toContain(
      "1 entry was invalid and left out.",
    );
  });

  it("says why a refresh failed and which version is still used", () => {
    const state = {
      feed: { ...remote, version: 41 },
      origin: "remote" as const,
      fetchedAt: "2026-06-13T12:00:00Z",
      status: { kind: "failed" as const, problem: "mismatch" as const },
    };
    expect(feedStatusText(STRINGS.en, state, NOW)).toBe(
      "Couldn't refresh the domain list (signature did not match); using version 41 from 2 days ago.",
    );
    expect(feedStatusText(STRINGS.es, state, NOW)).toBe(
      "No se pudo actualizar la lista de dominios (la firma no coincide); se usa la versión 41 de hace 2 días.",
    );
  });

  it("says when only the built-in list is used because nothing is configured", () => {
    const state = {
      feed: bundledFeed(),
      origin: "bundled" as const,
      status: { kind: "bundled-only" as const },
    };
    expect(feedStatusText(STRINGS.en, state, NOW)).toMatch(
      /^Domain list: the built-in list, version \d+ \(no update address/,
    );
  });
});
