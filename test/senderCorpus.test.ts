import { suspiciousRates } from "./support/corpusRates";

const SENDER_RULES = new Set([
  "sender-known-spoof",
  "sender-lookalike-domain",
  "sender-auth-failed",
  "display-name-impersonation",
  "reply-to-elsewhere",
  "sender-misaligned",
  "free-tenant-sender",
]);

jest.setTimeout(300_000);

describe("sender rules on real mail", () => {
  it("give at most 1% of SpamAssassin ham messages a sender finding of suspicious or worse", async () => {
    const rates = await suspiciousRates("sender rules", SENDER_RULES);
    process.stdout.write(rates.report);
    expect(rates.ham).toBeGreaterThan(4000);
    expect(rates.hamFlagged / rates.ham).toBeLessThanOrEqual(0.01);
  });
});
