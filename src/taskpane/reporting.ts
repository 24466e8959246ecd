/**
 * The pane's side of reporting: builds a report from the checked message (adding the EML), delivers
 * it as configured — here a sign-in window may open, since the user has just pressed a button — and
 * keeps retrying what waits in the outbox while the pane is open.
 */
import type { Config } from "../config/configSchema";
import type { Language } from "../engine";
import { readEml } from "../office/readEml";
import { readItemContext, type ReadItem } from "../office/readSnapshot";
import { buildReport } from "../report/buildReport";
import type { FetchLike } from "../report/deliver";
import { graphTokens, type OfficeForAuth } from "../report/graphAuth";
import { createNestablePcaOnDemand } from "../report/loadMsal";
import { Outbox, type OutboxEntry } from "../report/outbox";
import { defaultOutboxStore } from "../report/outboxStores";
import { deliverEntry, submitReport, type ReportOutcome, type SubmitEnv } from "../report/submitReport";
import type { CheckResult } from "./useAnalysis";

export interface PaneReporting {
  language: Language;
  outbox: Outbox;
  /** Reports the checked message (interactive sign-in allowed). */
  submit(result: CheckResult): Promise<ReportOutcome>;
  /** The user pressed "Send now" (or "Sign in and send") on a waiting report. */
  retry(key: string): Promise<OutboxEntry | undefined>;
  discard(key: string): Promise<void>;
  /** Retries every due report without any window; returns when done. */
  processDue(): Promise<void>;
  /** Calls back whenever the outbox may have changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

type OfficeLike = {
  context: {
    mailbox: {
      item?: unknown;
      userProfile?: { emailAddress?: string };
      displayNewMessageForm?: (p: never) => void;
    };
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
};

export function paneReporting(
  office: OfficeLike,
  config: Config,
  language: Language,
  options: { outbox?: Outbox; fetch?: FetchLike; baseUrl?: string } = {},
): PaneReporting {
  const outbox = options.outbox ?? new Outbox(defaultOutboxStore());
  const baseUrl = options.baseUrl ?? new URL(".", location.href).href;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const env = (interactive: boolean, item?: { itemId?: string } | null): SubmitEnv => ({
    settings: config.report,
    language,
    outbox,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    tokens: () =>
      graphTokens({
        clientId: config.report.clientId ?? "",
        authority: config.report.authority,
        baseUrl,
        office: office as unknown as OfficeForAuth,
        interactive,
        createPca: createNestablePcaOnDemand,
      }),
    compose:
      typeof office.context.mailbox.displayNewMessageForm === "function"
        ? (form) => office.context.mailbox.displayNewMessageForm!(form as never)
        : undefined,
    itemId: item?.itemId ?? null,
  });

  let running: Promise<void> | undefined;
  return {
    language,
    outbox,
    async submit(result) {
      const item = office.context.mailbox.item as (ReadItem & { itemId?: string }) | null | undefined;
      if (!item) throw new Error("No message is open.");
      const [eml, where] = await Promise.all([
        readEml(item, office.context.requirements),
        readItemContext(item),
      ]);
      const report = buildReport({
        snapshot: result.snapshot,
        analysis: result.analysis,
        now: new Date(),
        emlBase64: "base64" in eml ? eml.base64 : undefined,
        emlUnavailableReason: "unavailable" in eml ? eml.unavailable : undefined,
        reporter: office.context.mailbox.userProfile?.emailAddress,
        mailboxOwner: where.owner,
      });
      try {
        return await submitReport(report, env(true, item));
      } finally {
        changed();
      }
    },
    async retry(key) {
      try {
        return await outbox.retryNow(key, (entry) => deliverEntry(entry, env(true)));
      } finally {
        changed();
      }
    },
    async discard(key) {
      await outbox.discard(key);
      changed();
    },
    processDue() {
      running ??= outbox
        .process((entry) => deliverEntry(entry, env(false)))
        .then(
          () => undefined,
          () => undefined,
        )
        .finally(() => {
          running = undefined;
          changed();
        });
      return running;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
