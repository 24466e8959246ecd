import { readStdin } from "./pathList";
import { defaultManifestTemplate, run } from "./run";

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  stdin: readStdin,
};

void run(process.argv.slice(2), io, defaultManifestTemplate()).then((code) => {
  process.exitCode = code;
});
