import { emptySnapshot, type EmbeddedLink } from "../message";
import { extractLinks } from "./extract";
import { buildLinkTable } from "./linkTable";

const qr = (href: string, container = "image001.png"): EmbeddedLink => ({ href, source: "qr", container });

describe("embedded links (QR codes, PDF link actions)", () => {
  it("come after the body's links, with the picture or PDF as their text", () => {
    const { links } = extractLinks({
      bodyHtml: '<a href="https://example-shop.com/">Shop</a>',
      embeddedLinks: [
        qr("https://senate.gov-login.com/mfa"),
        { href: "https://billing.example/i", source: "pdf", container: "invoice.pdf" },
      ],
    });
    expect(links).toEqual([
      { href: "https://example-shop.com/", source: "a", text: "Shop" },
      { href: "https://senate.gov-login.com/mfa", source: "qr", text: "image001.png" },
      { href: "https://billing.example/i", source: "pdf", text: "invoice.pdf" },
    ]);
  });

  it("stay beside the same address in the body, and are cleaned like any href", () => {
    const { links } = extractLinks({
      bodyText: "Go to https://x.example/a",
      embeddedLinks: [qr("  https://x.example/a\n"), qr("https://x.example/a"), qr("   ")],
    });
    expect(links.map((l) => `${l.source} ${l.href}`)).toEqual([
      "text https://x.example/a",
      "qr https://x.example/a",
    ]);
  });

  it("skip malformed entries and respect the link limit", () => {
    const junk = [
      null,
      { href: 5 },
      { href: "https://a.example/", source: "img", container: "x" },
    ] as unknown as EmbeddedLink[];
    expect(extractLinks({ embeddedLinks: junk }).links).toEqual([]);
    const many = Array.from({ length: 5 }, (_, i) => qr(`https://q${i}.example/`));
    const result = extractLinks({ embeddedLinks: many }, { maxLinks: 3 });
    expect(result.links).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });

  it("are rows of the link table, unwrapped and flagged like body links", () => {
    const table = buildLinkTable({
      ...emptySnapshot("eml"),
      embeddedLinks: [
        qr(
          `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent("https://bit.ly/3xYz")}&data=x`,
        ),
        qr("http://203.0.113.9/login", "scan.pdf"),
      ],
    });
    expect(table.rows.map((r) => [r.source, r.text, r.destination, r.flags])).toEqual([
      ["qr", "image001.png", "https://bit.ly/3xYz", ["wrapped", "shortener"]],
      ["qr", "scan.pdf", "http://203.0.113.9/login", ["ip-host"]],
    ]);
  });
});
