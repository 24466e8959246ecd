import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./check/checkManifest";
import { hostingUrl, idForHost, productionManifest } from "./production";

const template = readFileSync(join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");
const BASE = "https://addins.campaign.org/guard/";
const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe("hostingUrl", () => {
  it.each([
    "https://localhost:3000/",
    "https://LOCALHOST/",
    "https://dev.localhost/",
    "https://127.0.0.1/",
    "https://127.1.2.3:8443/x/",
    "https://[::1]/",
    "https://0.0.0.0/",
  ])("refuses %s: the manifest must name a host users reach", (url) => {
    expect(() => hostingUrl(url)).toThrow(/this machine/);
  });

  it("refuses http and accepts an https host, adding the trailing slash", () => {
    expect(() => hostingUrl("http://addins.campaign.org/")).toThrow(/https/);
    expect(hostingUrl("https://addins.campaign.org/guard")).toBe(BASE);
  });
});

describe("productionManifest", () => {
  const xml = productionManifest(template, BASE);

  it("has nothing of localhost, its own Id, a higher version and says what it is", () => {
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).not.toContain("development manifest");
    expect(xml).toContain(`CampaignGuard production manifest for ${BASE}`);
    expect(tag(xml, "Id")).toBe(idForHost(BASE));
    expect(tag(xml, "Id")).not.toBe(tag(template, "Id"));
    expect(tag(xml, "Version")).toBe("1.0.0.1");
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}help.html"/>`);
    expect(checkManifest(xml, { expectedOrigin: "https://addins.campaign.org" })).toEqual([]);
  });

  it("keeps one Id per host, another for another host", () => {
    expect(tag(productionManifest(template, BASE), "Id")).toBe(tag(xml, "Id"));
    expect(idForHost("https://other.example/")).not.toBe(idForHost(BASE));
    expect(idForHost(BASE)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("updates a previous upload: same Id, the version past it", () => {
    const previous = productionManifest(template, BASE, {
      id: "11111111-2222-4333-8444-555555555555",
      version: "2.3.0.0",
    });
    const next = productionManifest(template, BASE, { previous });
    expect(tag(next, "Id")).toBe("11111111-2222-4333-8444-555555555555");
    expect(tag(next, "Version")).toBe("2.3.0.1");
  });

  it("refuses a version Outlook would not see as an update, and an Id that is not a GUID", () => {
    expect(() => productionManifest(template, BASE, { version: "1.0.0.0" })).toThrow(/higher than 1.0.0.0/);
    expect(() => productionManifest(template, BASE, { version: "two" })).toThrow(/not like/);
    expect(() => productionManifest(template, BASE, { id: "guard" })).toThrow(/GUID/);
    expect(tag(productionManifest(template, BASE, { version: "1.2" }), "Version")).toBe("1.2");
  });
});
