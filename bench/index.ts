/** Runs the benchmarks named on the command line, or all of them: `npm run bench [-- NAME…]`. */
import { run as lookalike } from "./lookalike";

const BENCHES: Record<string, () => void> = { lookalike };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark: ${unknown.join(", ")} (have: ${Object.keys(BENCHES).join(", ")})\n`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) BENCHES[name]();
