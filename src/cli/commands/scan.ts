import { analyze, type Analysis, type Context } from "../../engine";
import { EmlError, parseEml } from "../../eml/parseEml";
import { emlFileSource } from "../../eml/emlFileSource";
import { findEmlFiles } from "../findEmlFiles";
import { EXIT, type CliIo } from "../io";
import { formatScanTable } from "../format";
import { terminalSafe } from "../terminalText";

export interface ScanResult {
  file: string;
  analysis: Analysis;
}

function toJsonLine(file: string, analysis: Analysis): string {
  return JSON.stringify({
    file,
    verdict: analysis.verdict,
    score: analysis.score,
    signals: analysis.signals,
    findings: analysis.findings.map(({ rule, message, severity, weight, title, detail, evidence }) => ({
      rule,
      message,
      severity,
      weight,
      title,
      detail,
      evidence,
    })),
    incomplete: analysis.incomplete,
    ...(analysis.headers ? { headers: analysis.headers } : {}),
    ...(analysis.links ? { links: analysis.links } : {}),
  });
}

async function readMessage(file: string) {
  return parseEml(await emlFileSource(file));
}

function reason(error: unknown): string {
  if (error instanceof EmlError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES") return "permission denied";
  if (code === "ENOENT") return "no such file or directory";
  return error instanceof Error ? error.message : String(error);
}

/** `scan [--json] PATH…`: analyses each message; unreadable inputs are named on stderr and skipped. */
export async function scan(paths: string[], json: boolean, context: Context, io: CliIo): Promise<number> {
  let failed = 0;
  const results: ScanResult[] = [];
  // An input that could not be analysed is named on stderr and, in JSON, has an error line of its
  // own: never a verdict.
  const fail = (file: string, error: string) => {
    failed++;
    io.err(terminalSafe(`campaign-guard: ${file}: ${error}`));
    if (json) io.out(JSON.stringify({ file, error }));
  };
  for (const input of await findEmlFiles(paths)) {
    if ("error" in input) {
      fail(input.file, input.error);
      continue;
    }
    try {
      const analysis = analyze(await readMessage(input.file), context);
      if (json) io.out(toJsonLine(input.file, analysis));
      else results.push({ file: input.file, analysis });
    } catch (error) {
      fail(input.file, reason(error));
    }
  }
  if (!json && results.length > 0) io.out(formatScanTable(results));
  return failed > 0 ? EXIT.inputError : EXIT.ok;
}
