/**
 * Exchange Online Protection's X-Forefront-Antispam-Report and X-Microsoft-Antispam headers:
 * `KEY:value;` lists (MHA's reading, including its removal of `(null)`), and what the verdicts mean.
 */

export interface ForefrontAntispam {
  /** Upper-case keys: CIP, CTRY, LANG, SCL, SRV, IPV, SFV, PTR, CAT, SFS, DIR, … (first occurrence wins). */
  fields: Record<string, string>;
  scl?: number;
  sfv?: string;
  cat?: string;
  srv?: string;
  ctry?: string;
}

/** `KEY:value;…` as a prototype-free map; a part without `:` is skipped. */
function fieldsOf(value: string): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>;
  // Exchange writes "(null)" for empty values, sometimes without the ";" after it.
  const text = String(value ?? "")
    .split("(null)")
    .join(";")
    .split(/[\r\n]/)
    .join("");
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (key !== "" && !(key in fields)) fields[key] = part.slice(colon + 1).trim();
  }
  return fields;
}

function level(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d{1,2}$/.test(text) ? Number(text) : undefined;
}

/** X-Forefront-Antispam-Report: "CIP:1.2.3.4;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;…" */
export function parseForefrontAntispam(value: string): ForefrontAntispam {
  const fields = fieldsOf(value);
  const report: ForefrontAntispam = { fields };
  const scl = level(fields.SCL);
  if (scl !== undefined) report.scl = scl;
  for (const key of ["sfv", "cat", "srv", "ctry"] as const) {
    const v = fields[key.toUpperCase()];
    if (v) report[key] = v.toUpperCase();
  }
  return report;
}

/** X-Microsoft-Antispam: "BCL:0;ARA:…" */
export function parseMicrosoftAntispam(value: string): { bcl?: number; fields: Record<string, string> } {
  const fields = fieldsOf(value);
  const bcl = level(fields.BCL);
  return bcl === undefined ? { fields } : { bcl, fields };
}

/** Spam filtering verdicts (Microsoft's "Anti-spam message headers" page), in plain words. */
const SFV = new Map(
  Object.entries({
    SPM: "Microsoft's filter marked it as spam.",
    NSPM: "Microsoft's filter found it was not spam.",
    SKS: "It was marked as spam before filtering, for example by an admin's mail flow rule.",
    SKB: "It was marked as spam because the sender is on a block list in your organisation's anti-spam policy.",
    BLK: "Filtering was skipped and it was blocked because the sender is on the recipient's Blocked Senders list.",
    SFE: "Spam filtering was skipped because the sender is on the recipient's Safe Senders list.",
    SKA: "Spam filtering was skipped because the sender is on an allow list in your organisation's anti-spam policy.",
    SKN: "It was marked as not spam before filtering, for example by an admin's mail flow rule.",
    SKI: "Spam filtering was skipped, for example because it was sent inside your organisation.",
    SKQ: "It was released from quarantine.",
  }),
);

/** Protection policy categories (CAT). */
const CAT = new Map(
  Object.entries({
    BULK: "Microsoft classed it as bulk mail.",
    SPM: "Microsoft classed it as spam.",
    HSPM: "Microsoft classed it as high-confidence spam.",
    PHSH: "Microsoft classed it as phishing.",
    HPHSH: "Microsoft classed it as high-confidence phishing.",
    HPHISH: "Microsoft classed it as high-confidence phishing.",
    SPOOF: "Microsoft classed it as spoofed: the sender's domain did not vouch for it.",
    DIMP: "Microsoft classed it as impersonating a domain.",
    UIMP: "Microsoft classed it as impersonating a person.",
    GIMP: "Microsoft classed it as impersonating someone this mailbox writes to.",
    BIMP: "Microsoft classed it as impersonating a brand.",
    MALW: "Microsoft classed it as malware.",
    AMP: "Microsoft's anti-malware policy flagged it.",
    SAP: "Microsoft's Safe Attachments flagged an attachment as malicious.",
    FTBP: "An attachment is of a file type your organisation blocks.",
    INTOS: "Microsoft classed it as phishing sent inside your organisation.",
    OSPM: "Microsoft classed it as outbound spam.",
  }),
);

function describeScl(scl: number): string {
  if (scl < 0)
    return `Spam confidence level ${scl}: spam filtering was bypassed (a trusted sender or an admin rule).`;
  if (scl <= 4) return `Spam confidence level ${scl}: not spam.`;
  if (scl <= 6) return `Spam confidence level ${scl}: spam.`;
  if (scl <= 9) return `Spam confidence level ${scl}: high-confidence spam.`;
  return `Spam confidence level ${scl}: not a level Microsoft documents.`;
}

/** Plain-English meaning of SFV / CAT / SCL values, for the pane (e.g. SFV:SPM → "Microsoft's filter marked it as spam"). */
export function describeAntispam(a: ForefrontAntispam): string[] {
  const lines: string[] = [];
  const sfv = a.sfv?.toUpperCase();
  const cat = a.cat?.toUpperCase();
  if (sfv)
    lines.push(
      SFV.get(sfv) ?? `Microsoft's spam filter verdict was ${sfv}, a code CampaignGuard does not know.`,
    );
  if (cat && cat !== "NONE") {
    lines.push(
      CAT.get(cat) ?? `Microsoft's protection category was ${cat}, a code CampaignGuard does not know.`,
    );
  }
  if (a.scl !== undefined && Number.isFinite(a.scl)) lines.push(describeScl(a.scl));
  if (a.srv?.toUpperCase() === "BULK") lines.push("Microsoft identified it as bulk mail.");
  return lines;
}
