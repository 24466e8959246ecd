/** Where the CLI writes; injected so tests can capture output without spawning processes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** All of standard input (`--files-from -`). */
  stdin?(): Promise<string>;
}

/** Exit codes: 0 all inputs analysed, 1 some input could not be read, 2 usage error. */
export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

export class UsageError extends Error {}
