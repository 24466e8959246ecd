import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { contextFor } from "../config/engineContext";
import { loadCliConfig } from "./cliConfig";
import { domain } from "./commands/domain";
import { feedCommand, FeedInputError, loadSignedFeed } from "./commands/feed";
import { defaultEvalEnvironment, evalCommand, type EvalEnvironment } from "./commands/eval";
import { manifest } from "./commands/manifest";
import { scan } from "./commands/scan";
import { EXIT, UsageError, type CliIo } from "./io";
import { readPathList } from "./pathList";

export const USAGE = `Usage: campaign-guard <command> [options]

Commands:
  scan [--json] [--config FILE] PATH...         analyse .eml files (a directory is searched recursively)
  scan [--json] --files-from FILE|- [PATH...]   the same for paths listed one a line in FILE or on
                                                standard input (for thousands of files)
  domain [--json] [--config FILE] DOMAIN_OR_URL...
                                                check domains or URLs: known spoofs and look-alikes, with how they imitate
                                                (scan and domain: --feed FEED --sig SIG --key PUBLIC to use a
                                                published, signed domain list instead of the bundled one)
  feed keygen --private FILE --public FILE      make an Ed25519 key pair for signing a domain list
  feed build SOURCE --out FEED [--previous FEED]
                                                build a feed from a source file (version above the previous)
  feed sign FEED --key PRIVATE --out SIG        write the detached signature of FEED
  feed verify FEED --sig SIG --key PUBLIC...    exit 0 if valid, 1 with the reason if not
  manifest --url https://host/path/ [--out FILE] [--well-known FILE]
           [--previous FILE | --id GUID] [--version V]
                                                write a production manifest.xml for your host (its own
                                                Id, kept from --previous; a version past the previous
                                                one), and the .well-known/microsoft-officeaddins-
                                                allowed.json that classic Outlook needs at the host's root
  eval [--phish DIR]... [--ham DIR]... [--json] [--half tuning|checking|both] [--list WHAT]...
                                                detection figures over corpora of real mail
                                                (campaign-guard eval --help for its options)

Options:
  --json          one JSON object per line
  --config FILE   the admin config.json (merged over the defaults)
  -h, --help      show this help

Exit status: 0 all inputs analysed, 1 some input could not be read, 2 usage error.`;

/** The command and where it is, options and their values aside; eval parses its own options. */
function findCommand(argv: string[]): { value: string; index: number } | undefined {
  const string = { type: "string" } as const;
  const { tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {
      config: string,
      "files-from": string,
      url: string,
      out: string,
      phish: string,
      ham: string,
      spam: string,
      half: string,
      list: string,
      feed: string,
      sig: string,
      key: string,
      previous: string,
      private: string,
      public: string,
    },
  });
  const first = tokens.find((t) => t.kind === "positional");
  return first?.kind === "positional" ? { value: first.value, index: first.index } : undefined;
}

/** Runs one CLI invocation; never throws, returns the exit code. */
export async function run(
  argv: string[],
  io: CliIo,
  manifestTemplate: string,
  evalEnvironment: EvalEnvironment = defaultEvalEnvironment(packageRoot()),
): Promise<number> {
  try {
    const found = findCommand(argv);
    if (found?.value === "eval") {
      const others = [...argv.slice(0, found.index), ...argv.slice(found.index + 1)];
      return await evalCommand(others, io, evalEnvironment);
    }
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        config: { type: "string" },
        "files-from": { type: "string" },
        url: { type: "string" },
        out: { type: "string" },
        "well-known": { type: "string" },
        id: { type: "string" },
        version: { type: "string" },
        feed: { type: "string" },
        sig: { type: "string" },
        key: { type: "string", multiple: true },
        previous: { type: "string" },
        private: { type: "string" },
        public: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === "help") {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (command === "manifest")
      return await manifest(manifestTemplate, values.url, values.out, io, values["well-known"], {
        id: values.id,
        version: values.version,
        previous: values.previous,
      });
    if (command === "feed") return await feedCommand(rest, values, io);
    if (command !== "scan" && command !== "domain") {
      throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : "missing command");
    }
    const listFile = values["files-from"];
    if (listFile !== undefined && command !== "scan") throw new UsageError("--files-from is for scan");
    const noStdin = () => Promise.reject(new Error("no standard input"));
    const inputs =
      listFile === undefined ? rest : [...rest, ...(await readPathList(listFile, io.stdin ?? noStdin))];
    if (inputs.length === 0)
      throw new UsageError(`${command} needs at least one ${command === "scan" ? "PATH" : "DOMAIN_OR_URL"}`);
    const config = await loadCliConfig(values.config);
    let feed;
    if (values.feed || values.sig || values.key) {
      if (!values.feed || !values.sig || !values.key)
        throw new UsageError("--feed, --sig and --key go together");
      try {
        feed = (await loadSignedFeed(values.feed, values.sig, values.key)).feed;
      } catch (error) {
        if (!(error instanceof FeedInputError)) throw error;
        io.err(`campaign-guard: ${error.message}`);
        return EXIT.inputError;
      }
    }
    const context = contextFor(config, feed);
    return command === "scan"
      ? await scan(inputs, values.json, context, io)
      : domain(rest, values.json, context, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`campaign-guard: ${(error as Error).message}`);
      io.err("Run campaign-guard --help for usage.");
      return EXIT.usage;
    }
    io.err(`campaign-guard: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.inputError;
  }
}

/** The package root: both src/cli (run with tsx) and dist/cli (bundled) sit two levels below it. */
export function packageRoot(): string {
  return resolve(__dirname, "..", "..");
}

export function defaultManifestTemplate(): string {
  return resolve(packageRoot(), "manifest.xml");
}
