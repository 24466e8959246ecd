import { readFile } from "node:fs/promises";
import { UsageError } from "./io";

/**
 * The paths listed in `--files-from FILE` (`-`: standard input), one a line, or NUL-separated as
 * `find -print0` writes them. A list has no length limit, unlike a command line: thousands of paths
 * through `npm run` would exceed the shell's and npm's argument limits.
 */
export async function readPathList(source: string, stdin: () => Promise<string>): Promise<string[]> {
  let text: string;
  try {
    text = source === "-" ? await stdin() : await readFile(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read --files-from ${source}: ${code ?? String(error)}`);
  }
  const paths = text
    .split(text.includes("\0") ? "\0" : "\n")
    .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line))
    .filter((line) => line.trim() !== "");
  if (paths.length === 0) throw new UsageError(`--files-from ${source} names no paths`);
  return paths;
}

/** All of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
