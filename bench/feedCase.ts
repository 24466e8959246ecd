import { DEFAULT_CONFIG } from "../src/config/defaults";
import { contextFor } from "../src/config/engineContext";
import { acceptFeed } from "../src/feed/acceptFeed";
import { parseFeedLeniently } from "../src/feed/feedSchema";
import { verifyBytes } from "../src/feed/signature";

/** JSON.parse of the feed's bytes (the baseline), or the feed path the pane and the CLI take. */
export type Case = "json" | "feed";

export interface FeedInput {
  bytes: Uint8Array;
  signature: string;
  publicKey: string;
}

/** Runs one case; returns its milliseconds and what it made, which the caller keeps alive. */
export async function runCase(which: Case, input: FeedInput): Promise<{ ms: number; made: unknown }> {
  const start = performance.now();
  let made: unknown;
  if (which === "json") made = JSON.parse(new TextDecoder().decode(input.bytes));
  else {
    const { feed } = await acceptFeed(input.bytes, input.signature, {
      publicKeys: [input.publicKey],
      now: new Date(),
    });
    made = contextFor(DEFAULT_CONFIG, feed);
  }
  return { ms: performance.now() - start, made };
}

/** The feed path's stages one after another, as acceptFeed and contextFor run them, each timed. */
export async function stages(input: FeedInput): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  let start = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - start;
    start = now;
  };
  await verifyBytes(input.bytes, input.signature, [input.publicKey]);
  lap("verify");
  const text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
  lap("decode");
  const json: unknown = JSON.parse(text);
  lap("JSON.parse");
  const { feed } = parseFeedLeniently(json);
  lap("validate");
  contextFor(DEFAULT_CONFIG, feed);
  lap("index");
  return times;
}
