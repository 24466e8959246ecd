import type { EvalEnvironment } from "../../src/cli/commands/eval";
import { defaultManifestTemplate, run } from "../../src/cli/run";

/** Runs the CLI in-process and collects what it printed; `stdin` is what standard input holds. */
export async function runCli(argv: string[], env?: EvalEnvironment, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      ...(stdin === undefined ? {} : { stdin: async () => stdin }),
    },
    defaultManifestTemplate(),
    env,
  );
  return { code, out: out.join("\n"), err: err.join("\n"), lines: out };
}
