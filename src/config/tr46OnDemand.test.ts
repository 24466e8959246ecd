import * as tr46 from "tr46/index.js";

type OnDemand = typeof import("./tr46OnDemand");

/** A fresh copy of the module: it keeps the loaded tables between calls, as the pane needs. */
function fresh(): OnDemand {
  let module: OnDemand | undefined;
  jest.isolateModules(() => {
    module = jest.requireActual<OnDemand>("./tr46OnDemand");
  });
  return module as OnDemand;
}

const PUNYCODE = "xn--snate-zwe"; // "sеnate" with a Cyrillic е

describe("tr46 on demand", () => {
  it("answers an error until the tables are loaded, then runs again with them", async () => {
    const lazy = fresh();
    expect(lazy.toUnicode(PUNYCODE)).toEqual({ domain: PUNYCODE, error: true });
    const load = jest.fn(async () => tr46);
    const seen: string[] = [];
    const result = await lazy.withTr46(() => {
      const { domain } = lazy.toUnicode(PUNYCODE);
      seen.push(domain);
      return domain;
    }, load);
    expect(result).toBe(tr46.toUnicode(PUNYCODE).domain);
    expect(seen).toEqual([PUNYCODE, result]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("runs once and loads nothing when nothing needed the tables", async () => {
    const lazy = fresh();
    const run = jest.fn(() => 42);
    const load = jest.fn(async () => tr46);
    await expect(lazy.withTr46(run, load)).resolves.toBe(42);
    expect(run).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it("uses tables a bundle provides without loading them", async () => {
    const lazy = fresh();
    lazy.provideTr46(tr46);
    const load = jest.fn(async () => tr46);
    await expect(lazy.withTr46(() => lazy.toUnicode(PUNYCODE).domain, load)).resolves.toBe("sеnate");
    expect(load).not.toHaveBeenCalled();
  });

  it("builds a memo again once the tables arrive, only when its build needed them", async () => {
    const lazy = fresh();
    const needing = jest.fn(() => lazy.toUnicode(PUNYCODE).domain);
    const plain = jest.fn(() => "ascii");
    const memoNeeding = lazy.memoWithTr46(needing);
    const memoPlain = lazy.memoWithTr46(plain);
    expect(memoNeeding()).toBe(PUNYCODE);
    expect(memoPlain()).toBe("ascii");
    expect(needing).toHaveBeenCalledTimes(1);
    // A run reading the memo built from the stand-in counts as needing the tables.
    await expect(lazy.withTr46(memoNeeding, async () => tr46)).resolves.toBe("sеnate");
    expect(memoNeeding()).toBe("sеnate");
    expect(memoPlain()).toBe("ascii");
    expect(needing).toHaveBeenCalledTimes(2);
    expect(plain).toHaveBeenCalledTimes(1);
  });
});
