import { readFile, writeFile } from "node:fs/promises";
import { checkManifest } from "../manifest/check/checkManifest";
import { EXIT, UsageError, type CliIo } from "../io";
import { hostingUrl, productionManifest, type ProductionOptions } from "../manifest/production";

/**
 * The well-known file that lets classic Outlook's JavaScript-only runtime (commands.js) make CORS
 * requests (a webhook) and get tokens (Graph). It must be served at the ORIGIN's root, whatever the
 * add-in's path: https://host/.well-known/microsoft-officeaddins-allowed.json.
 */
export function wellKnownFile(base: string): { url: string; json: string } {
  return {
    url: new URL("/.well-known/microsoft-officeaddins-allowed.json", base).href,
    json: `${JSON.stringify({ allowed: [new URL("commands.js", base).href] }, null, 2)}\n`,
  };
}

export interface ManifestVersioning {
  id?: string;
  version?: string;
  /** Path of the manifest last uploaded for this host. */
  previous?: string;
}

/**
 * `manifest --url URL [--out FILE] [--well-known FILE] [--id GUID] [--version V] [--previous FILE]`:
 * the production manifest for the admin's host (see productionManifest), and optionally the
 * well-known file for that host.
 */
export async function manifest(
  template: string,
  rawUrl: string | undefined,
  out: string | undefined,
  io: CliIo,
  wellKnownOut?: string,
  versioning: ManifestVersioning = {},
): Promise<number> {
  if (!rawUrl) throw new UsageError("manifest needs --url https://your.host/path/");
  const base = hostingUrl(rawUrl);
  const options: ProductionOptions = { id: versioning.id, version: versioning.version };
  if (versioning.previous) options.previous = await readFile(versioning.previous, "utf8");
  const xml = productionManifest(await readFile(template, "utf8"), base, options);
  const problems = checkManifest(xml, { expectedOrigin: new URL(base).origin });
  if (problems.length > 0) {
    for (const p of problems) io.err(`campaign-guard: manifest: ${p}`);
    return EXIT.inputError;
  }
  const wellKnown = wellKnownFile(base);
  if (wellKnownOut) {
    await writeFile(wellKnownOut, wellKnown.json);
    io.err(`Wrote ${wellKnownOut}: serve it at ${wellKnown.url} (the host's root, not beside the add-in).`);
  }
  if (out) {
    await writeFile(out, xml);
    io.err(`Wrote ${out} for ${base}. Upload it in the Microsoft 365 admin center (Integrated apps).`);
    if (!wellKnownOut)
      io.err(
        `Classic Outlook also needs ${wellKnown.url} (for webhook or Graph reporting): add --well-known FILE to write it.`,
      );
  } else {
    io.out(xml);
  }
  return EXIT.ok;
}
