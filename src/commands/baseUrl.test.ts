import { addinBaseUrl } from "./baseUrl";

describe("the add-in's base URL", () => {
  it("is the commands page's folder where there is a page", () => {
    expect(addinBaseUrl({ pageUrl: "https://addins.example.org/cg/commands.html?_host_Info=x" })).toBe(
      "https://addins.example.org/cg/",
    );
  });

  it("comes from javascriptRuntimeUrl in classic Outlook's JavaScript-only runtime", () => {
    expect(addinBaseUrl({ javascriptRuntimeUrl: "https://addins.example.org/cg/commands.js" })).toBe(
      "https://addins.example.org/cg/",
    );
  });

  it("is undefined when neither is usable", () => {
    expect(addinBaseUrl({})).toBeUndefined();
    expect(addinBaseUrl({ pageUrl: "about:blank", javascriptRuntimeUrl: "not a url" })).toBeUndefined();
  });
});
