import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spoofEntries } from "../../engine";
import { parseFeed } from "../feedSchema";
import { buildFeed, feedSourceSchema, nextRelease, serializeFeed, type FeedSource } from "./buildFeed";

const SOURCE_PATH = join(__dirname, "..", "source", "feed-source.json");
const BUNDLED_PATH = join(__dirname, "..", "bundled-feed.json");

function source(spoofs: unknown[]): FeedSource {
  return { validDays: 30, protected: [], allow: [], spoofs };
}

const good = {
  domain: "Senate.Group",
  imitates: ["senate.gov"],
  technique: "tld-swap",
  source: "https://example.org/report",
  reported: "2018-08-20",
};

describe("the bundled feed", () => {
  it("is exactly what the builder makes of the source file (never edited by hand)", () => {
    const committed = readFileSync(BUNDLED_PATH, "utf8");
    const previous = parseFeed(JSON.parse(committed));
    const src = feedSourceSchema.parse(JSON.parse(readFileSync(SOURCE_PATH, "utf8")));
    const built = buildFeed(src, { version: previous.version, issued: new Date(previous.issued) });
    expect(built.skipped).toEqual([]);
    expect(serializeFeed(built.feed)).toBe(committed);
  });
});

describe("buildFeed", () => {
  it("leaves out spoofs without a public https source, invalid ones and repeats, and says why", () => {
    const { feed, skipped } = buildFeed(
      source([
        good,
        { ...good, domain: "a.example", source: "http://example.org/x" },
        { domain: "b.example" },
        { ...good, domain: "senate.group" },
      ]),
      { version: 1, issued: new Date("2026-01-01T00:00:00Z") },
    );
    expect(spoofEntries(feed.spoofs).map((s) => s.domain)).toEqual(["senate.group"]);
    expect(skipped.map((s) => [s.domain, s.reason])).toEqual([
      ["a.example", "no public https source"],
      ["b.example", expect.stringMatching(/^imitates: /)],
      ["senate.group", "listed twice"],
    ]);
  });

  it("sets expires validDays after issued", () => {
    const { feed } = buildFeed(source([good]), { version: 7, issued: new Date("2026-01-01T00:00:00Z") });
    expect(feed).toMatchObject({
      version: 7,
      issued: "2026-01-01T00:00:00Z",
      expires: "2026-01-31T00:00:00Z",
    });
  });
});

describe("nextRelease", () => {
  it("starts at version 1 and then only goes up, in version and in issue time", () => {
    const now = new Date("2026-05-01T12:00:00.750Z");
    expect(nextRelease(undefined, now)).toEqual({ version: 1, issued: new Date("2026-05-01T12:00:00Z") });
    expect(nextRelease({ version: 41, issued: "2026-04-01T00:00:00Z" }, now)).toEqual({
      version: 42,
      issued: new Date("2026-05-01T12:00:00Z"),
    });
    // A clock behind the previous release still issues later than it.
    expect(nextRelease({ version: 41, issued: "2026-06-01T00:00:00Z" }, now)).toEqual({
      version: 42,
      issued: new Date("2026-06-01T00:00:01Z"),
    });
  });
});
