import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildEml, spoofHeaders } from "../../test/support/eml";
import { runCli } from "../../test/support/cli";

const cli = (...argv: string[]) => runCli(argv);
/** ESC, BEL and the right-to-left override, which must never reach a terminal raw. */
const RAW_CONTROLS = ["\u001b", "\u0007", "\u202e"];

const dir = mkdtempSync(join(tmpdir(), "cg-cli-"));
const spoof = join(dir, "spoof.eml");
const clean = join(dir, "nested", "deeper", "clean.EML");
mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
writeFileSync(spoof, buildEml(spoofHeaders()));
writeFileSync(clean, buildEml(spoofHeaders("example.org")));
writeFileSync(join(dir, "nested", "notes.txt"), "not mail");
const empty = join(dir, "empty.eml");
writeFileSync(empty, "");
const binary = join(dir, "photo.eml");
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 4]));

describe("campaign-guard scan", () => {
  it("prints dangerous for a sender on the spoof list, naming the list, and ok for a normal sender", async () => {
    const { code, lines } = await cli("scan", "--json", spoof, clean);
    expect(code).toBe(0);
    const [bad, good] = lines.map((l) => JSON.parse(l));
    expect(bad).toMatchObject({ file: spoof, verdict: "dangerous" });
    expect(bad.findings[0]).toMatchObject({ rule: "sender-known-spoof", severity: "dangerous" });
    expect(bad.findings[0].detail).toContain("known spoof domain");
    expect(Object.keys(bad.findings[0]).sort()).toEqual([
      "detail",
      "evidence",
      "message",
      "rule",
      "severity",
      "title",
      "weight",
    ]);
    // The documented spoof alone decides; other signs (its lure words) add to it.
    expect(bad.score).toBeGreaterThanOrEqual(100);
    expect(bad.signals[0]).toMatchObject({ rule: "sender-known-spoof", weight: 100 });
    expect(good).toMatchObject({ file: clean, verdict: "ok", findings: [], incomplete: [] });
  });

  it("shows the link table, unwrapped, in --json", async () => {
    const wrapped = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent("https://senate.gov-login.com/adfs")}&reserved=0`;
    const file = join(dir, "links.eml");
    writeFileSync(file, buildEml(spoofHeaders("example.org"), `Sign in: ${wrapped}\r\n`));
    const { lines } = await cli("scan", "--json", file);
    const result = JSON.parse(lines[0]);
    expect(result.links.rows[0]).toMatchObject({
      href: wrapped,
      destination: "https://senate.gov-login.com/adfs",
      registrable: "gov-login.com",
      wrappers: ["Microsoft Defender Safe Links"],
    });
    expect(result.findings.map((f: { rule: string }) => f.rule)).toContain("link-lookalike-domain");
  });

  it("walks directories for .eml files, in a stable order", async () => {
    const { lines } = await cli("scan", "--json", join(dir, "nested"));
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([clean]);
  });

  it("names unreadable inputs on stderr, keeps going, and exits 1", async () => {
    const { code, lines, err } = await cli("scan", "--json", empty, binary, join(dir, "missing.eml"), spoof);
    expect(code).toBe(1);
    // Each input has its line: an error line, never a verdict, for what could not be read.
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { file: empty, error: "The file is empty." },
      { file: binary, error: "This is not an email message: the file contains binary data." },
      { file: join(dir, "missing.eml"), error: "no such file or directory" },
      expect.objectContaining({ file: spoof, verdict: "dangerous" }),
    ]);
    expect(err).toContain(`${empty}: The file is empty.`);
    expect(err).toContain(`${binary}: This is not an email message: the file contains binary data.`);
    expect(err).toContain("missing.eml: no such file or directory");
  });

  it("prints a message's control characters visibly in the table: a link text cannot retitle the terminal", async () => {
    const hostile = join(dir, "hostile.eml");
    const text = "https://senate.gov/\u001b]0;owned\u0007\u001b[2J\u202e";
    writeFileSync(
      hostile,
      buildEml(
        { ...spoofHeaders("example.org"), "Content-Type": "text/html; charset=utf-8" },
        `<p><a href="https://login.evil-example.net/">${text}</a></p>\r\n`,
      ),
    );
    const { lines } = await cli("scan", hostile);
    const table = lines.join("\n");
    expect(table).toContain("link-text-mismatch");
    for (const raw of RAW_CONTROLS) expect(table).not.toContain(raw);
    expect(table).toContain("\\u{001B}]0;owned\\u{0007}\\u{001B}[2J\\u{202E}");
  });

  it("analyses a 20 MB message and one without a From header, saying what could not be checked", async () => {
    const big = join(dir, "big.eml");
    const line = "y".repeat(76) + "\r\n";
    writeFileSync(big, buildEml(spoofHeaders(), line.repeat(Math.ceil((20 * 1024 * 1024) / line.length))));
    const noFrom = join(dir, "no-from.eml");
    writeFileSync(noFrom, "Subject: hello\r\nDate: Tue, 21 Aug 2018 09:12:00 +0000\r\n\r\nbody\r\n");
    const { code, lines } = await cli("scan", "--json", big, noFrom);
    expect(code).toBe(0);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect(a.verdict).toBe("dangerous");
    expect(b).toMatchObject({ verdict: "ok", incomplete: [{ rule: "from" }] });
    expect(b.incomplete[0].reason).toContain("no From address");
  }, 60_000); // a 20 MB parse takes seconds on a busy 2-core machine

  it("prints a readable table without --json", async () => {
    const { code, out } = await cli("scan", spoof, clean);
    expect(code).toBe(0);
    expect(out).toMatch(/^DANGEROUS\s+.*spoof\.eml$/m);
    expect(out).toMatch(/^OK\s+.*clean\.EML$/m);
    expect(out).toContain("2 messages: 1 ok, 1 dangerous");
  });

  it("applies --config and rejects a bad one with exit 2", async () => {
    const good = join(dir, "config.json");
    writeFileSync(good, JSON.stringify({ organizationDomains: ["example.org"], vipNames: ["Jane Doe"] }));
    expect((await cli("scan", "--config", good, clean)).code).toBe(0);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const result = await cli("scan", "--config", bad, clean);
    expect(result.code).toBe(2);
    expect(result.err).toContain("not valid JSON");
    writeFileSync(bad, JSON.stringify({ orgDomains: [] }));
    expect((await cli("scan", "--config", bad, clean)).err).toContain('Unrecognized key: "orgDomains"');
    expect((await cli("scan", "--config", join(dir, "nope.json"), clean)).code).toBe(2);
  });
});

describe("campaign-guard scan --files-from", () => {
  // More paths than a command line through npm takes (it exits 249 with no message).
  const missing = Array.from({ length: 3000 }, (_, i) => join(dir, "gone", `message-${i}.eml`));

  it("scans thousands of paths listed on standard input, one a line", async () => {
    const stdin = [spoof, ...missing, clean].join("\r\n") + "\r\n";
    const { code, lines, err } = await runCli(["scan", "--json", "--files-from", "-"], undefined, stdin);
    expect(code).toBe(1);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.filter((l) => l.verdict).map((l) => [l.file, l.verdict])).toEqual([
      [spoof, "dangerous"],
      [clean, "ok"],
    ]);
    expect(parsed.filter((l) => l.error)).toHaveLength(3000);
    expect(err.split("\n")[0]).toBe(`campaign-guard: ${missing[0]}: no such file or directory`);
  });

  it("reads a NUL-separated list from a file (find -print0), beside paths and directories", async () => {
    const list = join(dir, "list.txt");
    writeFileSync(list, `${spoof}\0${join(dir, "with\nnewline.eml")}\0`);
    writeFileSync(join(dir, "with\nnewline.eml"), buildEml(spoofHeaders("example.org")));
    const { code, lines } = await cli("scan", "--json", join(dir, "nested"), "--files-from", list);
    expect(code).toBe(0);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([clean, spoof, join(dir, "with\nnewline.eml")]);
  });

  it("is a usage error when the list cannot be read or names nothing", async () => {
    const nope = await cli("scan", "--files-from", join(dir, "no-list.txt"));
    expect([nope.code, nope.err]).toEqual([2, expect.stringContaining("cannot read --files-from")]);
    const blank = await runCli(["scan", "--files-from", "-"], undefined, "\n\n");
    expect([blank.code, blank.err]).toEqual([2, expect.stringContaining("--files-from - names no paths")]);
    expect((await cli("domain", "--files-from", "-", "x.org")).code).toBe(2);
  });
});

describe("campaign-guard domain", () => {
  it("prints one JSON line per input with the technique and explanation", async () => {
    const { code, lines } = await cli(
      "domain",
      "--json",
      "adfs.senate.group",
      "https://my-iri.org/login",
      "senate.gov",
    );
    expect(code).toBe(0);
    const [a, b, c] = lines.map((l) => JSON.parse(l));
    expect(a).toMatchObject({
      input: "adfs.senate.group",
      domain: "adfs.senate.group",
      verdict: "dangerous",
    });
    expect(a.matches[0]).toMatchObject({ imitates: ["senate.gov"], technique: "known-spoof" });
    expect(a.matches.map((m: { technique: string }) => m.technique)).toContain("tld-swap");
    expect(a.matches[0].explanation).toContain("senate.group");
    expect(b).toMatchObject({ domain: "my-iri.org", verdict: "dangerous" });
    expect(c).toEqual({ input: "senate.gov", domain: "senate.gov", verdict: "ok", matches: [] });
  });

  it("reports input that is not a domain and exits 1", async () => {
    const { code, err, lines } = await cli("domain", "--json", "not a domain");
    expect(code).toBe(1);
    expect(err).toContain("not a domain name or URL");
    expect(JSON.parse(lines[0])).toEqual({ input: "not a domain", error: "not a domain name or URL" });
  });

  it("never gives a verdict for what it could not parse ('%%%')", async () => {
    const { code, lines } = await cli("domain", "--json", "%%%", "senate.group");
    expect(code).toBe(1);
    expect(JSON.parse(lines[0])).toEqual({ input: "%%%", error: expect.any(String) });
    expect(lines[0]).not.toContain("verdict");
    expect(JSON.parse(lines[1])).toMatchObject({ domain: "senate.group", verdict: "dangerous" });
  });

  it("writes terminal control and bidi characters from its input visibly, never raw", async () => {
    const { lines, err } = await cli("domain", "x\u001b]0;owned\u0007\u001b[2J\u202e.com");
    const out = [...lines, err].join("\n");
    for (const raw of RAW_CONTROLS) expect(out).not.toContain(raw);
    // The error line quotes the input as JSON (C0 escaped) and shows the override as \u{202E}.
    expect(out).toContain("owned");
    expect(out).toContain("\\u{202E}");
  });
});

describe("usage errors", () => {
  it.each([
    [[]],
    [["frobnicate"]],
    [["scan"]],
    [["domain", "--bogus", "x.com"]],
    [["manifest"]],
    [["manifest", "--url", "http://x.org/"]],
  ])("%j exits 2 with a hint", async (argv) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toContain("campaign-guard --help");
  });

  it("prints help", async () => {
    const { code, out } = await cli("--help");
    expect(code).toBe(0);
    expect(out).toContain("scan [--json]");
  });
});

describe("campaign-guard manifest", () => {
  it("moves every localhost URL to the admin's host and keeps the manifest valid", async () => {
    const { code, out } = await cli("manifest", "--url", "https://addins.campaign.org/guard");
    expect(code).toBe(0);
    expect(out).not.toContain("localhost");
    expect(out).toContain("https://addins.campaign.org/guard/taskpane.html");
  });

  it("writes the well-known file for classic Outlook, naming commands.js, and says where to serve it", async () => {
    const out = mkdtempSync(join(tmpdir(), "cg-wellknown-"));
    const file = join(out, "microsoft-officeaddins-allowed.json");
    const { code, err } = await cli(
      "manifest",
      "--url",
      "https://addins.campaign.org/guard/",
      "--out",
      join(out, "manifest.prod.xml"),
      "--well-known",
      file,
    );
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      allowed: ["https://addins.campaign.org/guard/commands.js"],
    });
    expect(err).toContain(
      "serve it at https://addins.campaign.org/.well-known/microsoft-officeaddins-allowed.json",
    );
  });
});
