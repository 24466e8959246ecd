import { useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import type { Config } from "../config/configSchema";
import { contextFor } from "../config/engineContext";
import { loadTr46 } from "../config/loadTr46";
import { memoWithTr46, provideTr46, withTr46 } from "../config/tr46OnDemand";
import { analyze, type Analysis, type Context, type MessageSnapshot } from "../engine";
import { bundledFeed } from "../feed/bundledFeed";
import type { Feed } from "../feed/feedSchema";
import { useLanguage } from "./i18n";
import type { Coverage } from "./ResultView";

export interface CheckResult {
  snapshot: MessageSnapshot;
  analysis: Analysis;
  /** Sizes of the spoof list and the protected set used, for the "what was checked" line. */
  coverage: Coverage;
}

export type AnalysisState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "done"; result: CheckResult };

const PUNYCODE = /xn--/i;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Punycode anywhere, or a non-ASCII sender domain: the IDNA tables will be needed, so they are loaded
 * before the first run rather than after it. Only a shortcut: a need it misses is still caught by
 * `withTr46`, which runs again.
 */
function needsTr46(s: MessageSnapshot): boolean {
  const domains = [s.from, s.sender, ...s.replyTo].map((m) =>
    m?.address.slice(m.address.lastIndexOf("@") + 1),
  );
  return (
    domains.some((d) => d !== undefined && (PUNYCODE.test(d) || NON_ASCII.test(d))) ||
    [s.rawHeaders, s.bodyHtml, s.bodyText].some((text) => text !== undefined && PUNYCODE.test(text))
  );
}

/** Starts loading the IDNA tables as soon as a message that will need them is read (see readAhead). */
export function prepareFor(snapshot: MessageSnapshot): void {
  if (needsTr46(snapshot)) loadTr46().then(provideTr46, () => undefined);
}

async function check<R>(
  request: R,
  load: (request: R) => Promise<MessageSnapshot>,
  contextOf: () => Context,
): Promise<AnalysisState> {
  try {
    // The domain index (built once per configuration and feed, the costliest step of a first check) is
    // built while Outlook reads the message, not after.
    const [snapshot] = await Promise.all([load(request), Promise.resolve().then(contextOf)]);
    if (needsTr46(snapshot)) provideTr46(await loadTr46());
    // The context is read inside the run: a run again with the IDNA tables may rebuild the index too.
    const { analysis, context } = await withTr46(() => {
      const context = contextOf();
      return { analysis: analyze(snapshot, { ...context, now: new Date() }), context };
    }, loadTr46);
    return { status: "done", result: { snapshot, analysis, coverage: context.domains.size } };
  } catch (error) {
    return { status: "error", error };
  }
}

const contexts = new WeakMap<Config, WeakMap<Feed, () => Context>>();

/**
 * The engine context for a configuration and feed, built once for the page: the domain index is the
 * costliest step of a first check, and the warm-up (warmEngine) builds it before Outlook is ready.
 */
export function sharedContext(config: Config, feed: Feed = bundledFeed()): () => Context {
  let byFeed = contexts.get(config);
  if (!byFeed) contexts.set(config, (byFeed = new WeakMap()));
  let built = byFeed.get(feed);
  if (!built) byFeed.set(feed, (built = memoWithTr46(() => contextFor(config, feed))));
  return built;
}

/**
 * Loads and analyses a message for each new request (compared by identity: pass a new object to check
 * again). The result of a request that has since been replaced is dropped, so a slow read of the
 * previous message can never overwrite the current one. `load` must be stable.
 */
export function useAnalysis<R extends object>(
  request: R | null,
  load: (request: R) => Promise<MessageSnapshot>,
  config: Config,
  /** The domain feed in use; the bundled one when not given. */
  feed?: Feed,
): AnalysisState {
  const [settled, setSettled] = useState<{ request: R; state: AnalysisState } | null>(null);
  // The domain index is built once per configuration and feed, not once per message; findings are written in
  // the reader's language, which "auto" in the configuration leaves to the pane.
  const language = useLanguage();
  const built = useMemo(() => sharedContext(config, feed), [config, feed]);
  const contextOf = useMemo(
    () => () => {
      const context = built();
      return { ...context, settings: { ...context.settings, language } };
    },
    [built, language],
  );
  useEffect(() => {
    if (request === null) return;
    let current = true;
    void check(request, load, contextOf).then((state) => {
      // In the same task as the check: given a turn first, the browser would lay out and paint the
      // skeleton it is about to replace (20 ms in Chromium) before the verdict.
      if (current) flushSync(() => setSettled({ request, state }));
    });
    return () => {
      current = false;
    };
  }, [request, load, contextOf]);
  if (request === null) return { status: "idle" };
  return settled?.request === request ? settled.state : { status: "loading" };
}
