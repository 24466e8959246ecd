import { hashOf } from "./deletionHash";
import { SpoofTable } from "./spoofTable";

describe("SpoofTable", () => {
  it("finds a key at the end of a longer string, and the later of two equal keys", () => {
    const table = new SpoofTable<number>(2);
    table.set("evil.com", hashOf("evil.com"), 1);
    table.set("evil.com", hashOf("evil.com"), 2);
    expect(table.size).toBe(1);
    expect(table.getEnd("login.evil.com", 6, hashOf("evil.com"))).toBe(2);
    expect(table.getEnd("evil.com", 0, hashOf("evil.com"))).toBe(2);
    expect(table.getEnd("notevil.com", 3, hashOf("evil.com"))).toBe(2);
    expect(table.getEnd("login.evil.co", 6, hashOf("evil.co"))).toBeUndefined();
  });

  it("tells keys apart whose hashes collide", () => {
    const table = new SpoofTable<string>(3);
    for (const key of ["a.com", "b.com", "c.com"]) table.set(key, 7, key);
    for (const key of ["a.com", "b.com", "c.com"]) expect(table.getEnd(`x.${key}`, 2, 7)).toBe(key);
    expect(table.getEnd("d.com", 0, 7)).toBeUndefined();
  });

  it("holds as many keys as it was sized for, each found again", () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `spoof-${i.toString(36)}.example`);
    const table = new SpoofTable<number>(keys.length);
    keys.forEach((key, i) => table.set(key, hashOf(key), i));
    expect(table.size).toBe(keys.length);
    keys.forEach((key, i) => expect(table.getEnd(key, 0, hashOf(key))).toBe(i));
    expect(table.getEnd("spoof-zzzz.example", 0, hashOf("spoof-zzzz.example"))).toBeUndefined();
  });
});
