import fc from "fast-check";
import { addressDomain, normalizeHost, plainHostname } from "./normalize";

describe("normalizeHost", () => {
  it.each([
    ["Senate.GOV.", "senate.gov", "senate.gov"],
    ["https://user:pw@adfs.senate.group:8443/path?q#f", "adfs.senate.group", "senate.group"],
    ["xn--snate-9ra.gov", "xn--snate-9ra.gov", "xn--snate-9ra.gov"],
    ["sénate.gov", "xn--snate-bsa.gov", "xn--snate-bsa.gov"],
    // The PSL's private section makes each web.app project its own registrable domain; sharepoint.com is not listed.
    ["login.phish.web.app", "login.phish.web.app", "phish.web.app"],
    ["contoso.sharepoint.com", "contoso.sharepoint.com", "sharepoint.com"],
    ["www.bbc.co.uk", "www.bbc.co.uk", "bbc.co.uk"],
  ])("%s → host %s, registrable %s", (input, host, registrable) => {
    expect(normalizeHost(input)).toMatchObject({ host, registrable, isIp: false });
  });

  it("reads IPv4 in hex and octal forms as the IP it is", () => {
    expect(normalizeHost("http://0x7f.1/")).toMatchObject({ host: "127.0.0.1", isIp: true });
    expect(normalizeHost("0300.0250.0.1")).toMatchObject({ host: "192.168.0.1", isIp: true });
    expect(normalizeHost("[::1]")).toMatchObject({ host: "[::1]", isIp: true });
  });

  it("refuses what is not a host", () => {
    for (const bad of [
      "",
      "   ",
      "a b.com",
      "http://",
      "x".repeat(3000),
      " ..",
      ".",
      "a..b",
      ".a.com",
      "a.com..",
    ])
      expect(normalizeHost(bad)).toBeUndefined();
  });

  it("keeps one trailing dot's meaning: the root", () => {
    expect(normalizeHost("senate.gov.")?.host).toBe("senate.gov");
    expect(normalizeHost("https://senate.gov./x")?.host).toBe("senate.gov");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void normalizeHost(s)));
    fc.assert(fc.property(fc.webUrl(), (s) => void normalizeHost(s)));
  });
});

describe("plainHostname", () => {
  it("accepts only what URL would return unchanged", () => {
    const host = fc.string({ unit: fc.constantFrom(..."abxnX09-._:/@".split("")), maxLength: 20 });
    fc.assert(
      fc.property(host, (s) => {
        const plain = plainHostname(s);
        if (plain === undefined) return;
        expect(new URL(`http://${s}`).hostname).toBe(plain);
      }),
      { numRuns: 500 },
    );
  });

  it.each(["0x7f.1", "1.2.3.4", "a..b", "senate.gov.", "Senate.gov", "xn--snate-bsa.gov", "a_b.com", ""])(
    "leaves %j to URL",
    (s) => expect(plainHostname(s)).toBeUndefined(),
  );
});

describe("addressDomain", () => {
  it("takes the part after the last @", () => {
    expect(addressDomain('"a@b"@Senate.Group')?.host).toBe("senate.group");
    expect(addressDomain("no-at-sign")).toBeUndefined();
    expect(addressDomain("x@evil com")).toBeUndefined();
    expect(addressDomain("x@")).toBeUndefined();
  });
});
