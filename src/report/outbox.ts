/**
 * The durable outbox: a report that cannot be delivered now waits here and is retried with backoff,
 * on the next open of the pane, the next Report command, or while the pane stays open.
 *
 * Exactly-once rules:
 * - one entry per report key (the Internet Message-ID): a second report of the same message finds the
 *   first (queued or already sent) instead of making another;
 * - a sent entry stays as a tombstone (without the message) so the message is never sent again;
 * - an attempt first claims the entry with a lease, in one atomic read-modify-write of the store, so
 *   two runtimes (the pane and the Report button, or two panes) never send the same report at once;
 *   a runtime that dies mid-send (the pane reloads) leaves a lease that expires, and the report is
 *   retried — with the same idempotency key, so a webhook that got the lost attempt recognises it.
 */
import type { Verdict } from "../engine";
import type { Report } from "./buildReport";
import { retryable, type Attempt, type FailureKind } from "./deliver";

export type OutboxState = "pending" | "sending" | "sent" | "failed";
export type OutboxMode = "graph" | "webhook";

export interface OutboxEntry {
  key: string;
  state: OutboxState;
  mode: OutboxMode;
  /** The security mailbox or the webhook URL, as the user is told. */
  destination: string;
  /** Dropped once sent: the tombstone keeps no copy of the message. */
  report: Report | null;
  subject: string;
  verdict: Verdict;
  /** Epoch milliseconds. */
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  lastError?: { kind: FailureKind; detail: string; status?: number };
  leaseOwner?: string;
  leaseUntil?: number;
  sentAt?: number;
}

/** A key-value store whose `update` is one atomic read-modify-write. */
export interface OutboxStore {
  get(key: string): Promise<OutboxEntry | undefined>;
  update(key: string, updater: (old: OutboxEntry | undefined) => OutboxEntry | undefined): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<OutboxEntry[]>;
}

export interface OutboxOptions {
  now?: () => number;
  /** First retry delay; doubles with each failed attempt. Default 30 s. */
  baseDelayMs?: number;
  /** Longest retry delay. Default one hour. */
  maxDelayMs?: number;
  /** How long a claim holds; must exceed the longest attempt. Default 3 minutes. */
  leaseMs?: number;
  random?: () => number;
  /** Sent tombstones older than this are forgotten. Default 400 days. */
  keepSentMs?: number;
}

export type EnqueueResult =
  { kind: "queued"; entry: OutboxEntry; created: boolean } | { kind: "already"; entry: OutboxEntry };

let ownerCounter = 0;
function newOwner(random: () => number): string {
  ownerCounter += 1;
  return `${Date.now().toString(36)}-${ownerCounter}-${Math.floor(random() * 1e9).toString(36)}`;
}

export class Outbox {
  private readonly now: () => number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly leaseMs: number;
  private readonly random: () => number;
  private readonly keepSentMs: number;

  constructor(
    readonly store: OutboxStore,
    options: OutboxOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.baseDelayMs = options.baseDelayMs ?? 30_000;
    this.maxDelayMs = options.maxDelayMs ?? 3_600_000;
    this.leaseMs = options.leaseMs ?? 180_000;
    this.random = options.random ?? Math.random;
    this.keepSentMs = options.keepSentMs ?? 400 * 86_400_000;
  }

  /** The retry delay after `attempts` failed attempts: doubling, capped, ±20% jitter. */
  delayAfter(attempts: number, retryAfterMs?: number): number {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, attempts - 1));
    const jittered = exponential * (0.8 + 0.4 * this.random());
    return Math.round(Math.max(jittered, retryAfterMs ?? 0));
  }

  /** Adds a report, unless its message is already queued or sent. */
  async enqueue(report: Report, mode: OutboxMode, destination: string): Promise<EnqueueResult> {
    const now = this.now();
    let created = false;
    await this.store.update(report.key, (old) => {
      if (old) return old;
      created = true;
      return {
        key: report.key,
        state: "pending",
        mode,
        destination,
        report,
        subject: report.subject,
        verdict: report.verdict,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
      };
    });
    const entry = await this.store.get(report.key);
    if (!entry) throw new Error("The outbox did not keep the report.");
    if (entry.state === "sent") return { kind: "already", entry };
    return { kind: "queued", entry, created };
  }

  private claimable(entry: OutboxEntry, now: number, includeFailed: boolean): boolean {
    if (entry.state === "sending") return (entry.leaseUntil ?? 0) <= now;
    if (entry.state === "pending") return entry.nextAttemptAt <= now;
    return includeFailed && entry.state === "failed";
  }

  /**
   * Claims an entry for one attempt; returns it when this caller holds the lease, else undefined
   * (sent, not due, or being sent elsewhere). `force` claims a pending or failed entry before it is due.
   */
  async claim(key: string, force = false): Promise<{ entry: OutboxEntry; owner: string } | undefined> {
    const now = this.now();
    const owner = newOwner(this.random);
    await this.store.update(key, (old) => {
      if (!old || !old.report) return old;
      const due =
        force && (old.state === "pending" || old.state === "failed") ? true : this.claimable(old, now, false);
      if (!due) return old;
      return { ...old, state: "sending", leaseOwner: owner, leaseUntil: now + this.leaseMs };
    });
    const entry = await this.store.get(key);
    if (entry && entry.state === "sending" && entry.leaseOwner === owner) return { entry, owner };
    return undefined;
  }

  /** Records an attempt's result; ignored if the lease was lost meanwhile. Returns the new entry. */
  async settle(key: string, owner: string, attempt: Attempt): Promise<OutboxEntry | undefined> {
    const now = this.now();
    await this.store.update(key, (old) => {
      if (!old || old.state !== "sending" || old.leaseOwner !== owner) return old;
      const base = { ...old, leaseOwner: undefined, leaseUntil: undefined, attempts: old.attempts + 1 };
      if (attempt.ok) return { ...base, state: "sent", report: null, sentAt: now, lastError: undefined };
      const lastError = { kind: attempt.kind, detail: attempt.detail, status: attempt.status };
      // A failed sign-in may succeed silently later (the pane signed in meanwhile): keep retrying.
      if (retryable(attempt) || attempt.kind === "sign-in") {
        const delay = this.delayAfter(base.attempts, attempt.retryAfterMs);
        return { ...base, state: "pending", nextAttemptAt: now + delay, lastError };
      }
      return { ...base, state: "failed", nextAttemptAt: Number.MAX_SAFE_INTEGER, lastError };
    });
    return this.store.get(key);
  }

  /** Claims, delivers and settles one entry. Undefined when it could not be claimed. */
  async attempt(
    key: string,
    deliver: (entry: OutboxEntry & { report: Report }) => Promise<Attempt>,
    force = false,
  ): Promise<OutboxEntry | undefined> {
    const claimed = await this.claim(key, force);
    if (!claimed) return undefined;
    let result: Attempt;
    try {
      result = await deliver(claimed.entry as OutboxEntry & { report: Report });
    } catch (error) {
      result = { ok: false, kind: "network", detail: error instanceof Error ? error.message : String(error) };
    }
    return this.settle(key, claimed.owner, result);
  }

  /** Entries waiting or failed, oldest first (not the sent tombstones). */
  async waiting(): Promise<OutboxEntry[]> {
    const all = await this.store.values();
    return all.filter((e) => e.state !== "sent").sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The next time an entry falls due, or undefined when none waits. */
  async nextDue(): Promise<number | undefined> {
    const times = (await this.waiting()).flatMap((e) =>
      e.state === "pending" ? [e.nextAttemptAt] : e.state === "sending" ? [e.leaseUntil ?? 0] : [],
    );
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /**
   * Attempts every due entry, `concurrency` at a time, until none is due or `deadline` (epoch ms)
   * passes. Returns how many were sent and how many attempts failed.
   */
  async process(
    deliver: (entry: OutboxEntry & { report: Report }) => Promise<Attempt>,
    options: { concurrency?: number; deadline?: number } = {},
  ): Promise<{ sent: number; failed: number }> {
    const counts = { sent: 0, failed: 0 };
    const now = this.now();
    const due = (await this.waiting()).filter((e) => this.claimable(e, now, false)).map((e) => e.key);
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        if (options.deadline !== undefined && this.now() >= options.deadline) return;
        const key = due[next++];
        const settled = await this.attempt(key, deliver);
        if (!settled) continue;
        if (settled.state === "sent") counts.sent++;
        else counts.failed++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
    await this.prune();
    return counts;
  }

  /** The user asked to retry now (a failed or waiting entry). */
  async retryNow(
    key: string,
    deliver: (entry: OutboxEntry & { report: Report }) => Promise<Attempt>,
  ): Promise<OutboxEntry | undefined> {
    return (await this.attempt(key, deliver, true)) ?? this.store.get(key);
  }

  /** The user gave up on a report that is not being sent right now. */
  async discard(key: string): Promise<void> {
    const entry = await this.store.get(key);
    if (entry && entry.state !== "sending" && entry.state !== "sent") await this.store.del(key);
  }

  /** Forgets sent tombstones older than `keepSentMs`. */
  async prune(): Promise<void> {
    const limit = this.now() - this.keepSentMs;
    for (const e of await this.store.values()) {
      if (e.state === "sent" && (e.sentAt ?? 0) < limit) await this.store.del(e.key);
    }
  }
}
