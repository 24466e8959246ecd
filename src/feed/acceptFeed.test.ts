import { spoofEntries } from "../engine";
import { acceptFeed, FeedRejected, MAX_FEED_BYTES, type FeedProblem } from "./acceptFeed";
import { generateKeyPair } from "./signature";
import { withExtraSpoof } from "./testing/extraSpoof";
import { GOOD_ENTRY, signText, testFeedText } from "./testing/signedFeed";

const NOW = new Date("2026-06-15T00:00:00Z");
const encode = (s: string) => new TextEncoder().encode(s);

let key: { privateKey: string; publicKey: string };
let other: { privateKey: string; publicKey: string };
beforeAll(async () => {
  key = await generateKeyPair();
  other = await generateKeyPair();
});

async function rejection(promise: Promise<unknown>): Promise<FeedProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedRejected) return error.problem;
    throw error;
  }
  throw new Error("accepted");
}

describe("acceptFeed", () => {
  it("accepts a feed signed by any trusted key (rotation) and returns it", async () => {
    const text = testFeedText(42, new Date("2026-06-01T00:00:00Z"));
    const sig = await signText(text, key.privateKey);
    const { feed, skipped } = await acceptFeed(encode(text), sig, {
      publicKeys: [other.publicKey, key.publicKey],
      currentVersion: 41,
      now: NOW,
    });
    expect(feed.version).toBe(42);
    expect(skipped).toEqual([]);
  });

  it("refuses a tampered byte, a wrong key, a missing or malformed signature and another feed's signature", async () => {
    const text = testFeedText(42, new Date("2026-06-01T00:00:00Z"));
    const sig = await signText(text, key.privateKey);
    const opts = { publicKeys: [key.publicKey], now: NOW };
    const tampered = encode(text);
    tampered[tampered.length - 3] ^= 1;
    expect(await rejection(acceptFeed(tampered, sig, opts))).toBe("mismatch");
    expect(await rejection(acceptFeed(encode(text), sig, { ...opts, publicKeys: [other.publicKey] }))).toBe(
      "mismatch",
    );
    expect(await rejection(acceptFeed(encode(text), undefined, opts))).toBe("missing-signature");
    expect(await rejection(acceptFeed(encode(text), "<html>", opts))).toBe("malformed-signature");
    const otherFeed = testFeedText(43, new Date("2026-06-02T00:00:00Z"));
    const otherSig = await signText(otherFeed, key.privateKey);
    expect(await rejection(acceptFeed(encode(text), otherSig, opts))).toBe("mismatch");
    expect(await rejection(acceptFeed(encode(text), sig, { ...opts, publicKeys: ["not a key"] }))).toBe(
      "no-trusted-key",
    );
  });

  it("refuses a rollback, an expired replay, truncated JSON and an oversized body", async () => {
    const opts = { publicKeys: [key.publicKey], now: NOW };
    const old = testFeedText(40, new Date("2026-06-01T00:00:00Z"));
    expect(
      await rejection(
        acceptFeed(encode(old), await signText(old, key.privateKey), { ...opts, currentVersion: 41 }),
      ),
    ).toBe("rollback");
    const expired = testFeedText(50, new Date("2026-01-01T00:00:00Z"));
    expect(await rejection(acceptFeed(encode(expired), await signText(expired, key.privateKey), opts))).toBe(
      "expired",
    );
    const truncated = testFeedText(42, new Date("2026-06-01T00:00:00Z")).slice(0, 200);
    expect(
      await rejection(acceptFeed(encode(truncated), await signText(truncated, key.privateKey), opts)),
    ).toBe("not-json");
    const huge = new Uint8Array(MAX_FEED_BYTES + 1);
    expect(await rejection(acceptFeed(huge, "x", opts))).toBe("too-large");
  });

  it("skips and reports one bad entry and keeps the rest", async () => {
    const text = testFeedText(42, new Date("2026-06-01T00:00:00Z"));
    const bad = withExtraSpoof(text, { ...GOOD_ENTRY, domain: "broken.example", imitates: "senate.gov" });
    const { feed, skipped } = await acceptFeed(encode(bad), await signText(bad, key.privateKey), {
      publicKeys: [key.publicKey],
      now: NOW,
    });
    expect(spoofEntries(feed.spoofs).map((s) => s.domain)).toEqual(["senate-adfs-login.example"]);
    expect(skipped).toEqual([{ index: 1, reason: "imitates: not a list of domain names" }]);
  });

  it("refuses a signed document that is not a feed", async () => {
    const text = JSON.stringify({ format: 2 });
    expect(
      await rejection(
        acceptFeed(encode(text), await signText(text, key.privateKey), {
          publicKeys: [key.publicKey],
          now: NOW,
        }),
      ),
    ).toBe("invalid");
  });
});
