import { readFileSync } from "node:fs";
import fc from "fast-check";
import { sharedData } from "../../../test/support/sharedData";
import { parseAddressList } from "./addresses";
import { firstHeader, headerValues, parseHeaderBlock } from "./headerBlock";

interface HeaderListVector {
  input: string;
  expected: { header: string; value: string }[];
  source: string;
}

/**
 * Deliberate differences from MHA's HeaderModel (by test name), with the value given instead. MHA
 * trims every continuation line and joins it with one space; RFC 5322 unfolding removes only the
 * line break, so a tab that folded the line stays.
 */
const DELIBERATE_DIFFERENCES: Record<string, { header: string; value: string }[]> = {
  h3: [{ header: "Content-Type", value: 'multipart/alternative;\tboundary="ErclWH56b6W5=_?:"' }],
};

const nameOf = (v: HeaderListVector) => v.source.split(" > ").pop() ?? v.source;

describe("MHA HeaderModel.test.ts vectors (../shared/data/vectors/header-list.json)", () => {
  it("splits, unfolds and decodes as MHA does, apart from the deliberate differences", () => {
    const path = sharedData("vectors/header-list.json");
    if (!path) return;
    const vectors = JSON.parse(readFileSync(path, "utf8")) as HeaderListVector[];
    const parsed = (v: HeaderListVector) =>
      parseHeaderBlock(v.input).map((f) => ({ header: f.name, value: f.value }));
    const agree = vectors.filter((v) => JSON.stringify(parsed(v)) === JSON.stringify(v.expected));
    process.stdout.write(
      `MHA header-list vectors: ${agree.length}/${vectors.length} agree, ` +
        `${Object.keys(DELIBERATE_DIFFERENCES).length} deliberate difference(s)\n`,
    );
    expect(vectors.length).toBe(3);
    for (const v of vectors) expect(parsed(v)).toEqual(DELIBERATE_DIFFERENCES[nameOf(v)] ?? v.expected);
  });
});

describe("parseHeaderBlock", () => {
  it("unfolds per RFC 5322: the line break goes, the space or tab after it stays", () => {
    expect(parseHeaderBlock("Subject: a long\r\n subject\r\nX-Tab: one\r\n\ttwo\r\n")).toEqual([
      { name: "Subject", key: "subject", raw: "a long subject", value: "a long subject" },
      { name: "X-Tab", key: "x-tab", raw: "one\ttwo", value: "one\ttwo" },
    ]);
  });

  it("decodes folded encoded words into value and keeps them in raw", () => {
    const [subject] = parseHeaderBlock("Subject: =?utf-8?Q?Caf=C3=A9?=\r\n =?utf-8?B?IG91dmVydA==?=\r\n");
    expect(subject.raw).toBe("=?utf-8?Q?Caf=C3=A9?= =?utf-8?B?IG91dmVydA==?=");
    expect(subject.value).toBe("Café ouvert");
  });

  it("keeps NUL, CR and LF that decoding produces", () => {
    expect(firstHeader(parseHeaderBlock("From: =?utf-8?Q?a=00=0D=0Ab?= <x@y>\n"), "from")).toBe(
      "a\0\r\nb <x@y>",
    );
  });

  it("accepts LF and lone CR line ends and stops at the blank line before a body", () => {
    const fields = parseHeaderBlock("From: a@b.example\nTo: c@d.example\rCc: e\n\nBody: not a header\n");
    expect(fields.map((f) => f.name)).toEqual(["From", "To", "Cc"]);
  });

  it("skips what comes before the first field: blank lines, an mbox From line, orphan continuations", () => {
    const fields = parseHeaderBlock("\r\n orphan\r\nFrom MAILER-DAEMON Mon Aug 20 2018\r\nDate: Mon\r\n");
    expect(fields).toEqual([{ name: "Date", key: "date", raw: "Mon", value: "Mon" }]);
  });

  it("takes a line that lost its indentation as a continuation, as MHA does for pasted headers", () => {
    const fields = parseHeaderBlock(
      "Received: from a.example by b.example;\r\n16:20:05 +0000\r\nnot a field\r\nX-A: 1\r\n",
    );
    expect(fields.map((f) => [f.name, f.raw])).toEqual([
      ["Received", "from a.example by b.example; 16:20:05 +0000 not a field"],
      ["X-A", "1"],
    ]);
  });

  it("accepts obsolete white space before the colon and an empty value", () => {
    expect(parseHeaderBlock("Subject : hi\r\nX-Empty:\r\nX-Next: 2").map((f) => [f.key, f.raw])).toEqual([
      ["subject", "hi"],
      ["x-empty", ""],
      ["x-next", "2"],
    ]);
  });

  it("finds values by name in any case, topmost first", () => {
    const fields = parseHeaderBlock("Received: one\r\nX: x\r\nRECEIVED: two\r\n");
    expect(headerValues(fields, "received")).toEqual(["one", "two"]);
    expect(firstHeader(fields, "Received")).toBe("one");
    expect(firstHeader(fields, "missing")).toBeUndefined();
    expect(headerValues(fields, "missing")).toEqual([]);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void parseHeaderBlock(s)));
    expect(parseHeaderBlock(undefined as unknown as string)).toEqual([]);
  });

  it("returns the (name, value) pairs a block was built from, however it is folded", () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,20}$/);
    // Values as a header carries them: no line breaks, no encoded words, no surrounding space or tab.
    const value = fc
      .string({ unit: fc.constantFrom(...'ab :;=?<>@\t"(),é\0'.split("")), maxLength: 40 })
      .map((v) => v.replace(/=\?/g, "=").replace(/^[ \t]+|[ \t]+$/g, ""));
    const field = fc.record({ name, value, fold: fc.array(fc.boolean(), { maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), fc.boolean(), (fields, lf) => {
        const eol = lf ? "\n" : "\r\n";
        // Fold before some of the spaces and tabs after the first character.
        const folded = (v: string, fold: boolean[]) =>
          v.replace(/[ \t]/g, (ws, i: number) => (i > 0 && fold[i % fold.length] ? eol + ws : ws));
        const block = fields.map((f) => `${f.name}: ${folded(f.value, f.fold)}${eol}`).join("");
        const parsed = parseHeaderBlock(block);
        expect(parsed.map((f) => [f.name, f.raw, f.value])).toEqual(
          fields.map((f) => [f.name, f.value, f.value]),
        );
      }),
    );
  });
});

/** About 1 MB: deep folding, 100k encoded words in a display name, pathological address syntax. */
function hostileBlock(): string {
  const fold = (parts: string[], times: number) =>
    Array.from({ length: times }, () => parts)
      .flat()
      .join("\r\n ");
  return [
    `X-Deep: ${fold(["a"], 10_000)}`,
    `From: ${fold(["=?a?Q?b?=".repeat(10)], 10_000)} <x@y.example>`,
    `To: ${"(".repeat(10_000)}, ${'"' + '\\"'.repeat(5_000)}"`,
    `Cc: ${"<".repeat(5_000)}${":".repeat(5_000)}${"@".repeat(5_000)}${",;".repeat(5_000)}`,
    `Reply-To: ${"=?".repeat(5_000)}, ${"a@b.example ".repeat(2_000)}`,
    `Bcc: ${fold(['"x\0"'], 5_000)} <z@w.example>`,
    "",
  ].join("\r\n");
}

describe("a hostile 1 MB block", () => {
  it("parses, and its address fields parse, to something sane", () => {
    const block = hostileBlock();
    expect(block.length).toBeGreaterThan(1_000_000);
    expect(block.length).toBeLessThan(1_100_000);
    const fields = parseHeaderBlock(block);
    expect(fields.map((f) => f.name)).toEqual(["X-Deep", "From", "To", "Cc", "Reply-To", "Bcc"]);
    expect(fields[0].raw).toHaveLength(10_000 * 2 - 1);
    expect(fields[1].value).toBe(`${"b".repeat(100_000)} <x@y.example>`);
    const addresses = fields.slice(1).map((f) => parseAddressList(f.raw));
    expect(addresses[0]).toEqual([{ name: "b".repeat(100_000), address: "x@y.example", problems: [] }]);
    expect(addresses[4][0]).toMatchObject({ address: "z@w.example", problems: ["null-byte"] });
    for (const list of addresses) expect(Array.isArray(list)).toBe(true);
  });
});
