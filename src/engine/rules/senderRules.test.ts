import { exchangeAuth, exchangeMessage, type MailOptions } from "../../../test/support/exchangeMail";
import { parseEml } from "../../eml/parseEml";
import { bundledFeed } from "../../feed/bundledFeed";
import { feedLists } from "../../feed/feedSchema";
import type { Finding } from "../analysis";
import { analyze } from "../analyze";
import { createContext, DEFAULT_SETTINGS, type EngineSettings } from "../context";
import { hasTip } from "../tips/tips";

const settings: EngineSettings = {
  ...DEFAULT_SETTINGS,
  organizationDomains: ["harperforsenate.org"],
  vipNames: ["Jordan Harper"],
};
const context = createContext(feedLists(bundledFeed()), settings);

async function findings(o: MailOptions): Promise<Finding[]> {
  const snapshot = await parseEml(new TextEncoder().encode(exchangeMessage(o)));
  const result = analyze(snapshot, context);
  expect(result.stats.rulesFailed).toBe(0);
  for (const f of result.findings) expect(hasTip(f.tip)).toBe(true);
  return result.findings;
}

const ids = (fs: Finding[]) => fs.map((f) => `${f.rule}:${f.severity}`);
const PASS = { spf: "pass", dkim: "pass", dmarc: "pass", compauth: "pass" };

describe("sender-auth-failed", () => {
  it("calls a DMARC failure from senate.gov dangerous", async () => {
    const fs = await findings({
      from: "Senate IT <it@senate.gov>",
      auth: exchangeAuth("senate.gov", {
        spf: "fail",
        dkim: "none",
        dmarc: "fail",
        compauth: "fail",
        reason: "000",
      }),
    });
    const f = fs.find((x) => x.rule === "sender-auth-failed");
    expect(f?.severity).toBe("dangerous");
    expect(f?.detail).toContain("DMARC failed");
    expect(f?.evidence.dmarc).toContain("fail");
  });

  it("calls a failure for an ordinary domain suspicious, and a pass nothing", async () => {
    const fail = await findings({
      from: "news@shop.example",
      auth: exchangeAuth("shop.example", { spf: "fail", dkim: "fail", dmarc: "fail", compauth: "fail" }),
    });
    expect(ids(fail)).toContain("sender-auth-failed:suspicious");
    const pass = await findings({ from: "news@shop.example", auth: exchangeAuth("shop.example", PASS) });
    expect(pass).toEqual([]);
  });

  it("trusts the receiving server, not a result the sender wrote lower down", async () => {
    const fs = await findings({
      from: "Senate IT <it@senate.gov>",
      auth: exchangeAuth("senate.gov", { spf: "fail", dkim: "none", dmarc: "fail", compauth: "fail" }),
      forged: ["Authentication-Results: mx.senate.gov; dmarc=pass header.from=senate.gov"],
    });
    expect(fs.find((x) => x.rule === "sender-auth-failed")?.severity).toBe("dangerous");
  });

  it("says it could not confirm a protected sender without any results, but not for internal mail", async () => {
    expect(ids(await findings({ from: "it@senate.gov" }))).toContain("sender-auth-failed:caution");
    expect(await findings({ from: "alex@harperforsenate.org", internal: true })).toEqual([]);
  });
});

describe("display-name-impersonation", () => {
  it("flags a VIP's name from a free mailbox", async () => {
    const fs = await findings({
      from: "Jordan Harper <jordan.harper.campaign@gmail.com>",
      auth: exchangeAuth("gmail.com", PASS),
    });
    const f = fs.find((x) => x.rule === "display-name-impersonation");
    expect(f?.severity).toBe("suspicious");
    expect(f?.detail).toContain("free mailbox");
  });

  it("flags an organisation's name or another domain in the name, not the real sender", async () => {
    const fs = await findings({
      from: '"U.S. Senate IT" <helpdesk@it-support.example>',
      auth: exchangeAuth("it-support.example", PASS),
    });
    expect(fs.find((x) => x.rule === "display-name-impersonation")?.title).toContain("U.S. Senate");
    const addr = await findings({
      from: '"security@senate.gov" <x@mailer.example>',
      auth: exchangeAuth("mailer.example", PASS),
    });
    expect(addr.find((x) => x.rule === "display-name-impersonation")?.title).toContain("senate.gov");
    expect(
      await findings({
        from: "Microsoft <account-security-noreply@accountprotection.microsoft.com>",
        auth: exchangeAuth("microsoft.com", PASS),
      }),
    ).toEqual([]);
  });

  it("flags an encoded @ hidden in the name (Mailsploit)", async () => {
    const fs = await findings({
      from: "=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=00?= <x@mailer.example>",
      auth: exchangeAuth("mailer.example", PASS),
    });
    expect(ids(fs)).toContain("display-name-impersonation:dangerous");
  });
});

describe("reply-to-elsewhere", () => {
  it("flags replies to a free mailbox from a protected From, not list mail", async () => {
    const fs = await findings({
      from: "Hudson Institute <events@hudson.org>",
      replyTo: "hudson.events.rsvp@gmail.com",
      auth: exchangeAuth("hudson.org", PASS),
    });
    expect(ids(fs)).toContain("reply-to-elsewhere:suspicious");
    const list = await findings({
      from: "someone@lists.example",
      replyTo: "discuss@lists.other.example",
      auth: exchangeAuth("lists.example", PASS),
    });
    expect(list).toEqual([]);
  });

  it("leaves a look-alike Reply-To to the look-alike rule", async () => {
    const fs = await findings({
      from: "Senate IT <it@senate.gov>",
      replyTo: "it@senate-gov.help",
      auth: exchangeAuth("senate.gov", PASS),
    });
    expect(fs.map((f) => f.rule)).toContain("sender-lookalike-domain");
  });
});

describe("sender-misaligned", () => {
  const elsewhere =
    "spf=pass (sender IP is 203.0.113.7) smtp.mailfrom=bulk-mailer.example; dkim=pass header.d=bulk-mailer.example";

  it("flags the organisation's own From sent and signed elsewhere when DMARC was not evaluated", async () => {
    const own = await findings({
      from: "alex@harperforsenate.org",
      returnPath: "b@bulk-mailer.example",
      auth: elsewhere,
    });
    expect(ids(own)).toContain("sender-misaligned:suspicious");
    // A protected brand mailing through a service is common: only a caution.
    const brand = await findings({
      from: "it@senate.gov",
      returnPath: "b@bulk-mailer.example",
      auth: elsewhere,
    });
    expect(ids(brand)).toContain("sender-misaligned:caution");
  });

  it("stays quiet when DMARC passed or the Return-Path is the From domain's", async () => {
    const aligned = await findings({
      from: "alex@harperforsenate.org",
      returnPath: "bounce@mail.harperforsenate.org",
      auth: "spf=pass smtp.mailfrom=mail.harperforsenate.org",
    });
    expect(aligned.map((f) => f.rule)).not.toContain("sender-misaligned");
  });
});

describe("free-tenant-sender", () => {
  it("is caution alone and suspicious when the name claims a protected organisation", async () => {
    expect(
      ids(
        await findings({
          from: "a@contoso123.onmicrosoft.com",
          auth: exchangeAuth("contoso123.onmicrosoft.com", PASS),
        }),
      ),
    ).toEqual(["free-tenant-sender:caution"]);
    const claim = await findings({
      from: "DocuSign <sign@contoso123.onmicrosoft.com>",
      auth: exchangeAuth("contoso123.onmicrosoft.com", PASS),
    });
    expect(ids(claim)).toContain("free-tenant-sender:suspicious");
  });
});
