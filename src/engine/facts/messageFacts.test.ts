import { createContext, DEFAULT_SETTINGS } from "../context";
import { emptySnapshot } from "../message";
import { buildFacts } from "./messageFacts";

const context = createContext(
  {
    protected: [{ domain: "senate.gov", name: "U.S. Senate", category: "government" }],
    spoofs: [],
    allow: [],
  },
  { ...DEFAULT_SETTINGS, organizationDomains: ["harperforsenate.org"] },
);

describe("buildFacts", () => {
  it("takes the From from the raw header over what a client parsed", () => {
    const { facts } = buildFacts(
      {
        ...emptySnapshot("eml"),
        rawHeaders: 'From: "Anna@Hofer" <anna@hofer-gmbh.at>\r\n',
        from: { name: "", address: "Anna@Hofer" },
      },
      context,
    );
    expect(facts.from).toMatchObject({ name: "Anna@Hofer", address: "anna@hofer-gmbh.at", problems: [] });
    expect(facts.from?.domain?.owner).toBe("hofer-gmbh.at");
  });

  it("lists a URL written in an HTML-only body's text as a link of the message", () => {
    const { facts } = buildFacts(
      {
        ...emptySnapshot("eml"),
        from: { name: "", address: "support@club-mail.org" },
        bodyHtml: "<div>Today BONUS!<br>50% bonus at every deposit<br><br>https://t6wer.io</div>",
      },
      context,
    );
    expect(facts.links.rows.map((r) => [r.source, r.host])).toEqual([["text", "t6wer.io"]]);
    expect(facts.body.text).toContain("https://t6wer.io");
  });

  it("recovers the address a client kept as a whole line when there are no headers", () => {
    const { facts } = buildFacts(
      { ...emptySnapshot("outlook"), from: { name: "", address: "PayPal Security <service@paypa1.com>" } },
      context,
    );
    expect(facts.from).toMatchObject({ address: "service@paypa1.com", name: "PayPal Security" });
  });

  it("knows the organisation's own and protected domains, and names a tenant by its tenant", () => {
    const own = buildFacts(
      { ...emptySnapshot("outlook"), from: { name: "", address: "a@mail.harperforsenate.org" } },
      context,
    );
    expect(own.facts.from?.domain?.standing).toBe("organization");
    const senate = buildFacts(
      { ...emptySnapshot("outlook"), from: { name: "", address: "a@senate.gov" } },
      context,
    );
    expect(senate.facts.from?.domain).toMatchObject({ standing: "protected", ownerName: "U.S. Senate" });
    const tenant = buildFacts(
      { ...emptySnapshot("outlook"), from: { name: "", address: "a@contoso.mail.onmicrosoft.com" } },
      context,
    );
    expect(tenant.facts.from?.domain?.owner).toBe("contoso.onmicrosoft.com");
  });

  it("lists the verified sender domains from the receiving server's results", () => {
    const { facts } = buildFacts(
      {
        ...emptySnapshot("eml"),
        rawHeaders:
          "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=bounce.esp.com; dkim=pass header.d=news.brand.com; dmarc=pass header.from=brand.com\r\nFrom: x@brand.com\r\n",
      },
      context,
    );
    expect([...facts.verifiedDomains].sort()).toEqual(["brand.com", "esp.com"]);
  });
});
