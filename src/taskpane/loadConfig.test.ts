import { DEFAULT_CONFIG } from "../config/defaults";
import { CONFIG_URL, loadConfig } from "./loadConfig";

function answer(status: number, body = "") {
  return jest.fn(async () => ({ ok: status >= 200 && status < 300, status, text: async () => body }));
}

describe("loadConfig", () => {
  it("asks for config.json beside the page", async () => {
    const fetchText = answer(404);
    await loadConfig(fetchText);
    expect(fetchText).toHaveBeenCalledWith(CONFIG_URL);
    expect(CONFIG_URL).toBe("config.json");
  });

  it("uses the defaults silently when there is no config.json", async () => {
    expect(await loadConfig(answer(404))).toEqual({ config: DEFAULT_CONFIG });
  });

  it("merges a valid file over the defaults", async () => {
    const loaded = await loadConfig(answer(200, '{"language":"es","organizationDomains":["Example.org"]}'));
    expect(loaded.notice).toBeUndefined();
    expect(loaded.config.language).toBe("es");
    expect(loaded.config.organizationDomains).toEqual(["example.org"]);
    expect(loaded.config.report).toEqual(DEFAULT_CONFIG.report);
  });

  it("uses the defaults with a notice when the file is not JSON", async () => {
    const loaded = await loadConfig(answer(200, '{"language": "en",'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.notice).toEqual({
      reason: "invalid",
      detail: expect.stringMatching(/^The configuration is not valid JSON: .+/),
    });
  });

  it("uses the defaults with a notice naming the field when the schema rejects the file", async () => {
    const loaded = await loadConfig(answer(200, '{"language":"fr"}'));
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(loaded.notice).toEqual({
      reason: "invalid",
      detail: expect.stringContaining("Invalid configuration at language"),
    });
  });

  it("uses the defaults with a notice when the server fails or cannot be reached", async () => {
    expect((await loadConfig(answer(500))).notice).toEqual({ reason: "status", status: 500 });
    const offline = await loadConfig(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(offline.config).toEqual(DEFAULT_CONFIG);
    expect(offline.notice).toEqual({ reason: "download", detail: "Failed to fetch" });
  });

  it("gives up on a server that never answers and uses the defaults with a notice", async () => {
    const hung = await loadConfig(() => new Promise(() => undefined), "config.json", 20);
    expect(hung.config).toEqual(DEFAULT_CONFIG);
    expect(hung.notice).toEqual({ reason: "download", detail: "config.json did not answer within 0 s" });
  });
});
