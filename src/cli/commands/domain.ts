import { checkDomain, type Context } from "../../engine";
import { EXIT, type CliIo } from "../io";
import { terminalSafe } from "../terminalText";

/** `domain [--json] DOMAIN_OR_URL…`: one block per input with every technique that applies. */
export function domain(inputs: string[], json: boolean, context: Context, io: CliIo): number {
  let failed = 0;
  for (const input of inputs) {
    const result = checkDomain(input, context.domains);
    if (result.error) {
      // Not a verdict: what could not be parsed was not checked.
      failed++;
      io.err(terminalSafe(`campaign-guard: ${JSON.stringify(input)}: ${result.error}`));
      if (json) io.out(JSON.stringify({ input, error: result.error }));
      continue;
    }
    if (json) {
      const { input: given, domain: host, unicode, verdict, matches } = result;
      io.out(
        JSON.stringify({
          input: given,
          domain: host,
          ...(unicode ? { unicode } : {}),
          verdict,
          matches: matches.map(({ technique, severity, imitates, explanation, source }) => ({
            technique,
            severity,
            imitates,
            explanation,
            ...(source ? { source } : {}),
          })),
        }),
      );
    } else {
      const shown = result.unicode ? `${result.domain} (displays as ${result.unicode})` : result.domain;
      io.out(terminalSafe(`${result.verdict.toUpperCase().padEnd(10)} ${shown}`));
      for (const m of result.matches) io.out(terminalSafe(`  ${m.technique}: ${m.explanation}`));
    }
  }
  return failed > 0 ? EXIT.inputError : EXIT.ok;
}
