import { createHash } from "node:crypto";
import { UsageError } from "../io";

/** The origin every URL of the development manifest uses. */
export const DEV_ORIGIN = "https://localhost:3000/";

const LOOPBACK_NAMES = /^(?:localhost|.*\.localhost|0\.0\.0\.0|\[::1?\]|\[::ffff:127\.[\d.]+\])$/;

function isLoopback(hostname: string): boolean {
  return LOOPBACK_NAMES.test(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The address (with a trailing slash) where the admin hosts the add-in: https, not this machine. */
export function hostingUrl(raw: string, option = "--url"): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${option} ${JSON.stringify(raw)} is not a URL`);
  }
  if (url.protocol !== "https:")
    throw new UsageError(`${option} must start with https:// (Outlook loads add-ins over HTTPS only)`);
  if (isLoopback(url.hostname))
    throw new UsageError(
      `${option} ${url.host} is this machine: a production manifest needs the host users reach`,
    );
  if (url.search || url.hash) throw new UsageError(`${option} must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The add-in's Id for a host: derived from the host's URL, so it differs from the development
 * manifest's (Outlook would otherwise treat both as one add-in) and stays the same when the admin
 * writes the manifest again for the same host.
 */
export function idForHost(base: string): string {
  const h = createHash("sha256").update(`campaignguard:${base}`).digest("hex");
  // RFC 4122 layout: version 5-style nibble and variant bits, from the hash.
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(?:\.\d{1,5}){0,3}$/;

function parts(version: string): number[] {
  const p = version.split(".").map(Number);
  while (p.length < 4) p.push(0);
  return p;
}

function compare(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The XML with its comments left out (a comment may name a tag: "<Version> bumped"). */
function withoutComments(xml: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const start = xml.indexOf("<!--", at);
    if (start < 0) return out + xml.slice(at);
    out += xml.slice(at, start);
    const end = xml.indexOf("-->", start + 4);
    if (end < 0) return out;
    at = end + 3;
  }
}

/** The text of the first element `name` outside comments. */
function tag(xml: string, name: string): string | undefined {
  const plain = withoutComments(xml);
  const start = plain.indexOf(`<${name}>`);
  const end = plain.indexOf(`</${name}>`, start);
  return start < 0 || end < 0 ? undefined : plain.slice(start + name.length + 2, end).trim();
}

export interface ProductionOptions {
  /** The add-in's Id; default: the previous manifest's, else one derived from the host. */
  id?: string;
  /** The version; default: one past the previous manifest's (or the template's). */
  version?: string;
  /** The manifest last uploaded for this host: its Id is kept and its version passed. */
  previous?: string;
  /** The name users see in Outlook (DisplayName); default "CampaignGuard". */
  name?: string;
  /** Where users get help (SupportUrl); default the hosted help.html. */
  supportUrl?: string;
}

/** A manifest's DisplayName holds at most 125 characters. */
const NAME_LIMIT = 125;

function xmlAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function displayName(raw: string): string {
  const name = raw.trim();
  if (name.length === 0 || name.length > NAME_LIMIT || /\p{Cc}/u.test(name))
    throw new UsageError(`--name must be 1 to ${NAME_LIMIT} characters on one line`);
  return name;
}

function supportAddress(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--support-url ${JSON.stringify(raw)} is not a URL`);
  }
  if (url.protocol !== "https:" || isLoopback(url.hostname))
    throw new UsageError("--support-url must be an https:// address users can reach");
  return url.href;
}

/**
 * The production manifest: the development manifest with every localhost URL moved to `base`, its
 * own Id, a version Outlook sees as newer, and a comment saying what it is.
 */
export function productionManifest(template: string, base: string, options: ProductionOptions = {}): string {
  const previousVersion = options.previous ? tag(options.previous, "Version") : undefined;
  const floor = previousVersion ?? tag(template, "Version") ?? "1.0.0.0";
  const id = options.id ?? (options.previous ? tag(options.previous, "Id") : undefined) ?? idForHost(base);
  if (!UUID.test(id)) throw new UsageError(`--id ${JSON.stringify(id)} is not a GUID`);
  let version = options.version;
  if (version === undefined) {
    const p = parts(floor);
    p[3] += 1;
    version = p.join(".");
  }
  if (!VERSION.test(version))
    throw new UsageError(`--version ${JSON.stringify(version)} is not like 1.2.0.0`);
  if (compare(version, floor) <= 0)
    throw new UsageError(
      `--version ${version} must be higher than ${floor}: Outlook only updates to a higher version`,
    );
  const start = template.indexOf("<!--");
  const end = template.indexOf("-->", start);
  const comment = `<!-- CampaignGuard production manifest for ${base}, version ${version}; written by campaign-guard manifest. -->`;
  const head =
    start >= 0 && start < template.indexOf("<OfficeApp")
      ? template.slice(0, start) + comment + template.slice(end + 3)
      : template;
  let manifest = head
    .split(DEV_ORIGIN)
    .join(base)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (options.name !== undefined)
    manifest = manifest.replace(
      /<DisplayName DefaultValue="[^"]*"\/>/,
      `<DisplayName DefaultValue="${xmlAttribute(displayName(options.name))}"/>`,
    );
  if (options.supportUrl !== undefined)
    manifest = manifest.replace(
      /<SupportUrl DefaultValue="[^"]*"\/>/,
      `<SupportUrl DefaultValue="${xmlAttribute(supportAddress(options.supportUrl))}"/>`,
    );
  return manifest;
}
