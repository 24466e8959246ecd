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
    "https://www.senate.gov/?url=https%3A%2F%2Fx.example&u=aHR0cHM6Ly94LmV4YW1wbGUv&q=https://x.example",
    "https://proofpoint.com/v3/__https://x.example/__;!!a$",
    "https://www.mimecast.com/s/abc?domain=x.example",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting",
    "http://0x3E.0004.0x10.0256/url?q=https://x.example/",
  ])("none claims the ordinary URL %s", (href) => {
    const url = new URL(href);
    expect(REWRITERS.filter((r) => r.unwrap(url) !== undefined).map((r) => r.id)).toEqual([]);
  });
});
