/**
 * Delivering a report as the admin configured it, shared by the pane, the ribbon command and Outlook's
 * Report button: compose opens a pre-filled forward; graph and webhook put the report in the outbox
 * and make one attempt at once (a failure leaves it queued for the next retry).
 */
import type { Config } from "../config/configSchema";
import type { Language } from "../engine";
import type { Report } from "./buildReport";
import {
  deliverGraph,
  deliverWebhook,
  type Attempt,
  type FailureKind,
  type FetchLike,
  type GraphTokens,
} from "./deliver";
import type { Outbox, OutboxEntry, OutboxMode } from "./outbox";
import { composeForm, type ComposeForm } from "./payload";
import { isHttpsOrLocal } from "../config/configLimits";

export type ReportSettings = Config["report"];

export type ReportOutcome =
  | { kind: "sent"; mode: OutboxMode; destination: string }
  | {
      kind: "queued";
      mode: OutboxMode;
      destination: string;
      nextAttemptAt: number;
      reason: FailureKind;
      /** Only the user can unblock it: sign in from the pane. */
      needsSignIn: boolean;
    }
  | { kind: "already"; destination: string; sentAt: number }
  | { kind: "failed"; mode: OutboxMode; destination: string; reason: FailureKind; status?: number }
  | { kind: "composed"; target: string | null }
  | { kind: "not-configured" }
  | { kind: "misconfigured"; missing: "target" | "webhookUrl" | "clientId" };

export type Delivery =
  | { mode: "compose"; target: string | null }
  | { mode: "graph"; target: string }
  | { mode: "webhook"; url: string }
  | { mode: "none" }
  | { mode: "misconfigured"; missing: "target" | "webhookUrl" | "clientId" };

/** One token of an address: no space, @, brackets, quotes or list separators. */
const ADDRESS_TOKEN = /^[^\s@<>()",;]+$/;

/** local@domain.tld, checked in parts: one expression for the whole would backtrack on "a@b....". */
function isEmailAddress(text: string): boolean {
  const at = text.indexOf("@");
  if (at <= 0 || text.indexOf("@", at + 1) >= 0) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  return ADDRESS_TOKEN.test(local) && ADDRESS_TOKEN.test(domain) && dot > 0 && dot < domain.length - 1;
}

/** https anywhere; plain http only to this machine (development and the browser tests). */
export function acceptableWebhookUrl(raw: string | null): boolean {
  return raw !== null && raw !== "" && isHttpsOrLocal(raw);
}

/** What the settings ask for, or what is missing. */
export function deliveryFor(settings: ReportSettings): Delivery {
  const target = settings.target && isEmailAddress(settings.target) ? settings.target : null;
  switch (settings.mode) {
    case "none":
      return { mode: "none" };
    case "webhook":
      return acceptableWebhookUrl(settings.webhookUrl)
        ? { mode: "webhook", url: settings.webhookUrl as string }
        : { mode: "misconfigured", missing: "webhookUrl" };
    case "graph":
      if (!target) return { mode: "misconfigured", missing: "target" };
      if (!settings.clientId) return { mode: "misconfigured", missing: "clientId" };
      return { mode: "graph", target };
    default:
      return { mode: "compose", target };
  }
}

export interface SubmitEnv {
  settings: ReportSettings;
  language: Language;
  outbox: Outbox;
  fetch: FetchLike;
  /** Graph tokens (created on first use). */
  tokens?: () => GraphTokens;
  /** mailbox.displayNewMessageForm. */
  compose?: (form: ComposeForm) => void;
  /** The open item's id, for the forward's attachment. */
  itemId?: string | null;
  now?: () => number;
}

/** One delivery attempt of an outbox entry, by the entry's own mode and destination. */
export function deliverEntry(entry: OutboxEntry & { report: Report }, env: SubmitEnv): Promise<Attempt> {
  const timeoutMs = env.settings.timeoutMs;
  if (entry.mode === "webhook")
    return deliverWebhook(entry.report, { url: entry.destination, timeoutMs }, env.fetch);
  if (!env.tokens || !env.settings.clientId)
    return Promise.resolve({
      ok: false,
      kind: "sign-in",
      detail: "Graph is not configured (report.clientId)",
    });
  return deliverGraph(
    entry.report,
    { graphUrl: env.settings.graphUrl, mailbox: entry.destination, timeoutMs, language: env.language },
    env.tokens(),
    env.fetch,
  );
}

export function outcomeOf(entry: OutboxEntry, now: number): ReportOutcome {
  switch (entry.state) {
    case "sent":
      return { kind: "already", destination: entry.destination, sentAt: entry.sentAt ?? now };
    case "failed":
      return {
        kind: "failed",
        mode: entry.mode,
        destination: entry.destination,
        reason: entry.lastError?.kind ?? "rejected",
        status: entry.lastError?.status,
      };
    default:
      return {
        kind: "queued",
        mode: entry.mode,
        destination: entry.destination,
        nextAttemptAt: entry.state === "sending" ? (entry.leaseUntil ?? now) : entry.nextAttemptAt,
        reason: entry.lastError?.kind ?? "network",
        needsSignIn: entry.lastError?.kind === "sign-in",
      };
  }
}

/** Delivers a report; never throws for a delivery problem (the report stays in the outbox). */
export async function submitReport(report: Report, env: SubmitEnv): Promise<ReportOutcome> {
  const now = env.now ?? (() => Date.now());
  const delivery = deliveryFor(env.settings);
  if (delivery.mode === "none") return { kind: "not-configured" };
  if (delivery.mode === "misconfigured") return { kind: "misconfigured", missing: delivery.missing };
  if (delivery.mode === "compose") {
    if (!env.compose) throw new Error("This Outlook cannot open a new message from an add-in.");
    env.compose(composeForm(report, delivery.target, env.itemId ?? null, env.language));
    return { kind: "composed", target: delivery.target };
  }
  const destination = delivery.mode === "graph" ? delivery.target : delivery.url;
  const queued = await env.outbox.enqueue(report, delivery.mode, destination);
  if (queued.kind === "already") return outcomeOf(queued.entry, now());
  // A new report is due at once; one queued earlier is attempted now too: the user is asking again.
  const settled = await env.outbox.attempt(report.key, (entry) => deliverEntry(entry, env), !queued.created);
  const entry = settled ?? (await env.outbox.store.get(report.key));
  if (!entry) throw new Error("The outbox lost the report.");
  if (entry.state === "sent" && !settled) return outcomeOf(entry, now());
  if (entry.state === "sent") return { kind: "sent", mode: entry.mode, destination: entry.destination };
  return outcomeOf(entry, now());
}
