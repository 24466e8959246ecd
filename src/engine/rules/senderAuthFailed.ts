import type { Evidence, Finding, Severity } from "../analysis";
import type { AuthResult } from "../headers/authResults";
import type { Rule } from "./rule";
import { describeDomain, senderFacts } from "./senderFacts";

const FAILED = new Set(["fail", "softfail", "permerror"]);

function summary(r: AuthResult | undefined): string | null {
  if (!r) return null;
  const props = Object.entries(r.props).map(([k, v]) => `${k}=${v}`);
  return [r.result, ...(r.reason ? [`(${r.reason})`] : []), ...props].join(" ");
}

export const senderAuthFailed: Rule = {
  id: "sender-auth-failed",
  meta: {
    title: "Sender authentication failed",
    severity: "dangerous",
    tip: "sender-auth-failed",
    docs: "Reads the receiving server's Authentication-Results (DMARC, Microsoft compauth, SPF and DKIM) for the From domain.",
  },
  check(message, context) {
    const { from, auth, internal } = senderFacts(message, context);
    if (!from || !auth || internal) return [];
    const important = from.standing !== "other";
    const reasons: string[] = [];
    if (auth.dmarc?.result === "fail") reasons.push(`DMARC failed for ${from.host.registrable}`);
    if (auth.compauth?.result === "fail") {
      reasons.push(
        `Microsoft's composite authentication failed${auth.compauth.reason ? ` (reason ${auth.compauth.reason})` : ""}`,
      );
    }
    const spf = auth.spf?.result ?? auth.receivedSpf?.result;
    const dkimPassed = auth.dkim.some((d) => d.result === "pass");
    if (
      reasons.length === 0 &&
      spf &&
      FAILED.has(spf) &&
      !dkimPassed &&
      (!auth.dmarc || auth.dmarc.result === "none")
    ) {
      reasons.push(`SPF ${spf === "softfail" ? "soft-failed" : "failed"} and no DKIM signature was verified`);
    }
    let severity: Severity | undefined;
    let detail: string;
    if (reasons.length > 0) {
      severity = important ? "dangerous" : "suspicious";
      detail =
        `The message says it is from ${describeDomain(from)}, but the receiving mail server could not confirm it: ${reasons.join("; ")}. ` +
        (important
          ? "Mail that really comes from this domain passes these checks: treat this as a forgery."
          : "The sender's domain did not vouch for this message, so the From address may be forged.");
    } else if (important && auth.source === "none") {
      severity = "caution";
      detail = `The message says it is from ${describeDomain(from)}, but it carries no authentication results, so that could not be confirmed.`;
    } else if (
      important &&
      auth.dmarc &&
      (auth.dmarc.result === "temperror" || auth.dmarc.result === "permerror")
    ) {
      severity = "caution";
      detail = `The DMARC check for ${describeDomain(from)} could not be completed (${auth.dmarc.result}), so the sender is unconfirmed.`;
    } else {
      return [];
    }
    const evidence: Evidence = {
      fromDomain: from.host.registrable,
      dmarc: summary(auth.dmarc),
      compauth: summary(auth.compauth),
      spf: summary(auth.spf) ?? auth.receivedSpf?.raw ?? null,
      dkim: auth.dkim.map((d) => summary(d) ?? ""),
      resultsFrom: auth.trustedAuthservId ?? (auth.source === "none" ? "none" : "the receiving server"),
    };
    if (auth.untrustedIgnored > 0) evidence.ignoredResults = auth.untrustedIgnored;
    const finding: Finding = {
      rule: senderAuthFailed.id,
      severity,
      title:
        severity === "caution"
          ? `Sender could not be confirmed: ${from.host.registrable}`
          : `Sender authentication failed for ${from.host.registrable}`,
      detail,
      evidence,
      tip: senderAuthFailed.meta.tip,
    };
    return [finding];
  },
};
