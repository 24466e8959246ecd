import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../test/support/cli";
import { withExtraSpoof } from "../feed/testing/extraSpoof";

const cli = (...argv: string[]) => runCli(argv);
const dir = mkdtempSync(join(tmpdir(), "cg-feed-"));
const at = (name: string) => join(dir, name);

const source = {
  validDays: 30,
  protected: [{ domain: "senate.gov", name: "U.S. Senate", category: "government" }],
  spoofs: [
    {
      domain: "fresh-briefing-news.com",
      imitates: ["senate.gov"],
      technique: "brand-token",
      source: "https://example.org/report",
      reported: "2026-01-01",
    },
    {
      domain: "unsourced.example",
      imitates: ["senate.gov"],
      technique: "typo",
      source: "http://x.example/",
      reported: "2026-01-01",
    },
  ],
  allow: [],
};

describe("campaign-guard feed", () => {
  beforeAll(() => writeFileSync(at("source.json"), JSON.stringify(source)));

  it("makes keys, builds, signs and verifies; a changed byte or the wrong key fails with one line", async () => {
    expect((await cli("feed", "keygen", "--private", at("a.key"), "--public", at("a.pub"))).code).toBe(0);
    expect((await cli("feed", "keygen", "--private", at("b.key"), "--public", at("b.pub"))).code).toBe(0);
    expect(statSync(at("a.key")).mode & 0o077).toBe(0);
    // An existing private key is never overwritten.
    const again = await cli("feed", "keygen", "--private", at("a.key"), "--public", at("c.pub"));
    expect(again).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^campaign-guard: cannot write .*EEXIST$/),
    });

    const built = await cli("feed", "build", at("source.json"), "--out", at("feed.json"));
    expect(built.code).toBe(0);
    expect(built.err).toContain("left out spoof 1 (unsourced.example): no public https source");
    expect(JSON.parse(readFileSync(at("feed.json"), "utf8")).version).toBe(1);
    const next = await cli(
      "feed",
      "build",
      at("source.json"),
      "--previous",
      at("feed.json"),
      "--out",
      at("feed2.json"),
    );
    expect(next.out).toMatch(/^version 2: 1 spoofs/);

    expect(
      (await cli("feed", "sign", at("feed.json"), "--key", at("a.key"), "--out", at("feed.sig"))).code,
    ).toBe(0);
    const ok = await cli(
      "feed",
      "verify",
      at("feed.json"),
      "--sig",
      at("feed.sig"),
      "--key",
      at("b.pub"),
      "--key",
      at("a.pub"),
    );
    expect(ok).toMatchObject({ code: 0, out: expect.stringMatching(/^valid: version 1, /) });

    const wrong = await cli("feed", "verify", at("feed.json"), "--sig", at("feed.sig"), "--key", at("b.pub"));
    expect(wrong).toMatchObject({ code: 1, err: expect.stringContaining("did not match any trusted key") });
    expect(wrong.err.split("\n")).toHaveLength(1);

    const bytes = readFileSync(at("feed.json"));
    bytes[10] ^= 1;
    writeFileSync(at("tampered.json"), bytes);
    const tampered = await cli(
      "feed",
      "verify",
      at("tampered.json"),
      "--sig",
      at("feed.sig"),
      "--key",
      at("a.pub"),
    );
    expect(tampered.code).toBe(1);

    const missing = await cli(
      "feed",
      "verify",
      at("feed.json"),
      "--sig",
      at("nope.sig"),
      "--key",
      at("a.pub"),
    );
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^campaign-guard: cannot read signature .*ENOENT$/),
    });
    expect((await cli("feed", "verify", at("feed.json"), "--key", at("a.pub"))).code).toBe(2);
    expect((await cli("feed", "frobnicate")).code).toBe(2);
  });

  it("verify names a spoof entry that is invalid and left out, and still exits 0", async () => {
    const feed = readFileSync(at("feed.json"), "utf8");
    writeFileSync(at("bad-entry.json"), withExtraSpoof(feed, { domain: "broken.example", technique: "x" }));
    expect(
      (await cli("feed", "sign", at("bad-entry.json"), "--key", at("a.key"), "--out", at("bad-entry.sig")))
        .code,
    ).toBe(0);
    const result = await cli(
      "feed",
      "verify",
      at("bad-entry.json"),
      "--sig",
      at("bad-entry.sig"),
      "--key",
      at("a.pub"),
    );
    expect(result).toMatchObject({
      code: 0,
      err: expect.stringMatching(
        /^campaign-guard: spoof 1 is invalid and left out: imitates: not a list of domain names/,
      ),
    });
  });

  it("lets domain (and scan, through the same options) check against a published feed, and refuses one that does not verify", async () => {
    const withFeed = ["--feed", at("feed.json"), "--sig", at("feed.sig"), "--key", at("a.pub")];
    const fresh = await cli("domain", "--json", ...withFeed, "fresh-briefing-news.com");
    expect(JSON.parse(fresh.out).matches[0]).toMatchObject({ technique: "known-spoof" });
    const bundledOnly = await cli("domain", "--json", "fresh-briefing-news.com");
    expect(JSON.stringify(JSON.parse(bundledOnly.out).matches)).not.toContain("known-spoof");

    const refused = await cli(
      "domain",
      "--feed",
      at("tampered.json"),
      "--sig",
      at("feed.sig"),
      "--key",
      at("a.pub"),
      "x.example",
    );
    expect(refused).toMatchObject({ code: 1, out: "" });
    expect((await cli("domain", "--feed", at("feed.json"), "x.example")).code).toBe(2);
  });
});
