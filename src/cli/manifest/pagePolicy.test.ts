import { withPagePolicy } from "./pagePolicy";

describe("withPagePolicy", () => {
  it("replaces the policy <meta> as webpack minifies it, leaving the rest of the page as it was", () => {
    const page =
      "<!doctype html><html><head><meta charset=utf-8>" +
      `<meta http-equiv=Content-Security-Policy content="connect-src 'self' https:">` +
      "<script src=taskpane.js></script></head></html>";
    expect(withPagePolicy(page, "connect-src 'self'", "taskpane.html")).toBe(
      "<!doctype html><html><head><meta charset=utf-8>" +
        `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'">` +
        "<script src=taskpane.js></script></head></html>",
    );
  });

  it("finds it whatever the case and quoting, and refuses a page without one", () => {
    const page = `<head><META HTTP-EQUIV='content-security-policy' CONTENT='x'/><title>t</title></head>`;
    expect(withPagePolicy(page, "default-src 'none'", "help.html")).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>t</title></head>`,
    );
    expect(() => withPagePolicy("<head><title>t</title></head>", "x", "index.html")).toThrow(
      "index.html has no Content-Security-Policy <meta>",
    );
  });
});
