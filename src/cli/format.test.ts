import type { Analysis, Finding } from "../engine";
import { formatScanTable } from "./format";

const finding = (more?: number): Finding => ({
  rule: "attachment-risk",
  message: "program",
  category: "attachments",
  severity: "dangerous",
  weight: 10,
  title: "A program is attached",
  detail: "f5.exe runs when opened.",
  evidence: {},
  tip: "attachments",
  ...(more ? { more } : {}),
});

describe("formatScanTable", () => {
  it("counts a rule's findings that were left out instead of listing them", () => {
    const analysis: Analysis = {
      verdict: "dangerous",
      score: 10,
      signals: [],
      findings: [finding(), finding(9_995)],
      incomplete: [],
      stats: { rulesRun: 1, rulesFailed: 0, durationMs: 1 },
      truncated: { findings: { "attachment-risk": 9_995 } },
    };
    const lines = formatScanTable([{ file: "m.eml", analysis }]).split("\n");
    expect(lines.filter((l) => l.includes("A program is attached"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("more like this"))).toEqual([
      "               and 9995 more like this (attachment-risk)",
    ]);
  });
});
