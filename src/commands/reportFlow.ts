/**
 * One report flow for both entry points (ribbon "Report" button and Outlook's own Report button):
 * read the message, analyse it, export the EML, build the report. Delivery is src/report/submitReport.
 */
import { analyze, type Analysis, type MessageSnapshot } from "../engine";
import type { Config } from "../config/configSchema";
import { DEFAULT_CONFIG } from "../config/defaults";
import { contextFor } from "../config/engineContext";
import { withTr46, type Tr46 } from "../config/tr46OnDemand";
import { readEml } from "../office/readEml";
import {
  readItemContext,
  readSnapshot,
  type ItemContext,
  type ReadItem,
  type Requirements,
} from "../office/readSnapshot";
import { buildReport, type Report } from "../report/buildReport";
import { bundledFeed } from "../feed/bundledFeed";
import type { Feed } from "../feed/feedSchema";
import { defaultFeedStore } from "../feed/refresh/feedStores";
import { lastGoodFeed, type FeedSettings } from "../feed/refresh/lastGoodFeed";

/** What the flow needs from its host; built from `Office` in commands.ts, by hand in tests. */
export interface FlowEnv {
  item: ReadItem | null | undefined;
  requirements: Requirements;
  /** The reporting user's address. */
  reporter?: string;
  loadConfig(): Promise<Config>;
  /** The domain feed; by default the pane's last good download (IndexedDB), else the bundled one. */
  loadFeed?(settings: FeedSettings): Promise<Feed>;
  now(): Date;
  /** Per Office call; default 15 s. */
  timeoutMs?: number;
  /** For getAsFileAsync; default EML_TIMEOUT_MS (large messages take long to export). */
  emlTimeoutMs?: number;
  /**
   * Loads the IDNA tables when an international name needs them and they are not here yet; without
   * it the runtime must have provided them (classic Outlook's bundle carries them).
   */
  loadTr46?: () => Promise<Tr46>;
}

/** What the user said in Outlook's Report dialog. */
export interface UserInput {
  options?: boolean[];
  freeText?: string;
}

export interface PreparedReport {
  report: Report;
  snapshot: MessageSnapshot;
  analysis: Analysis;
  itemContext: ItemContext;
  config: Config;
}

export async function prepareReport(env: FlowEnv, user: UserInput = {}): Promise<PreparedReport> {
  const item = env.item;
  if (!item) throw new Error("No message is open.");
  const options = { timeoutMs: env.timeoutMs };
  const settings = env.loadConfig().catch(() => DEFAULT_CONFIG);
  const [snapshot, itemContext, config, feed] = await Promise.all([
    readSnapshot(item, env.requirements, options),
    readItemContext(item, options),
    settings,
    settings.then((c) => (env.loadFeed ?? loadLastGoodFeed)(c.feed)).catch(() => bundledFeed()),
  ]);
  // After the snapshot, so that at most three Office calls run at once.
  const eml = await readEml(item, env.requirements, { timeoutMs: env.emlTimeoutMs });
  const now = env.now();
  const check = () => analyze(snapshot, contextFor(config, feed, now));
  const analysis = env.loadTr46 ? await withTr46(check, env.loadTr46) : check();
  const report = buildReport({
    snapshot,
    analysis,
    now,
    emlBase64: "base64" in eml ? eml.base64 : undefined,
    emlUnavailableReason: "unavailable" in eml ? eml.unavailable : undefined,
    userOptions: user.options,
    userComment: user.freeText,
    reporter: env.reporter,
    mailboxOwner: itemContext.owner,
  });
  return { report, snapshot, analysis, itemContext, config };
}

/** The commands run without the pane: they read what the pane last downloaded and verified. */
async function loadLastGoodFeed(settings: FeedSettings): Promise<Feed> {
  return (await lastGoodFeed(defaultFeedStore(), bundledFeed(), settings)).feed;
}
