import * as ed from "@noble/ed25519";
import { base64ToBytes, bytesToBase64 } from "../engine/text/encoding";

/**
 * Detached Ed25519 signatures over a feed's exact bytes, the same in Node and the browser: WebCrypto's
 * own Ed25519 where the platform has it (Node 20, current browsers), else noble, whose async functions
 * hash with WebCrypto's SHA-512. Keys and signatures travel as base64 text: a public key is 32 bytes,
 * a private key (seed) 32, a signature 64.
 */

export type SignatureProblem = "missing-signature" | "malformed-signature" | "no-trusted-key" | "mismatch";

export type SignatureCheck = { ok: true; keyIndex: number } | { ok: false; problem: SignatureProblem };

/** Decodes standard base64 of exactly `length` bytes (surrounding whitespace allowed), else undefined. */
function fromBase64(text: string, length: number): Uint8Array | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return undefined;
  const bytes = base64ToBytes(trimmed);
  return bytes?.length === length ? bytes : undefined;
}

export async function generateKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  const secret = ed.utils.randomSecretKey();
  return { privateKey: bytesToBase64(secret), publicKey: bytesToBase64(await ed.getPublicKeyAsync(secret)) };
}

export async function publicKeyOf(privateKey: string): Promise<string> {
  const secret = fromBase64(privateKey, 32);
  if (!secret) throw new Error("not an Ed25519 private key (base64 of 32 bytes)");
  return bytesToBase64(await ed.getPublicKeyAsync(secret));
}

export async function signBytes(bytes: Uint8Array, privateKey: string): Promise<string> {
  const secret = fromBase64(privateKey, 32);
  if (!secret) throw new Error("not an Ed25519 private key (base64 of 32 bytes)");
  return bytesToBase64(await ed.signAsync(bytes, secret));
}

/** True when `publicKey` is base64 of a valid Ed25519 public key. */
export function isPublicKey(publicKey: string): boolean {
  const bytes = fromBase64(publicKey, 32);
  if (!bytes) return false;
  try {
    ed.Point.fromBytes(bytes);
    return true;
  } catch {
    return false;
  }
}

/** One signature, one key: true when it matches; a key that is not a curve point matches nothing. */
export type Ed25519Verify = (
  signature: Uint8Array,
  bytes: Uint8Array,
  publicKey: Uint8Array,
) => Promise<boolean>;

export const verifyWithNoble: Ed25519Verify = async (signature, bytes, publicKey) => {
  try {
    return await ed.verifyAsync(signature, bytes, publicKey);
  } catch {
    return false;
  }
};

/** Native verification hashes a 25 MB feed in place; noble first copies it next to R and A. */
export const verifyNatively: Ed25519Verify = async (signature, bytes, publicKey) => {
  // WebCrypto's types want ArrayBuffer-backed views; nothing here is a SharedArrayBuffer.
  const view = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
  try {
    const key = await crypto.subtle.importKey("raw", view(publicKey), { name: "Ed25519" }, false, ["verify"]);
    return await crypto.subtle.verify({ name: "Ed25519" }, key, view(signature), view(bytes));
  } catch {
    return false;
  }
};

/** The compressed base point: a valid key on any platform that supports Ed25519 at all. */
const BASE_POINT = Uint8Array.from([0x58, ...new Array<number>(31).fill(0x66)]);
let chosen: Promise<Ed25519Verify> | undefined;

function platformVerify(): Promise<Ed25519Verify> {
  chosen ??= crypto.subtle.importKey("raw", BASE_POINT, { name: "Ed25519" }, false, ["verify"]).then(
    () => verifyNatively,
    () => verifyWithNoble,
  );
  return chosen;
}

/** Checks a detached signature against every trusted key (several during a rotation). */
export async function verifyBytes(
  bytes: Uint8Array,
  signature: string | undefined,
  publicKeys: readonly string[],
): Promise<SignatureCheck> {
  if (signature === undefined || signature.trim() === "") return { ok: false, problem: "missing-signature" };
  const sig = fromBase64(signature, 64);
  if (!sig) return { ok: false, problem: "malformed-signature" };
  const keys = publicKeys.map((k) => fromBase64(k, 32)).filter((k): k is Uint8Array => k !== undefined);
  if (keys.length === 0) return { ok: false, problem: "no-trusted-key" };
  const verify = await platformVerify();
  for (let i = 0; i < keys.length; i++)
    if (await verify(sig, bytes, keys[i])) return { ok: true, keyIndex: i };
  return { ok: false, problem: "mismatch" };
}
