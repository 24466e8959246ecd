import type { Attempt } from "./deliver";
import { Outbox } from "./outbox";
import { memoryStore, runtimeStorageStore } from "./outboxStores";
import { sampleReport } from "./testReport";

const OK: Attempt = { ok: true, status: 202 };
const DOWN: Attempt = { ok: false, kind: "server", status: 503, detail: "HTTP 503" };
const REFUSED: Attempt = { ok: false, kind: "rejected", status: 400, detail: "HTTP 400" };

function setup() {
  let now = 1_000_000;
  const outbox = new Outbox(memoryStore(), {
    now: () => now,
    random: () => 0.5,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    leaseMs: 5000,
  });
  return { outbox, advance: (ms: number) => (now += ms), now: () => now };
}

describe("outbox", () => {
  it("keeps one entry per message and never sends a sent message again", async () => {
    const { outbox } = setup();
    const report = sampleReport();
    expect(await outbox.enqueue(report, "webhook", "https://h/")).toMatchObject({
      kind: "queued",
      created: true,
    });
    expect(await outbox.enqueue(report, "webhook", "https://h/")).toMatchObject({
      kind: "queued",
      created: false,
    });
    const deliver = jest.fn(async () => OK);
    expect(await outbox.attempt(report.key, deliver)).toMatchObject({
      state: "sent",
      report: null,
      attempts: 1,
    });
    expect(await outbox.enqueue(report, "webhook", "https://h/")).toMatchObject({ kind: "already" });
    expect(await outbox.attempt(report.key, deliver, true)).toBeUndefined();
    expect(await outbox.process(deliver)).toEqual({ sent: 0, failed: 0 });
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it("backs off after failures (doubling, capped) and honours Retry-After", async () => {
    const { outbox, advance, now } = setup();
    const report = sampleReport();
    await outbox.enqueue(report, "webhook", "https://h/");
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const entry = await outbox.attempt(report.key, async () => DOWN);
      delays.push(entry!.nextAttemptAt - now());
      expect(await outbox.attempt(report.key, async () => OK)).toBeUndefined(); // not due yet
      advance(entry!.nextAttemptAt - now());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000]);
    const entry = await outbox.attempt(report.key, async () => ({ ...DOWN, retryAfterMs: 60_000 }));
    expect(entry!.nextAttemptAt - now()).toBe(60_000);
  });

  it("a refused report waits for the user; retryNow and discard act on it", async () => {
    const { outbox } = setup();
    const report = sampleReport();
    await outbox.enqueue(report, "webhook", "https://h/");
    expect(await outbox.attempt(report.key, async () => REFUSED)).toMatchObject({
      state: "failed",
      lastError: { kind: "rejected", status: 400 },
    });
    expect(await outbox.process(async () => OK)).toEqual({ sent: 0, failed: 0 });
    expect(await outbox.retryNow(report.key, async () => OK)).toMatchObject({ state: "sent" });
    const other = sampleReport({ key: "mid:other" });
    await outbox.enqueue(other, "graph", "sec@x.org");
    await outbox.discard(other.key);
    expect(await outbox.waiting()).toEqual([]);
  });

  it("two runtimes attempting at once: only one sends", async () => {
    const { outbox } = setup();
    const report = sampleReport();
    await outbox.enqueue(report, "webhook", "https://h/");
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    const deliver = jest.fn(async () => {
      await slow;
      return OK;
    });
    const first = outbox.attempt(report.key, deliver);
    const second = await outbox.attempt(report.key, deliver, true);
    expect(second).toBeUndefined();
    release();
    expect(await first).toMatchObject({ state: "sent" });
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it("an attempt that died (the pane reloaded) is retried once its lease expires; a late answer is ignored", async () => {
    const { outbox, advance } = setup();
    const report = sampleReport();
    await outbox.enqueue(report, "webhook", "https://h/");
    const dead = await outbox.claim(report.key);
    expect(dead).toBeDefined();
    expect(await outbox.process(async () => OK)).toEqual({ sent: 0, failed: 0 }); // leased
    advance(5000);
    expect(await outbox.process(async () => OK)).toEqual({ sent: 1, failed: 0 });
    // The dead runtime's answer arrives after all: it no longer holds the lease.
    expect(await outbox.settle(report.key, dead!.owner, DOWN)).toMatchObject({ state: "sent" });
  });

  it("a throwing deliverer counts as a network failure", async () => {
    const { outbox } = setup();
    const report = sampleReport();
    await outbox.enqueue(report, "webhook", "https://h/");
    const entry = await outbox.attempt(report.key, async () => {
      throw new Error("socket hang up");
    });
    expect(entry).toMatchObject({
      state: "pending",
      lastError: { kind: "network", detail: "socket hang up" },
    });
  });

  it("forgets sent tombstones after a long time", async () => {
    let now = 0;
    const outbox = new Outbox(memoryStore(), { now: () => now, keepSentMs: 1000 });
    await outbox.enqueue(sampleReport(), "webhook", "https://h/");
    await outbox.process(async () => OK);
    expect(await outbox.store.values()).toHaveLength(1);
    now = 5000;
    await outbox.prune();
    expect(await outbox.store.values()).toHaveLength(0);
  });

  it("works over OfficeRuntime.storage", async () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: async (k: string) => map.get(k) ?? null,
      setItem: async (k: string, v: string) => void map.set(k, v),
      removeItem: async (k: string) => void map.delete(k),
      getKeys: async () => [...map.keys(), "unrelated"],
    };
    const outbox = new Outbox(runtimeStorageStore(storage));
    await outbox.enqueue(sampleReport(), "webhook", "https://h/");
    expect((await outbox.waiting()).map((e) => e.key)).toEqual(["mid:abc@mail.adfs-senate.services"]);
    expect(await outbox.process(async () => OK)).toEqual({ sent: 1, failed: 0 });
    expect(JSON.parse(map.get("campaignguard-outbox:mid:abc@mail.adfs-senate.services")!)).toMatchObject({
      state: "sent",
      report: null,
    });
  });
});
