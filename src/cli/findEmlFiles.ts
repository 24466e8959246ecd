import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export type Input = { file: string } | { file: string; error: string };

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) out.push(path);
  }
}

/** Expands PATH arguments: a file is taken as is, a directory yields its *.eml files recursively. */
export async function findEmlFiles(paths: string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const files: string[] = [];
        await walk(path, files);
        if (files.length === 0) inputs.push({ file: path, error: "no .eml files in this directory" });
        inputs.push(...files.map((file) => ({ file })));
      } else {
        inputs.push({ file: path });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      inputs.push({
        file: path,
        error: code === "ENOENT" ? "no such file or directory" : String(code ?? error),
      });
    }
  }
  return inputs;
}
