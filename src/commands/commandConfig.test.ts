import { DEFAULT_CONFIG } from "../config/defaults";
import { configUrl, loadCommandConfig } from "./commandConfig";

function response(status: number, body: string) {
  return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });
}

describe("loadCommandConfig", () => {
  it("fetches config.json beside the page and merges it over the defaults", async () => {
    const fetch = jest.fn(() =>
      response(200, JSON.stringify({ organizationDomains: ["Rivera-for-Senate.example"] })),
    );
    const config = await loadCommandConfig({
      fetch,
      pageUrl: "https://guard.example.org/addin/commands.html?_host_Info=x",
    });
    expect(fetch).toHaveBeenCalledWith("https://guard.example.org/addin/config.json");
    expect(config).toEqual({ ...DEFAULT_CONFIG, organizationDomains: ["rivera-for-senate.example"] });
  });

  it.each([
    ["a 404", () => response(404, "Not found")],
    ["invalid JSON", () => response(200, "{ nope")],
    ["an unknown key", () => response(200, '{"reportMode":"graph"}')],
    ["a network error", () => Promise.reject(new TypeError("Failed to fetch"))],
  ])("falls back to the defaults on %s", async (_label, fetch) => {
    await expect(
      loadCommandConfig({ fetch, pageUrl: "https://guard.example.org/commands.html" }),
    ).resolves.toEqual(DEFAULT_CONFIG);
  });

  it("falls back to the defaults when config.json never answers", async () => {
    const fetch = () => new Promise<never>(() => undefined);
    await expect(loadCommandConfig({ fetch, pageUrl: "https://x.example/", timeoutMs: 10 })).resolves.toEqual(
      DEFAULT_CONFIG,
    );
  });

  it("uses a relative URL where there is no page (JavaScript-only runtime)", () => {
    expect(configUrl(undefined)).toBe("config.json");
    expect(configUrl("not a url")).toBe("config.json");
  });
});
