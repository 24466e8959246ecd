import { defaultManifestTemplate, run } from "./run";

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

void run(process.argv.slice(2), io, defaultManifestTemplate()).then((code) => {
  process.exitCode = code;
});
