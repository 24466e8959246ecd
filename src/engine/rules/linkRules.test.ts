import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import type { Finding, Severity } from "../analysis";
import { analyze } from "../analyze";
import { createContext, DEFAULT_SETTINGS } from "../context";
import { emptySnapshot, type MessageSnapshot } from "../message";
import { hasTip } from "../tips/tips";

const context = createContext(feedLists(bundledFeed()), {
  ...DEFAULT_SETTINGS,
  organizationDomains: ["harperforsenate.org"],
});

function message(html: string, extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("eml"),
    from: { name: "Notifications", address: "news@mailer.example" },
    subject: "Update",
    bodyHtml: `<html><body>${html}</body></html>`,
    ...extra,
  };
}

function findings(m: MessageSnapshot): Finding[] {
  const result = analyze(m, context);
  expect(result.stats.rulesFailed).toBe(0);
  for (const f of result.findings) expect(hasTip(f.tip)).toBe(true);
  return result.findings;
}

function has(fs: Finding[], rule: string, severity: Severity): Finding {
  const f = fs.find((x) => x.rule === rule && x.severity === severity);
  expect(fs.map((x) => `${x.rule}:${x.severity}`)).toContain(`${rule}:${severity}`);
  return f as Finding;
}

const safeLinks = (target: string) =>
  `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&amp;data=05%7C02%7Cdana%40harperforsenate.org%7C1c2d%7C72f9%7C0%7C0%7C638987%7CUnknown%7CTWFpbGZsb3d8%7C0%7C%7C%7C&amp;sdata=abc%3D&amp;reserved=0`;

describe("link-lookalike-domain", () => {
  it("finds a look-alike behind Safe Links and names the wrapper", () => {
    const f = has(
      findings(message(`<a href="${safeLinks("https://senate.gov-login.com/adfs/ls")}">Sign in</a>`)),
      "link-lookalike-domain",
      "dangerous",
    );
    expect(f.title).toContain("senate.gov-login.com");
    expect(JSON.stringify(f.evidence)).toContain("Microsoft Defender Safe Links");
  });

  it("unwraps Safe Links around Proofpoint v3 around the look-alike", () => {
    const v3 = "https://urldefense.com/v3/__https://adfs-senate.services/login__;!!ABCdEf!GhIjKl$";
    const fs = findings(message(`<a href="${safeLinks(v3)}">Sign in</a>`));
    expect(fs.find((f) => f.rule === "link-lookalike-domain")?.title).toContain("adfs-senate.services");
  });
});

describe("link-text-mismatch", () => {
  it("is dangerous when the text shows a trusted domain, a caution for an ordinary one", () => {
    has(
      findings(message(`<a href="https://evil.example/x">https://www.senate.gov/login</a>`)),
      "link-text-mismatch",
      "dangerous",
    );
    has(
      findings(message(`<a href="https://click.tracker-mail.net/r/1">www.shop-online.com</a>`)),
      "link-text-mismatch",
      "caution",
    );
    expect(findings(message(`<a href="https://www.senate.gov/x">senate.gov</a>`))).toEqual([]);
  });
});

describe("link-disguised-host", () => {
  it.each([
    ["https://www.office.com-secure@evil.example/", "dangerous"],
    ["http://0x3E.0004.0x10.0256/login", "dangerous"],
    ["http://62.4.16.174/login", "suspicious"],
    ["https://shop.example:8443/", "caution"],
    ["https://xn--mnchen-3ya.de/", "caution"],
  ] as const)("%s → %s", (href, severity) => {
    has(findings(message(`<a href="${href}">Open</a>`)), "link-disguised-host", severity);
  });
});

describe("link-dangerous-scheme and form-offsite", () => {
  it("flags script and file links", () => {
    has(findings(message(`<a href="javascript:alert(1)">Open</a>`)), "link-dangerous-scheme", "dangerous");
    has(
      findings(message(`<a href="file://attacker.example/share/x.lnk">Open</a>`)),
      "link-dangerous-scheme",
      "suspicious",
    );
  });

  it("flags a password form that posts elsewhere", () => {
    const html = `<form action="https://collect.example/p" method="post"><input name="u"><input type="password" name="p"><button>Sign in</button></form>`;
    has(findings(message(html)), "form-offsite", "dangerous");
  });
});

describe("link-shortener-hosting and credential-lure", () => {
  it("is a caution alone and suspicious when the message claims a protected brand", () => {
    has(findings(message(`<a href="https://bit.ly/3xYz">Open</a>`)), "link-shortener-hosting", "caution");
    has(
      findings(
        message(`<a href="https://bit.ly/3xYz">Open</a>`, {
          from: { name: "Microsoft 365", address: "no-reply@mailer.example" },
        }),
      ),
      "link-shortener-hosting",
      "suspicious",
    );
  });

  it("names the hosting platform, and raises it when the message claims a brand", () => {
    const plain = has(
      findings(message(`<a href="https://files-7f3a.web.app/q3.pdf">Q3 report</a>`)),
      "link-shortener-hosting",
      "caution",
    );
    expect(plain.title).toContain("Firebase");
    has(
      findings(
        message(`<a href="https://files-7f3a.web.app/q3.pdf">Q3 report</a>`, {
          subject: "Hudson Institute: your invitation",
        }),
      ),
      "link-shortener-hosting",
      "suspicious",
    );
  });

  it("calls a DocuSign sign-in page on a free platform dangerous", () => {
    const fs = findings(
      message(`<a href="https://docs-review-7f3a.firebaseapp.com/login.html?doc=88">Review document</a>`, {
        subject: "DocuSign: Harper for Senate sent you a document to review",
      }),
    );
    const f = has(fs, "credential-lure", "dangerous");
    expect(f.detail).toContain("docusign.com");
  });

  it("stays quiet for the brand's own sign-in link", () => {
    const fs = findings(
      message(`<a href="https://login.microsoftonline.com/common/oauth2/authorize">Sign in</a>`, {
        from: { name: "Microsoft 365", address: "no-reply@microsoft.com" },
      }),
    );
    expect(fs.filter((f) => f.rule === "credential-lure")).toEqual([]);
  });
});
