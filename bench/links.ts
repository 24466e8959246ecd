/**
 * Link extraction cost: 10,000 links in a 5 MB HTML body, extracted and then unwrapped and described
 * (the whole link table), next to htmlparser2 tokenising the same body with no handlers, measured in
 * the same run.
 *
 *   npm run bench -- links
 */
import { Parser } from "htmlparser2";
import { emptySnapshot } from "../src/engine";
import { extractLinks } from "../src/engine/links/extract";
import { buildLinkTable } from "../src/engine/links/linkTable";

const TARGET = 5 * 1024 * 1024;

/** A long newsletter: every fourth link wrapped by Safe Links, the rest plain, padded to 5 MB. */
function body(): string {
  const parts: string[] = ["<html><body><table>"];
  for (let i = 0; i < 10_000; i++) {
    const target = `https://news.example.org/story/${i}?utm_source=mail&amp;utm_medium=email`;
    const href =
      i % 4 === 0
        ? `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&amp;data=05%7C02%7Cx%40y.org&amp;reserved=0`
        : target;
    parts.push(`<tr><td><a href="${href}"><span style="color:#0645ad">Story ${i}</span></a></td></tr>`);
  }
  let html = parts.join("\n");
  const filler = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20) + "</p>\n";
  while (html.length < TARGET) html += filler;
  return `${html}</table></body></html>`;
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

export function run(): void {
  const html = body();
  const tokenise = () => {
    const parser = new Parser({});
    parser.write(html);
    parser.end();
  };
  tokenise();
  extractLinks({ bodyHtml: html });
  const baseline = Math.min(time(tokenise), time(tokenise));
  let count = 0;
  const extract = Math.min(
    time(() => (count = extractLinks({ bodyHtml: html }).links.length)),
    time(() => extractLinks({ bodyHtml: html })),
  );
  const table = time(() => buildLinkTable({ ...emptySnapshot("eml"), bodyHtml: html }));
  process.stdout.write(
    [
      `links: ${(html.length / 1024 / 1024).toFixed(1)} MB HTML body with ${count.toLocaleString("en-US")} links extracted`,
      `  extraction       ${extract.toFixed(0)} ms`,
      `  whole link table ${table.toFixed(0)} ms (extraction + unwrapping + host checks)`,
      `  baseline         ${baseline.toFixed(0)} ms (htmlparser2 tokenising the same body, no handlers): extraction is ${(extract / baseline).toFixed(1)}×`,
      "",
    ].join("\n"),
  );
}
