import { readFile, writeFile } from "node:fs/promises";
import { acceptFeed, FeedRejected, type AcceptedFeed } from "../../feed/acceptFeed";
import { buildFeed, feedSourceSchema, nextRelease, serializeFeed } from "../../feed/build/buildFeed";
import { parseFeed, type Feed } from "../../feed/feedSchema";
import { generateKeyPair, isPublicKey, signBytes } from "../../feed/signature";
import { EXIT, UsageError, type CliIo } from "../io";

export interface FeedOptions {
  out?: string;
  previous?: string;
  private?: string;
  public?: string;
  key?: string[];
  sig?: string;
}

/** One line for a file that cannot be read or parsed, never a stack trace. */
export class FeedInputError extends Error {}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new FeedInputError(
      `cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedInputError(`${path} is not JSON`);
  }
}

function required(value: string | undefined, flag: string, sub: string): string {
  if (!value) throw new UsageError(`feed ${sub} needs ${flag}`);
  return value;
}

/** Reads public keys given as files or as the base64 text itself. */
export async function readPublicKeys(keys: string[]): Promise<string[]> {
  const result: string[] = [];
  for (const key of keys) {
    const text = isPublicKey(key) ? key : (await readText(key, "public key")).trim();
    if (!isPublicKey(text))
      throw new FeedInputError(`${key} is not an Ed25519 public key (base64 of 32 bytes)`);
    result.push(text);
  }
  return result;
}

/** Verifies FEED against SIG and the keys; the feed and its skipped entries, or a one-line reason. */
export async function loadSignedFeed(
  feedPath: string,
  sigPath: string,
  keys: string[],
): Promise<AcceptedFeed> {
  const publicKeys = await readPublicKeys(keys);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(feedPath));
  } catch (error) {
    throw new FeedInputError(
      `cannot read feed ${feedPath}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
  const signature = await readText(sigPath, "signature");
  try {
    return await acceptFeed(bytes, signature, { publicKeys, now: new Date() });
  } catch (error) {
    if (error instanceof FeedRejected) throw new FeedInputError(`${feedPath}: ${error.message}`);
    throw error;
  }
}

/** `feed keygen|build|sign|verify …`: publish and check a signed domain list. */
export async function feedCommand(args: string[], options: FeedOptions, io: CliIo): Promise<number> {
  const [sub, ...files] = args;
  try {
    if (sub === "keygen") {
      const privatePath = required(options.private, "--private FILE", sub);
      const publicPath = required(options.public, "--public FILE", sub);
      const pair = await generateKeyPair();
      // "wx": never overwrite an existing key; the private key is readable by its owner only.
      await writeFile(privatePath, `${pair.privateKey}\n`, { flag: "wx", mode: 0o600 }).catch((error) => {
        throw new FeedInputError(
          `cannot write ${privatePath}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
        );
      });
      await writeFile(publicPath, `${pair.publicKey}\n`);
      io.out(`public key: ${pair.publicKey}`);
      return EXIT.ok;
    }
    if (sub === "build") {
      if (files.length !== 1) throw new UsageError("feed build needs one SOURCE file");
      const out = required(options.out, "--out FEED", sub);
      const parsed = feedSourceSchema.safeParse(parseJson(await readText(files[0], "source"), files[0]));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new FeedInputError(`${files[0]}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
      }
      let previous: Feed | undefined;
      if (options.previous) {
        try {
          previous = parseFeed(
            parseJson(await readText(options.previous, "previous feed"), options.previous),
          );
        } catch (error) {
          throw new FeedInputError(`${options.previous}: ${(error as Error).message}`);
        }
      }
      const { feed, skipped } = buildFeed(parsed.data, nextRelease(previous, new Date()));
      for (const s of skipped) io.err(`campaign-guard: left out spoof ${s.index} (${s.domain}): ${s.reason}`);
      await writeFile(out, serializeFeed(feed));
      io.out(`version ${feed.version}: ${feed.spoofs.length} spoofs, expires ${feed.expires}`);
      return EXIT.ok;
    }
    if (sub === "sign") {
      if (files.length !== 1) throw new UsageError("feed sign needs one FEED file");
      const keyPath = required(options.key?.[0], "--key PRIVATE", sub);
      const out = required(options.out, "--out SIG", sub);
      const bytes = new Uint8Array(
        await readFile(files[0]).catch(() => {
          throw new FeedInputError(`cannot read feed ${files[0]}`);
        }),
      );
      const signature = await signBytes(bytes, (await readText(keyPath, "private key")).trim()).catch(
        (error: Error) => {
          throw new FeedInputError(`${keyPath}: ${error.message}`);
        },
      );
      await writeFile(out, `${signature}\n`);
      return EXIT.ok;
    }
    if (sub === "verify") {
      if (files.length !== 1) throw new UsageError("feed verify needs one FEED file");
      const sig = required(options.sig, "--sig SIG", sub);
      if (!options.key?.length) throw new UsageError("feed verify needs --key PUBLIC");
      const { feed, skipped } = await loadSignedFeed(files[0], sig, options.key);
      for (const s of skipped)
        io.err(`campaign-guard: spoof ${s.index} is invalid and left out: ${s.reason}`);
      io.out(`valid: version ${feed.version}, issued ${feed.issued}, expires ${feed.expires}`);
      return EXIT.ok;
    }
    throw new UsageError(
      sub ? `unknown feed command ${JSON.stringify(sub)}` : "feed needs keygen, build, sign or verify",
    );
  } catch (error) {
    if (error instanceof FeedInputError) {
      io.err(`campaign-guard: ${error.message}`);
      return EXIT.inputError;
    }
    throw error;
  }
}
