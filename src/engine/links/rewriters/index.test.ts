import { REWRITERS } from ".";

describe("REWRITERS", () => {
  it("have distinct ids and names for people", () => {
    expect(new Set(REWRITERS.map((r) => r.id)).size).toBe(REWRITERS.length);
    for (const r of REWRITERS) expect(r.name).toMatch(/^[A-Z]/);
  });

  it.each([
    "https://www.google.com/search?q=x",
    "https://www.google.com/",
    "https://outlook.office.com/mail/inbox",
    "https://outlook.office.com/mail/inbox/id/AAQkAGI2?url=https%3A%2F%2Fx.example",
    "https://login.microsoftonline.com/common/oauth2/authorize?url=https%3A%2F%2Fx.example",
    "https://www.senate.gov/?url=https%3A%2F%2Fx.example&u=dGV4dA&q=https://x.example",
    "https://www.senate.gov/login?url=aHR0cHM6Ly93d3cuc2VuYXRlLmdvdi9ob21l",
    "https://www.google.com/amp",
    "https://www.bing.com/search?q=x&u=a1aHR0cHM6Ly94LmV4YW1wbGUv",
    "http://ad.doubleclick.net/ad/site.example/email/;sz=468x60;ord=1986839?",
    "https://translate.google.com/?sl=auto&tl=en&text=hello",
    "https://deref-gmx.net/mail/client/",
    "https://proofpoint.com/v3/__https://x.example/__;!!a$",
    "https://www.mimecast.com/s/abc?domain=x.example",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
    "http://0x3E.0004.0x10.0256/url?q=https://x.example/",
  ])("none claims the ordinary URL %s", (href) => {
    const url = new URL(href);
    expect(REWRITERS.filter((r) => r.unwrap(url) !== undefined).map((r) => r.id)).toEqual([]);
  });

  it("try the encoded-redirect rule, which claims links on any host, last", () => {
    expect(REWRITERS[REWRITERS.length - 1].id).toBe("encoded-redirect");
    // An encoded destination on an ordinary site is that rule's alone.
    const url = new URL("https://www.senate.gov/?u=aHR0cHM6Ly94LmV4YW1wbGUv");
    expect(REWRITERS.filter((r) => r.unwrap(url) !== undefined).map((r) => r.id)).toEqual([
      "encoded-redirect",
    ]);
  });

  it.each([
    "https://www.google.com/amp/s/x.example/",
    "https://www.bing.com/ck/a?!&&p=1&u=a1aHR0cHM6Ly94LmV4YW1wbGUv",
    "https://adclick.g.doubleclick.net/aclk?sa=L&adurl=https://x.example/",
    "https://translate.google.com/translate?u=https://x.example/",
    "https://deref-gmx.net/mail/client/a/dereferrer/?redirectUrl=https%3A%2F%2Fx.example%2F",
    // A named service's link is its own even when a parameter also holds an encoded URL.
    "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example%2F&u=aHR0cHM6Ly95LmV4YW1wbGUv",
  ])("one named rewriter claims %s before the encoded-redirect rule", (href) => {
    const url = new URL(href);
    const first = REWRITERS.find((r) => r.unwrap(url) !== undefined);
    expect(first?.id).not.toBe("encoded-redirect");
    expect(REWRITERS.filter((r) => r.id !== "encoded-redirect" && r.unwrap(url) !== undefined)).toHaveLength(
      1,
    );
  });
});
