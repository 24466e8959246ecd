/** @jest-environment jsdom */
import "./testPolyfills";
import type { Language, LinkRow, LinkTable } from "../engine";
import { LinkList, MAX_LINK_ROWS } from "./LinkList";
import { buttonNamed, cleanup, click, inPane, render, textOf } from "./testUtils";

const row = (source: LinkRow["source"], text: string, host: string): LinkRow => ({
  source,
  text,
  href: `https://${host}/x`,
  destination: `https://${host}/x`,
  scheme: "https:",
  host,
  registrable: host,
  wrappers: [],
  flags: [],
});

const links: LinkTable = {
  rows: [
    row("a", "Open the document", "docs-share.example"),
    row("qr", "image001.png", "senate.gov-login.com"),
    row("qr", "", "mfa-revalidate.example"),
    row("pdf", "invoice.pdf", "billing-portal.example"),
  ],
  truncated: false,
};

async function shown(language: Language, heading: string) {
  const { container } = await render(inPane(<LinkList links={links} />, language));
  await click(buttonNamed(container, heading));
  return textOf(container);
}

afterEach(cleanup);

describe("LinkList", () => {
  it("says where a link hidden in a picture or a PDF came from", async () => {
    const text = await shown("en", "Links (4)");
    expect(text).toContain("“Open the document” → docs-share.example");
    expect(text).toContain("From a QR code in image001.png → senate.gov-login.com");
    expect(text).toContain("From a QR code in a picture → mfa-revalidate.example");
    expect(text).toContain("From the PDF invoice.pdf → billing-portal.example");
  });

  it("in Spanish", async () => {
    const text = await shown("es", "Enlaces (4)");
    expect(text).toContain("De un código QR en image001.png → senate.gov-login.com");
    expect(text).toContain("De un código QR en una imagen → mfa-revalidate.example");
    expect(text).toContain("Del PDF invoice.pdf → billing-portal.example");
  });

  it("renders at most MAX_LINK_ROWS rows and says how many more there are, in both languages", async () => {
    const many: LinkTable = {
      rows: Array.from({ length: 2_000 }, (_, i) => row("a", `link ${i}`, `h${i}.example`)),
      truncated: true,
    };
    for (const [language, heading, more] of [
      ["en", "Links (2000+)", "and 1,900 more links"],
      ["es", "Enlaces (2000+)", "y 1900 enlaces más"],
    ] as const) {
      const { container } = await render(inPane(<LinkList links={many} />, language));
      await click(buttonNamed(container, heading));
      expect(container.querySelectorAll("li")).toHaveLength(MAX_LINK_ROWS);
      expect(textOf(container)).toContain(more);
      cleanup();
    }
  });
});
