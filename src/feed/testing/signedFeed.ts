import { buildFeed, serializeFeed, type FeedSource } from "../build/buildFeed";
import { signBytes } from "../signature";

/** The one spoof of testFeedText's feed. */
export const GOOD_ENTRY = {
  domain: "senate-adfs-login.example",
  imitates: ["senate.gov"],
  technique: "brand-token",
  source: "https://example.org/report",
  reported: "2026-01-01",
};

/** A small feed for tests, with the release fields given. */
export function testFeedText(version: number, issued: Date, extra: Partial<FeedSource> = {}): string {
  const source: FeedSource = {
    validDays: 30,
    protected: [{ domain: "senate.gov", name: "U.S. Senate", category: "government" }],
    spoofs: [GOOD_ENTRY],
    allow: [],
    ...extra,
  };
  return serializeFeed(buildFeed(source, { version, issued }).feed);
}

export async function signText(text: string, privateKey: string): Promise<string> {
  return signBytes(new TextEncoder().encode(text), privateKey);
}
