import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { parseMailDate } from "./mailDate";

interface DateVector {
  input: string;
  expected_epoch_ms: number;
  expected_iso: string;
  no_zone_in_input: boolean;
  source: string;
}

const utc = (iso: string) => Date.parse(iso);

/** MHA's Received.time and MHADates tests (../shared/data/vectors/received-dates.json); no zone reads as UTC. */
describe("MHA date vectors", () => {
  const path = sharedData("vectors/received-dates.json");
  const vectors: DateVector[] = path ? JSON.parse(readFileSync(path, "utf8")) : [];

  it("loads the vectors and reports the tally", () => {
    if (!path) return;
    const passing = vectors.filter((v) => parseMailDate(v.input) === v.expected_epoch_ms);
    console.log(`received-dates.json: ${passing.length} of ${vectors.length} match`);
    expect(vectors.length).toBe(18);
  });

  for (const v of vectors) {
    it(`${JSON.stringify(v.input)} is ${v.expected_iso} (${v.source.split(":").pop()})`, () => {
      expect(parseMailDate(v.input)).toBe(v.expected_epoch_ms);
    });
  }
});

describe("parseMailDate", () => {
  it.each([
    ["Thu, 20 Nov 2025 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["Thu, 20 Nov 2025 10:09:45 -0800 (PST)", "2025-11-20T18:09:45Z"],
    ["20 Nov 2025 23:39:45 +0530", "2025-11-20T18:09:45Z"],
    ["Thu, 20 Nov 2025 18:09:45 -0000", "2025-11-20T18:09:45Z"],
    ["Thu,\r\n 20 Nov 2025\r\n 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["Thursday, 20 November 2025 18:09 +0000", "2025-11-20T18:09:00Z"],
    ["Sat, 20 Sept 2025 18:09:45 +0000", "2025-09-20T18:09:45Z"],
    ["Thu, 20 Nov 25 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["Sat, 20 Nov 99 18:09:45 +0000", "1999-11-20T18:09:45Z"],
    ["20 Nov 125 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["Thu Nov 20 18:09:45 2025", "2025-11-20T18:09:45Z"],
    ["Thu Nov 20 2025 19:09:45 GMT+0100 (Central European Standard Time)", "2025-11-20T18:09:45Z"],
    ["2025-11-20T18:09:45Z", "2025-11-20T18:09:45Z"],
    ["2025-11-20T13:09:45.250-05:00", "2025-11-20T18:09:45.250Z"],
    ["20.11.2025 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["20/11/2025 18:09:45", "2025-11-20T18:09:45Z"],
    ["20-Nov-2025 18:09:45 +0000", "2025-11-20T18:09:45Z"],
    ["Thu, 20 Nov 2025 18:09:45.1 +0000", "2025-11-20T18:09:45.100Z"],
    ["Wed, 31 Dec 2025 23:59:60 +0000", "2026-01-01T00:00:00Z"],
    ["Thu, 20 Nov 2025 12:00:00 AM +0000", "2025-11-20T00:00:00Z"],
    ["Thu, 20 Nov 2025 12:00:00 PM +0000", "2025-11-20T12:00:00Z"],
    ["Thu, 29 Feb 2024 18:09:45 +0000", "2024-02-29T18:09:45Z"],
    ["Thu, 20 Nov 2025", "2025-11-20T00:00:00Z"],
  ])("%j", (input, iso) => expect(parseMailDate(input)).toBe(utc(iso)));

  it.each([
    ["UT", 0],
    ["GMT", 0],
    ["UTC", 0],
    ["Z", 0],
    ["EST", -5],
    ["EDT", -4],
    ["CST", -6],
    ["CDT", -5],
    ["MST", -7],
    ["MDT", -6],
    ["PST", -8],
    ["PDT", -7],
  ])("reads the obsolete zone %s as %d hours", (zone, hours) => {
    expect(parseMailDate(`Thu, 20 Nov 2025 18:09:45 ${zone}`)).toBe(
      utc("2025-11-20T18:09:45Z") - hours * 3_600_000,
    );
  });

  it("prefers a numeric offset to a zone name or a zone in a comment", () => {
    expect(parseMailDate("Thu, 20 Nov 2025 18:09:45 +0100 UTC")).toBe(utc("2025-11-20T17:09:45Z"));
    expect(parseMailDate("Thu, 20 Nov 2025 18:09:45 +0000 (PST)")).toBe(utc("2025-11-20T18:09:45Z"));
  });

  it.each([
    "",
    "hello",
    "Thu, 20 2025 18:09:45",
    "18:09:45 +0000",
    "Nov 2025 18:09:45",
    "Fri, 30 Feb 2024 18:09:45 +0000",
    "Thu, 29 Feb 2025 18:09:45 +0000",
    "Thu, 20 Nov 2025 24:00:00 +0000",
    "Thu, 20 Nov 2025 18:60:00 +0000",
    "Thu, 20 Nov 2025 13:00:00 PM +0000",
    "Thu, 20 Nov 2025 PM",
    "13/13/2025",
    "Thu, 20 Nov Dec 2025 18:09:45",
    "Thu, 20 Nov 2025 18:09:45 +0000 +0100",
    "Thu, 20 Nov 2025 18:09:45 07:00:00",
    "Thu, 20 Nov 20255 18:09:45",
    "20 Nov 2025 4 18:09:45",
    "qmail 10876 invoked from network",
  ])("finds no date in %j", (input) => expect(parseMailDate(input)).toBeUndefined());

  it("tolerates a non-string", () => {
    expect(parseMailDate(null as unknown as string)).toBeUndefined();
    expect(parseMailDate(42 as unknown as string)).toBeUndefined();
  });
});

describe("parseMailDate properties", () => {
  const anyDate = fc.date({
    min: new Date("0000-01-01T00:00:00Z"),
    max: new Date("9999-12-31T23:59:59.999Z"),
    noInvalidDate: true,
  });
  const seconds = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

  it("reads back Date#toUTCString to the second", () => {
    fc.assert(fc.property(anyDate, (d) => parseMailDate(d.toUTCString()) === seconds(d)));
  });

  it("reads back Date#toISOString to the millisecond", () => {
    fc.assert(fc.property(anyDate, (d) => parseMailDate(d.toISOString()) === d.getTime()));
  });

  it("reads back Date#toString, in the test machine's zone, to the second", () => {
    // From 1970, as older local times can carry offsets with seconds (LMT) that toString drops; to
    // 9998, as the last day of 9999 is already 10000 east of UTC.
    const recent = fc.date({ min: new Date(0), max: new Date("9998-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(fc.property(recent, (d) => parseMailDate(d.toString()) === seconds(d)));
  });

  const soup = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "Thu",
          "Nov",
          "PM",
          "UTC",
          "(",
          ")",
          "\\",
          ":",
          "/",
          "-",
          "+",
          ".",
          ",",
          " ",
          "\r\n ",
        ),
        fc.integer({ min: 0, max: 99999 }).map(String),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(""));

  it("never throws and returns undefined or a finite number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), soup), (text) => {
        const result = parseMailDate(text);
        return result === undefined || Number.isFinite(result);
      }),
      { numRuns: 400 },
    );
  });
});
