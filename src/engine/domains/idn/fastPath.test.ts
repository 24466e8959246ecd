import { toUnicode } from "tr46";
import { checkIdn } from ".";

jest.mock("tr46", () => {
  const actual = jest.requireActual("tr46");
  return { ...actual, toUnicode: jest.fn(actual.toUnicode) };
});

describe("plain ASCII fast path", () => {
  beforeEach(() => jest.mocked(toUnicode).mockClear());

  it("never calls tr46 for a host without punycode labels", () => {
    for (const host of ["www.example.com", "senate.gov", "", ".", "a-b.c_d.example", "[::1]", "xnx--a.com"]) {
      expect(checkIdn(host).display).toBe(host);
    }
    expect(toUnicode).not.toHaveBeenCalled();
  });

  it("decodes as soon as one label is punycode", () => {
    expect(checkIdn("www.xn--caf-dma.fr").display).toBe("www.café.fr");
    expect(toUnicode).toHaveBeenCalled();
  });
});
