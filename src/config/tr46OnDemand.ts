/**
 * tr46 (UTS #46 mapping tables, about 60 kB of the pane's gzipped JavaScript), loaded on first need.
 * The engine only reaches it for a host with an "xn--" label or a non-ASCII character
 * (src/engine/domains/idn), which few messages have. webpack resolves the engine's `tr46` import to
 * this module in the browser bundles (webpack.config.js); classic Outlook's commands.js, which cannot
 * load chunks, hands over the real module at start (`provideTr46`), while the pane and commands-web.js
 * load it on need (`withTr46`, src/config/loadTr46.ts). Until the tables are here, a call is answered
 * as an error and counted as a miss: `withTr46` then loads them and runs again, so no result is ever
 * built from the stand-in.
 */
import type { Tr46Options } from "tr46";

export type Tr46 = { toUnicode(domain: string, options?: Tr46Options): { domain: string; error: boolean } };

let tables: Tr46 | undefined;
let misses = 0;

/** tr46's `toUnicode`, or a stand-in (an error) while the tables are not loaded. */
export function toUnicode(domain: string, options?: Tr46Options): { domain: string; error: boolean } {
  if (tables) return tables.toUnicode(domain, options);
  misses++;
  return { domain, error: true };
}

/** For bundles that carry tr46 themselves. */
export function provideTr46(module: Tr46): void {
  tables = module;
}

/**
 * Runs `run`; when it needed the tables before they were here, loads them and runs it again. `load` is
 * the caller's `import()`: none here, as the commands bundle must stay without chunk loading (webpack's
 * chunk runtime looks for a document when it starts).
 */
export async function withTr46<T>(run: () => T, load: () => Promise<Tr46>): Promise<T> {
  const before = misses;
  const first = run();
  if (misses === before) return first;
  tables ??= await load();
  return run();
}

/**
 * `build()` once, like a memo, but built again on a later call when the first build needed the tables
 * before they were here and they have arrived since (the domain index decodes international names).
 */
export function memoWithTr46<T>(build: () => T): () => T {
  let built: { value: T; complete: boolean } | undefined;
  return () => {
    if (!built || (!built.complete && tables)) {
      const before = misses;
      const value = build();
      built = { value, complete: misses === before };
    } else if (!built.complete) {
      misses++; // still built from the stand-in: a `withTr46` around this call must load and run again
    }
    return built.value;
  };
}
