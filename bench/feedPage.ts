/**
 * The feed bench's page script (feedInChromium.ts bundles it): fetches the signed feed once and does
 * what the pane has done before a stored or downloaded list arrives (warmEngine.ts indexes the
 * built-in one), then runs a case when asked, keeping what it made alive as the pane would.
 */
import { DEFAULT_CONFIG } from "../src/config/defaults";
import { contextFor } from "../src/config/engineContext";
import { runCase, stages, type Case, type FeedInput } from "./feedCase";

let input: FeedInput | undefined;
/** What the last case made, alive as the pane keeps its index. */
const kept: unknown[] = [];

async function load(): Promise<void> {
  const bytes = new Uint8Array(await (await fetch("feed.json")).arrayBuffer());
  const [signature, publicKey] = (await (await fetch("keys")).text()).split("\n");
  input = { bytes, signature, publicKey };
  kept[0] = contextFor(DEFAULT_CONFIG);
}

async function run(which: Case): Promise<number> {
  if (!input) throw new Error("load() first");
  const result = await runCase(which, input);
  kept[0] = result.made;
  return result.ms;
}

function timeStages(): Promise<Record<string, number>> {
  if (!input) throw new Error("load() first");
  return stages(input);
}

Object.assign(window, { feedBench: { load, run, stages: timeStages } });
