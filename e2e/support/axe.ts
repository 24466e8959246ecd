import { readFileSync } from "node:fs";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

/** A violation as printed in a failing test. */
export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

let axeSource: string | undefined;

/** Injects axe-core (from node_modules) into the page and runs it over the whole document. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core"), "utf8");
  // Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? undefined,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        html: n.html,
        summary: n.failureSummary ?? "",
      })),
    }));
  });
}

/** Only what blocks or seriously hinders people using assistive technology. */
export function seriousOrWorse(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
}
