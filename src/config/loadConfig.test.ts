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
