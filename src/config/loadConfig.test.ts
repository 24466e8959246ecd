import { DEFAULT_CONFIG } from "./defaults";
import { ConfigError, mergeConfig, parseConfigText } from "./loadConfig";

describe("admin configuration", () => {
  it("merges what is given over the defaults, one level deep", () => {
    const config = mergeConfig({
      organizationDomains: ["Campaign.ORG "],
      report: { target: "security@campaign.org" },
    });
    expect(config.organizationDomains).toEqual(["campaign.org"]);
    expect(config.report).toEqual({ ...DEFAULT_CONFIG.report, target: "security@campaign.org" });
    expect(config.vipNames).toEqual([]);
  });

  it("accepts the empty document", () => {
    expect(parseConfigText("{}")).toEqual(DEFAULT_CONFIG);
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["unknown key", '{"organisationDomains": []}', /top level.*organisationDomains/],
    ["wrong type", '{"vipNames": "Jane Doe"}', /vipNames/],
    ["unknown nested key", '{"report": {"mode": "forward", "to": "x"}}', /report/],
    ["bad enum", '{"language": "fr"}', /language/],
    ["not an object", "[]", /top level/],
  ])("rejects %s with a one-line reason", (_label, text, pattern) => {
    expect(() => parseConfigText(text)).toThrow(ConfigError);
    expect(() => parseConfigText(text)).toThrow(pattern);
    try {
      parseConfigText(text);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("feed settings", () => {
  const KEY = "A".repeat(43) + "=";
  it("accept an https feed URL with Ed25519 keys and refuse plain http or a key that is not one", () => {
    expect(
      parseConfigText(
        JSON.stringify({ feed: { url: "https://feeds.example.org/f.json", publicKeys: [KEY] } }),
      ).feed,
    ).toEqual({
      url: "https://feeds.example.org/f.json",
      publicKeys: [KEY],
      refreshHours: 6,
    });
    expect(() =>
      parseConfigText(JSON.stringify({ feed: { url: "http://feeds.example.org/f.json" } })),
    ).toThrow(/https/);
    expect(() => parseConfigText(JSON.stringify({ feed: { publicKeys: ["secret"] } }))).toThrow(/Ed25519/);
    expect(() => parseConfigText(JSON.stringify({ feed: { refreshHours: 0 } }))).toThrow(/refreshHours/);
  });
});

describe("config hardening", () => {
  it("accepts a UTF-8 byte-order mark, as the pane's fetch does", () => {
    expect(parseConfigText('\uFEFF{"vipNames": ["Jane Candidate"]}').vipNames).toEqual(["Jane Candidate"]);
  });

  it.each(["..", "*.evil", "com", "evil..com", "-evil.com", "1.2.3.4", "user@evil.com"])(
    "refuses %s as a domain, naming the entry",
    (bad) => {
      expect(() => parseConfigText(JSON.stringify({ organizationDomains: ["ok.org", bad] }))).toThrow(
        `Invalid configuration at organizationDomains.1: ${JSON.stringify(bad)} is not a domain name`,
      );
    },
  );

  it("accepts real domains, international ones included", () => {
    expect(
      parseConfigText(
        JSON.stringify({ protectedDomains: ["Example-Party.ORG ", "xn--bcher-kva.de", "bücher.de"] }),
      ).protectedDomains,
    ).toEqual(["example-party.org", "xn--bcher-kva.de", "bücher.de"]);
  });

  it("refuses oversized files and lists quickly, with a readable reason", () => {
    const huge = JSON.stringify({
      organizationDomains: Array.from({ length: 1_000_000 }, (_, i) => `d${i}.org`),
    });
    const start = performance.now();
    expect(() => parseConfigText(huge)).toThrow("The configuration is larger than 1 MB");
    expect(() =>
      parseConfigText(
        JSON.stringify({ organizationDomains: Array.from({ length: 1001 }, (_, i) => `d${i}.org`) }),
      ),
    ).toThrow(/organizationDomains/);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("wants https for every URL (plain http only to this machine)", () => {
    expect(() =>
      parseConfigText(JSON.stringify({ report: { webhookUrl: "http://hooks.example.org/r" } })),
    ).toThrow(/https/);
    expect(() =>
      parseConfigText(JSON.stringify({ report: { graphUrl: "http://graph.example.org/v1.0" } })),
    ).toThrow(/https/);
    expect(
      parseConfigText(JSON.stringify({ report: { webhookUrl: "http://127.0.0.1:8080/r" } })).report
        .webhookUrl,
    ).toBe("http://127.0.0.1:8080/r");
  });
});
