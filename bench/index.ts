/** Runs the benchmarks named on the command line, or all of them: `npm run bench [-- NAME…]`. */
import { run as feed } from "./feed";
import { run as headers } from "./headers";
import { run as hostile } from "./hostile";
import { run as links } from "./links";
import { run as lookalike } from "./lookalike";
import { run as pane } from "./pane";
import { run as weight } from "./weight";

const BENCHES: Record<string, () => void | Promise<void>> = {
  lookalike,
  feed,
  headers,
  hostile,
  links,
  pane,
  weight,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark: ${unknown.join(", ")} (have: ${Object.keys(BENCHES).join(", ")})\n`,
  );
  process.exit(2);
}
async function main(): Promise<void> {
  for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) await BENCHES[name]();
}
void main();
