import { generateKeyPair, signBytes, verifyBytes, verifyNatively, verifyWithNoble } from "./signature";

const encode = (s: string) => new TextEncoder().encode(s);
const decode64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

describe("Ed25519 feed signatures", () => {
  it("verify natively and with noble alike: the signed bytes pass, any other byte or key fails", async () => {
    const key = await generateKeyPair();
    const other = await generateKeyPair();
    const bytes = encode('{"format":1,"version":42}\n');
    const sig = decode64(await signBytes(bytes, key.privateKey));
    const tampered = encode('{"format":1,"version":43}\n');
    // A 32-byte string that is no curve point (y = 2 has no x).
    const notAPoint = Uint8Array.from([2, ...new Array<number>(31).fill(0)]);
    for (const verify of [verifyNatively, verifyWithNoble]) {
      expect(await verify(sig, bytes, decode64(key.publicKey))).toBe(true);
      expect(await verify(sig, tampered, decode64(key.publicKey))).toBe(false);
      expect(await verify(sig, bytes, decode64(other.publicKey))).toBe(false);
      expect(await verify(sig, bytes, notAPoint)).toBe(false);
    }
  });

  it("tries every trusted key and names the reason a signature is refused", async () => {
    const key = await generateKeyPair();
    const old = await generateKeyPair();
    const bytes = encode("feed");
    const sig = await signBytes(bytes, key.privateKey);
    expect(await verifyBytes(bytes, sig, [old.publicKey, key.publicKey])).toEqual({ ok: true, keyIndex: 1 });
    expect(await verifyBytes(bytes, sig, [old.publicKey])).toEqual({ ok: false, problem: "mismatch" });
    expect(await verifyBytes(bytes, " ", [key.publicKey])).toEqual({
      ok: false,
      problem: "missing-signature",
    });
    expect(await verifyBytes(bytes, "<html>", [key.publicKey])).toEqual({
      ok: false,
      problem: "malformed-signature",
    });
    expect(await verifyBytes(bytes, sig, ["not a key"])).toEqual({ ok: false, problem: "no-trusted-key" });
  });
});
