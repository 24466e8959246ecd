import fc from "fast-check";
import { domainsInText } from "./domainsInText";

describe("domainsInText", () => {
  it.each([
    ["security@senate.gov", ["senate.gov"]],
    ["Senate.gov IT Help Desk", ["senate.gov"]],
    ["Visit https://www.senate.gov/login, then reply.", ["senate.gov"]],
    ["www.hudson.org/events…", ["hudson.org"]],
    ["R.Hughes", []],
    ["Dr. Smith", []],
    ["Jordan Harper", []],
    ["CNET News.com", ["news.com"]],
  ])("%j → %j", (text, expected) => expect(domainsInText(text)).toEqual(expected));

  it("never throws and stays fast on hostile text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => void domainsInText(s)));
    expect(domainsInText(`a${".".repeat(100_000)}b`)).toEqual([]);
  });
});
