import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import {
  allowedOrigins,
  contentSecurityPolicy,
  PAGE_KINDS,
  type AllowedOrigins,
} from "../../config/contentSecurityPolicy";
import { DEFAULT_CONFIG } from "../../config/defaults";
import { parseConfigText } from "../../config/loadConfig";
import { checkManifest } from "./check/checkManifest";
import { wellKnownFile } from "../commands/manifest";
import { withPagePolicy } from "./pagePolicy";
import { DEV_ORIGIN, hostingUrl, productionManifest, type ProductionOptions } from "./production";

/** What the pane build writes that is not to be hosted: the dev manifest and well-known file, the CLI. */
const NOT_HOSTED = new Set(["manifest.xml", "cli", ".well-known"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export interface HostFolderOptions extends ProductionOptions {
  /** The admin's config.json text; default: a template holding the built-in defaults. */
  config?: string;
}

export interface HostFolder {
  base: string;
  manifest: string;
  files: string[];
  wellKnownUrl: string;
  /** The origins besides the host's own that the Office pages may reach (connect-src, frame-src). */
  allowed: AllowedOrigins;
}

/** Every key with its default, for the admin to edit (README, "config.json"). */
export const CONFIG_TEMPLATE = `${JSON.stringify(DEFAULT_CONFIG, null, 2)}\n`;

/**
 * The folder an admin uploads to `host`: the pages, bundles and icons of the pane build in `dist`,
 * the production manifest for that host, the well-known file (to serve at the origin's root) and
 * config.json, with each page's Content-Security-Policy allowing connections only to what that
 * config names. Refuses an invalid config, a manifest the check finds a problem in, or the development
 * origin left anywhere.
 */
export function writeHostFolder(
  dist: string,
  out: string,
  host: string,
  template: string,
  options: HostFolderOptions = {},
): HostFolder {
  const base = hostingUrl(host, "--host");
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error(`${dist} has no pane build: run npm run build`);
  const configText = options.config ?? CONFIG_TEMPLATE;
  const allowed = allowedOrigins(parseConfigText(configText));
  const manifest = productionManifest(template, base, options);
  const problems = checkManifest(manifest, { expectedOrigin: new URL(base).origin });
  if (problems.length > 0) throw new Error(`the production manifest has problems: ${problems.join("; ")}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(dist))
    if (!NOT_HOSTED.has(name)) cpSync(join(dist, name), join(out, name), { recursive: true });
  writeFileSync(join(out, "manifest.xml"), manifest);
  writeFileSync(join(out, "config.json"), configText);
  for (const [page, kind] of Object.entries(PAGE_KINDS)) {
    const file = join(out, page);
    if (existsSync(file))
      writeFileSync(
        file,
        withPagePolicy(readFileSync(file, "utf8"), contentSecurityPolicy(kind, allowed), page),
      );
  }
  const wellKnown = wellKnownFile(base);
  mkdirSync(join(out, ".well-known"), { recursive: true });
  writeFileSync(join(out, ".well-known", "microsoft-officeaddins-allowed.json"), wellKnown.json);
  const written = files(out);
  const leftover = written.filter((f) => readFileSync(f, "latin1").includes(DEV_ORIGIN.slice(0, -1)));
  if (leftover.length > 0)
    throw new Error(`the development origin is still in ${leftover.map((f) => relative(out, f)).join(", ")}`);
  return {
    base,
    manifest,
    files: written.map((f) => relative(out, f)).sort(),
    wellKnownUrl: wellKnown.url,
    allowed,
  };
}
