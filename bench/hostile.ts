/**
 * Hostile messages against their budgets: analyze() on a message built to exhaust the reader must
 * stay within ENGINE_BUDGET_MS whatever it holds. Each case is printed with its budget, the findings
 * and rows it produced, and a baseline measured in the same run (htmlparser2 tokenising the same
 * body with no handlers; for attachments, copying the attachment list).
 *
 *   npm run bench -- hostile
 */
import { Parser } from "htmlparser2";
import { analyze, emptySnapshot, type MessageSnapshot } from "../src/engine";
import { contextFor } from "../src/config/engineContext";
import { DEFAULT_CONFIG } from "../src/config/defaults";

export const ENGINE_BUDGET_MS = 1_000;

function message(extra: Partial<MessageSnapshot>): MessageSnapshot {
  return {
    ...emptySnapshot("eml"),
    rawHeaders: "From: Ana <ana@campaign.example>\r\nSubject: Documents\r\n\r\n",
    from: { name: "Ana", address: "ana@campaign.example" },
    subject: "Documents",
    ...extra,
  };
}

/** The three messages the security probe used (issue 17), built the same way. */
export function hostileMessages(): Record<string, MessageSnapshot> {
  const html = (n: number, link: (i: number) => string) =>
    `<html><body>${Array.from({ length: n }, (_, i) => link(i)).join("\n")}</body></html>`;
  return {
    "10,000 attachments f1.exe…f10000.exe": message({
      attachments: Array.from({ length: 10_000 }, (_, i) => ({
        name: `f${i + 1}.exe`,
        contentType: "application/octet-stream",
        size: 1024,
        inline: false,
      })),
    }),
    "100,000 links to distinct hosts": message({
      bodyHtml: html(100_000, (i) => `<a href="https://host${i}.example${i % 97}.com/p">Story ${i}</a>`),
    }),
    "100,000 distinct look-alike links": message({
      bodyHtml: html(100_000, (i) => `<a href="https://senate.gov-login${i}.com/adfs">senate.gov</a>`),
    }),
  };
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

function tokenise(html: string): void {
  const parser = new Parser({});
  parser.write(html);
  parser.end();
}

export function run(): void {
  const context = contextFor(DEFAULT_CONFIG);
  const lines = [
    `hostile: analyze() on messages built to exhaust the reader (budget ${ENGINE_BUDGET_MS} ms each)`,
  ];
  let over = 0;
  for (const [name, snapshot] of Object.entries(hostileMessages())) {
    analyze(snapshot, context); // warm up
    let analysis = analyze(snapshot, context);
    const ms = Math.min(
      time(() => (analysis = analyze(snapshot, context))),
      time(() => analyze(snapshot, context)),
    );
    const body = snapshot.bodyHtml;
    const baseline = body
      ? time(() => tokenise(body))
      : time(() => snapshot.attachments.map((a) => ({ ...a })));
    const json = JSON.stringify(analysis).length;
    const within = ms <= ENGINE_BUDGET_MS;
    if (!within) over++;
    lines.push(
      `  ${name.padEnd(38)} ${ms.toFixed(0).padStart(5)} ms ${within ? "within" : "OVER"} budget; ` +
        `${analysis.findings.length} findings, ${analysis.links?.rows.length ?? 0} link rows, JSON ${(json / 1024).toFixed(0)} KB; ` +
        `baseline ${baseline.toFixed(0)} ms (${body ? "htmlparser2 tokenising the body" : "copying the attachment list"}), ${(ms / baseline).toFixed(1)}×`,
    );
  }
  lines.push(over === 0 ? "  every case within budget" : `  ${over} case(s) OVER budget`);
  process.stdout.write(`${lines.join("\n")}\n`);
  if (over > 0) process.exitCode = 1;
}
