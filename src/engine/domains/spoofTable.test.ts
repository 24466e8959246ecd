import { hashOf } from "./deletionHash";
import { spoofListOf } from "./lists";
import { SpoofTable } from "./spoofTable";

const entry = (domain: string, n = 0) => ({ domain, n });

describe("SpoofTable", () => {
  it("finds a key at the end of a longer string, and the later of two equal keys", () => {
    const entries = [entry("evil.com", 1), entry("evil.com", 2)];
    const table = new SpoofTable(spoofListOf(entries));
    entries.forEach((e, i) => table.set(i, e.domain, hashOf(e.domain)));
    expect(table.size).toBe(1);
    expect(table.getEnd("login.evil.com", 6, hashOf("evil.com"))).toBe(entries[1]);
    expect(table.getEnd("evil.com", 0, hashOf("evil.com"))).toBe(entries[1]);
    expect(table.getEnd("notevil.com", 3, hashOf("evil.com"))).toBe(entries[1]);
    expect(table.getEnd("login.evil.co", 6, hashOf("evil.co"))).toBeUndefined();
  });

  it("tells keys apart whose hashes collide", () => {
    const entries = ["a.com", "b.com", "c.com"].map((d) => entry(d));
    const table = new SpoofTable(spoofListOf(entries));
    entries.forEach((e, i) => table.set(i, e.domain, 7));
    for (const e of entries) expect(table.getEnd(`x.${e.domain}`, 2, 7)).toBe(e);
    expect(table.getEnd("d.com", 0, 7)).toBeUndefined();
  });

  it("files an entry under a key other than its domain", () => {
    const entries = [entry("EVIL.com"), entry("b.com")];
    const table = new SpoofTable(spoofListOf(entries));
    table.set(0, "evil.com", hashOf("evil.com"));
    table.set(1, "b.com", hashOf("b.com"));
    expect(table.getEnd("mail.evil.com", 5, hashOf("evil.com"))).toBe(entries[0]);
    expect(table.getEnd("EVIL.com", 0, hashOf("EVIL.com"))).toBeUndefined();
    expect(table.getEnd("b.com", 0, hashOf("b.com"))).toBe(entries[1]);
  });

  it("holds as many keys as it was sized for, each found again", () => {
    const entries = Array.from({ length: 5000 }, (_, i) => entry(`spoof-${i.toString(36)}.example`, i));
    const table = new SpoofTable(spoofListOf(entries));
    entries.forEach((e, i) => table.set(i, e.domain, hashOf(e.domain)));
    expect(table.size).toBe(entries.length);
    entries.forEach((e) => expect(table.getEnd(e.domain, 0, hashOf(e.domain))).toBe(e));
    expect(table.getEnd("spoof-zzzz.example", 0, hashOf("spoof-zzzz.example"))).toBeUndefined();
  });
});
