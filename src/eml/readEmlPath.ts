import { readFile, stat } from "node:fs/promises";
import { checkEmlSize, EmlError } from "./parseEml";

/** The bytes of an .eml file on disk (CLI, eval), refused like the pane refuses them: too large, not a file. */
export async function readEmlPath(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (!info.isFile()) throw new EmlError("unreadable", "not a regular file");
  checkEmlSize(info.size);
  return new Uint8Array(await readFile(file));
}
