import { readFile, stat } from "node:fs/promises";
import { EmlError, type EmlSource } from "./parseEml";

/** An .eml file on disk (CLI, eval), for parseEml, which refuses it unread when it is too large. */
export async function emlFileSource(file: string): Promise<EmlSource> {
  const info = await stat(file);
  if (!info.isFile()) throw new EmlError("unreadable", "not a regular file");
  return { size: info.size, read: async () => new Uint8Array(await readFile(file)) };
}
