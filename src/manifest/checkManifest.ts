/**
 * A structural checker for CampaignGuard's add-in only (XML) Outlook manifest.
 *
 * Microsoft's validator (`office-addin-manifest validate`) needs the network, and the public XSDs are
 * out of date, so this covers, offline, what the validator and the platform would reject, plus the
 * project's own rules (least privilege, the surfaces we rely on, one origin for every URL).
 *
 * Sources:
 * - element order: office-js-docs-pr `docs/develop/manifest-element-ordering.md`
 * - limits: `OfficeAppBasicTypesV1_0.xsd` (ShortString ≤ 125, LongString ≤ 250, resid ≤ 32, URL ≤ 2048)
 * - spam reporting: office-js-docs-reference `docs/manifest/{reportphishingcustomization,
 *   preprocessingdialog,reportingoptions,moreinfo}.md`, office-js-docs-pr `docs/outlook/spam-reporting.md`
 * - pinning: `docs/manifest/action.md`; shared folders: `docs/manifest/supportssharedfolders.md`
 *
 * Pure: no file system, no DOM. Every function takes the manifest text.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { trimTrailing } from "../engine/words/trimRuns";

export interface CheckManifestOptions {
  /** When given (e.g. `https://localhost:3000/`), every URL in the manifest must be on this origin. */
  expectedOrigin?: string;
}

// ---------------------------------------------------------------------------------------------
// Limits and tables

export const LIMITS = { resid: 32, shortString: 125, longString: 250, url: 2048 } as const;

/** The highest Mailbox version the VersionOverrides 1.1 may require, so the pane shows on old clients. */
export const MAX_OVERRIDE_MIN_VERSION = "1.3";

/** Children of `<OfficeApp xsi:type="MailApp">`, in the order the schema requires. */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
] as const;

const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "Requirements",
  "Permissions",
  "Rule",
];

/**
 * Order of children below the top level (only the parents and children we know; other children are
 * not order-checked). `strict` parents also reject children that aren't listed.
 */
const CHILD_ORDER: Record<string, { order: string[]; strict?: boolean }> = {
  VersionOverridesV1_0: { order: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"] },
  VersionOverridesV1_1: {
    order: [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "WebApplicationInfo",
      "EquivalentAddins",
      "ConnectedServiceControls",
      "ExtendedPermissions",
      "VersionOverrides",
    ],
  },
  Host: { order: ["Runtimes", "DesktopFormFactor", "MobileFormFactor"] },
  // SupportsSharedFolders first, as in docs/manifest/supportssharedfolders.md and
  // docs/outlook/delegate-access.md (reordered by office-js-docs-pr PR #866 after issue #863).
  DesktopFormFactor: { order: ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"], strict: true },
  MobileFormFactor: { order: ["FunctionFile", "ExtensionPoint"], strict: true },
  Resources: { order: ["Images", "Urls", "ShortStrings", "LongStrings"], strict: true },
  Group: { order: ["Label", "Tooltip", "Control"] },
  Control: { order: ["Label", "Tooltip", "Supertip", "Icon", "Action"] },
  Supertip: { order: ["Title", "Description"], strict: true },
  Action: { order: ["SourceLocation", "SupportsPinning"] },
  Form: { order: ["DesktopSettings", "TabletSettings", "PhoneSettings"] },
  DesktopSettings: { order: ["SourceLocation", "RequestedHeight"] },
  ReportPhishingCustomization: { order: ["Control", "PreProcessingDialog", "SourceLocation"], strict: true },
  PreProcessingDialog: {
    order: ["Title", "Description", "NeverShowAgainOption", "ReportingOptions", "FreeTextLabel", "MoreInfo"],
    strict: true,
  },
  ReportingOptions: { order: ["Title", "Option"], strict: true },
  MoreInfo: { order: ["MoreInfoText", "MoreInfoUrl"], strict: true },
};

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

/** What kind of resource a `resid` on each element must point at. */
const RESID_KIND: Record<string, ResourceKind> = {
  Label: "ShortString",
  Title: "ShortString",
  Tooltip: "ShortString",
  Option: "ShortString",
  FreeTextLabel: "ShortString",
  MoreInfoText: "ShortString",
  Description: "LongString",
  SourceLocation: "Url",
  FunctionFile: "Url",
  Runtime: "Url",
  Override: "Url",
  MoreInfoUrl: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
};

const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

/** Icon sizes every desktop `<Icon>` must provide, and the bt:Images the manifest must carry. */
const REQUIRED_ICON_SIZES = [16, 32, 80];

/** A mobile `<Icon xsi:type="bt:MobileIconList">` gives each of these sizes at each scale. */
const MOBILE_ICON_SIZES = [25, 32, 48];
const MOBILE_ICON_SCALES = [1, 2, 3];

// ---------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's preserveOrder output

interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  /** Name without its namespace prefix, e.g. `Image`. */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

type OrderedNode = Record<string, unknown>;

function buildTree(nodes: OrderedNode[], parent: XmlElement | null): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name.startsWith("?") || name.startsWith("#")) continue;
    const attrs = (node[":@"] as Record<string, string> | undefined) ?? {};
    const rawChildren = (node[name] as OrderedNode[] | undefined) ?? [];
    const el: XmlElement = {
      name,
      local: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
      attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
      children: [],
      text: rawChildren
        .filter((c) => "#text" in c)
        .map((c) => String(c["#text"]))
        .join("")
        .trim(),
      parent,
    };
    el.children = buildTree(rawChildren, el);
    out.push(el);
  }
  return out;
}

function parse(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  return buildTree(parser.parse(xml) as OrderedNode[], null);
}

function xsiType(el: XmlElement): string | undefined {
  const key = Object.keys(el.attrs).find((k) => k.endsWith(":type"));
  return key === undefined ? undefined : el.attrs[key];
}

function kids(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

function kid(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

function descendants(el: XmlElement, local?: string, stopAt?: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (stopAt?.(c)) continue;
      if (local === undefined || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function ancestor(el: XmlElement, local: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.local === local) return p;
  return undefined;
}

/** A readable location such as `VersionOverrides[V1_1] > ... > ExtensionPoint[ReportPhishingCommandSurface]`. */
function where(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    if (e.local === "OfficeApp") break;
    const type = xsiType(e);
    const tag = type ? `${e.local}[${type.replace(/^VersionOverrides/, "")}]` : e.local;
    parts.unshift(e.attrs.id && e.local !== "OfficeTab" ? `${tag}#${e.attrs.id}` : tag);
  }
  return parts.length ? parts.join(" > ") : "OfficeApp";
}

function isOverridesV1_1(el: XmlElement): boolean {
  return el.local === "VersionOverrides" && xsiType(el) === "VersionOverridesV1_1";
}

/** Compares dotted versions numerically: -1, 0 or 1. */
function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function fileName(url: string): string {
  try {
    return new URL(url).pathname.split("/").pop() ?? "";
  } catch {
    return url.split(/[?#]/)[0].split("/").pop() ?? "";
  }
}

/** The NN of an `icon-NN.png` file name, or undefined. */
function iconSizeFromName(url: string): number | undefined {
  const m = /^icon-(\d+)\.png$/i.exec(fileName(url));
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The checker

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
  el: XmlElement;
}

/** Resources visible from a VersionOverrides: its own, then those of enclosing VersionOverrides. */
function resourcesFor(vo: XmlElement): Map<string, Resource> {
  const chain: XmlElement[] = [];
  for (let e: XmlElement | null = vo; e; e = e.parent) if (e.local === "VersionOverrides") chain.push(e);
  const map = new Map<string, Resource>();
  for (const v of chain.reverse()) {
    for (const res of kids(v, "Resources")) {
      for (const group of res.children) {
        const kind = RESOURCE_GROUPS[group.local];
        if (!kind) continue;
        for (const item of group.children) {
          const id = item.attrs.id ?? "";
          map.set(id, { id, kind, value: item.attrs.DefaultValue ?? "", el: item });
        }
      }
    }
  }
  return map;
}

/**
 * Checks a manifest and returns human-readable problems, one per line; an empty list means it passed.
 */
export function checkManifest(xml: string, opts: CheckManifestOptions = {}): string[] {
  const problems: string[] = [];
  const add = (msg: string) => problems.push(msg);

  // Well-formed XML, one OfficeApp root of type MailApp.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`];
  }
  const roots = parse(xml);
  const root = roots[0];
  if (roots.length !== 1 || !root || root.local !== "OfficeApp") {
    return ["The root element must be <OfficeApp>"];
  }
  if (xsiType(root) !== "MailApp") add(`<OfficeApp> must have xsi:type="MailApp" (found "${xsiType(root)}")`);

  checkTopLevel(root, add);
  checkIdentity(root, add);

  for (const el of descendants(root)) {
    const rule = CHILD_ORDER[el.local === "VersionOverrides" ? (xsiType(el) ?? "") : el.local];
    if (rule) checkOrder(el, rule.order, rule.strict ?? false, add);
  }

  const overrides = descendants(root, "VersionOverrides");
  for (const vo of overrides) checkResources(vo, add);
  checkResids(root, add);
  checkUrls(root, opts, add);
  checkIcons(root, add);
  for (const vo of overrides) checkUniqueIds(vo, add);

  const permissions = kid(root, "Permissions")?.text;
  if (permissions !== undefined && permissions !== "ReadItem") {
    add(`<Permissions> must be ReadItem (least privilege), found "${permissions}"`);
  }

  const v11 = overrides.find(isOverridesV1_1);
  if (!v11) {
    add(`No <VersionOverrides xsi:type="VersionOverridesV1_1"> (needed for pinning and spam reporting)`);
  } else {
    checkOverrideRequirements(v11, add);
    checkDesktop(v11, add);
    checkMobile(v11, add);
  }
  for (const pin of descendants(root, "SupportsPinning")) {
    const vo = ancestor(pin, "VersionOverrides");
    if (!vo || !isOverridesV1_1(vo)) add(`<SupportsPinning> is only valid inside VersionOverrides 1.1`);
  }

  return problems;
}

function checkTopLevel(root: XmlElement, add: (m: string) => void): void {
  checkOrder(root, [...OFFICE_APP_ORDER], true, add);
  const seen = new Map<string, number>();
  for (const c of root.children) seen.set(c.local, (seen.get(c.local) ?? 0) + 1);
  for (const [name, count] of seen) {
    if (count > 1) add(`<${name}> appears ${count} times in <OfficeApp>; it may appear once`);
  }
  for (const name of REQUIRED_TOP_LEVEL) {
    if (!seen.has(name)) add(`<OfficeApp> is missing required element <${name}>`);
  }
}

function checkOrder(parent: XmlElement, order: string[], strict: boolean, add: (m: string) => void): void {
  let maxIndex = -1;
  let maxName = "";
  for (const c of parent.children) {
    const i = order.indexOf(c.local);
    if (i < 0) {
      if (strict) add(`Unexpected element <${c.local}> in ${where(parent)}`);
      continue;
    }
    if (i < maxIndex) {
      add(`Element order: <${c.local}> must come before <${maxName}> in ${where(parent)}`);
    } else {
      maxIndex = i;
      maxName = c.local;
    }
  }
}

function checkIdentity(root: XmlElement, add: (m: string) => void): void {
  const id = kid(root, "Id")?.text;
  if (id !== undefined && !/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(id)) {
    add(`<Id> must be a GUID, found "${id}"`);
  }
  const version = kid(root, "Version")?.text;
  if (version !== undefined && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    add(`<Version> must look like n, n.n, n.n.n or n.n.n.n (up to 5 digits each), found "${version}"`);
  }
  const lengths: [string, string | undefined, number][] = [
    ["ProviderName", kid(root, "ProviderName")?.text, LIMITS.shortString],
    ["DisplayName", kid(root, "DisplayName")?.attrs.DefaultValue, LIMITS.shortString],
    ["Description", kid(root, "Description")?.attrs.DefaultValue, LIMITS.longString],
  ];
  for (const [name, value, max] of lengths) {
    if (value === undefined) continue;
    if (value.length === 0) add(`<${name}> is empty`);
    if (value.length > max) add(`<${name}> is ${value.length} characters; the limit is ${max}`);
  }
}

function checkResources(vo: XmlElement, add: (m: string) => void): void {
  for (const res of kids(vo, "Resources")) {
    const ids = new Set<string>();
    for (const group of res.children) {
      const kind = RESOURCE_GROUPS[group.local];
      if (!kind) continue;
      for (const item of group.children) {
        const id = item.attrs.id ?? "";
        if (!id) add(`A ${kind} resource in ${where(group)} has no id`);
        if (id.length > LIMITS.resid) {
          add(`Resource id "${id}" is ${id.length} characters; the limit is ${LIMITS.resid}`);
        }
        if (ids.has(id)) add(`Resource id "${id}" is defined more than once in ${where(res)}`);
        ids.add(id);
        const values = [item.attrs.DefaultValue, ...kids(item, "Override").map((o) => o.attrs.Value)];
        if (item.attrs.DefaultValue === undefined) add(`Resource "${id}" has no DefaultValue`);
        const max =
          kind === "ShortString" ? LIMITS.shortString : kind === "LongString" ? LIMITS.longString : 0;
        for (const v of values) {
          if (v === undefined || max === 0) continue;
          if (v.length === 0) add(`${kind} "${id}" is empty`);
          if (v.length > max) add(`${kind} "${id}" is ${v.length} characters; the limit is ${max}`);
        }
      }
    }
  }
}

function checkResids(root: XmlElement, add: (m: string) => void): void {
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > LIMITS.resid) {
      add(`resid "${resid}" on <${el.local}> is ${resid.length} characters; the limit is ${LIMITS.resid}`);
    }
    const vo = ancestor(el, "VersionOverrides");
    const res = vo ? resourcesFor(vo).get(resid) : undefined;
    if (!res) {
      add(`resid "${resid}" on <${el.local}> in ${where(el.parent ?? el)} does not match any resource id`);
      continue;
    }
    const want = RESID_KIND[el.local];
    if (want && res.kind !== want) {
      add(`resid "${resid}" on <${el.local}> refers to a ${res.kind}, but <${el.local}> needs a ${want}`);
    }
  }
}

function checkUrl(label: string, url: string, opts: CheckManifestOptions, add: (m: string) => void): void {
  if (url.length > LIMITS.url) add(`${label}: URL is ${url.length} characters; the limit is ${LIMITS.url}`);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    add(`${label}: "${url}" is not an absolute URL`);
    return;
  }
  if (parsed.protocol !== "https:") add(`${label}: "${url}" must use https`);
  if (opts.expectedOrigin !== undefined) {
    const origin = trimTrailing(opts.expectedOrigin, (ch) => ch === "/");
    if (url !== origin && !url.startsWith(`${origin}/`)) {
      add(`${label}: "${url}" is not on the expected origin ${origin}/`);
    }
  }
}

function checkUrls(root: XmlElement, opts: CheckManifestOptions, add: (m: string) => void): void {
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    // The support page may live on the organisation's own help site.
    const where = name === "SupportUrl" ? {} : opts;
    for (const el of kids(root, name)) {
      checkUrl(`<${name}>`, el.attrs.DefaultValue ?? "", where, add);
      for (const o of kids(el, "Override")) checkUrl(`<${name}> override`, o.attrs.Value ?? "", where, add);
    }
  }
  for (const el of descendants(root, "AppDomain")) checkUrl("<AppDomain>", el.text, opts, add);
  for (const settings of kids(root, "FormSettings")) {
    for (const el of descendants(settings, "SourceLocation")) {
      checkUrl(`<SourceLocation> in ${where(el.parent ?? el)}`, el.attrs.DefaultValue ?? "", opts, add);
    }
  }
  for (const res of descendants(root, "Resources")) {
    for (const group of res.children) {
      if (group.local !== "Urls" && group.local !== "Images") continue;
      for (const item of group.children) {
        const label = `${item.name} "${item.attrs.id ?? ""}"`;
        checkUrl(label, item.attrs.DefaultValue ?? "", opts, add);
        for (const o of kids(item, "Override")) checkUrl(`${label} override`, o.attrs.Value ?? "", opts, add);
      }
    }
  }
}

function checkIcons(root: XmlElement, add: (m: string) => void): void {
  const expectName = (name: string, size: number) => {
    const el = kid(root, name);
    if (!el) return add(`<OfficeApp> has no <${name}> (the ${size}x${size} icon-${size}.png)`);
    const url = el.attrs.DefaultValue ?? "";
    if (iconSizeFromName(url) !== size) {
      add(`<${name}> should point at icon-${size}.png, found "${fileName(url)}"`);
    }
  };
  expectName("IconUrl", 64);
  expectName("HighResolutionIconUrl", 128);

  for (const vo of descendants(root, "VersionOverrides")) {
    const images = kids(vo, "Resources").flatMap((r) => kids(r, "Images").flatMap((g) => g.children));
    if (images.length === 0) continue;
    const sizes = new Set(images.map((i) => iconSizeFromName(i.attrs.DefaultValue ?? "")));
    for (const size of REQUIRED_ICON_SIZES) {
      if (!sizes.has(size)) add(`No bt:Image in ${where(vo)} points at icon-${size}.png`);
    }
  }

  for (const icon of descendants(root, "Icon")) {
    const vo = ancestor(icon, "VersionOverrides");
    if (!vo) continue;
    const mobile = xsiType(icon) === "bt:MobileIconList";
    const resources = resourcesFor(vo);
    const given = new Set<string>();
    for (const img of kids(icon, "Image")) {
      const size = Number(img.attrs.size);
      // A mobile icon of size 25 at scale 2 is drawn on 50 pixels.
      const scale = mobile ? Number(img.attrs.scale) : 1;
      given.add(`${size}@${scale}`);
      const res = resources.get(img.attrs.resid ?? "");
      if (!res || res.kind !== "Image") continue; // reported by checkResids
      const fileSize = iconSizeFromName(res.value);
      if (fileSize !== undefined && fileSize !== size * scale) {
        const slot = mobile ? `${size} at scale ${scale}` : `${size}`;
        add(
          `Icon size ${slot} in ${where(icon.parent ?? icon)} uses "${res.id}", which is icon-${fileSize}.png`,
        );
      }
    }
    const where_ = where(icon.parent ?? icon);
    if (mobile) {
      for (const size of MOBILE_ICON_SIZES)
        for (const scale of MOBILE_ICON_SCALES)
          if (!given.has(`${size}@${scale}`))
            add(`<Icon> in ${where_} has no size ${size} image at scale ${scale}`);
    } else {
      for (const size of REQUIRED_ICON_SIZES)
        if (!given.has(`${size}@1`)) add(`<Icon> in ${where_} has no size ${size} image`);
    }
  }
}

function checkUniqueIds(vo: XmlElement, add: (m: string) => void): void {
  const seen = new Set<string>();
  const nested = (e: XmlElement) => e.local === "VersionOverrides";
  for (const el of descendants(vo, undefined, nested)) {
    if (el.local !== "Control" && el.local !== "Group") continue;
    const id = el.attrs.id;
    if (!id) {
      add(`A <${el.local}> in ${where(el.parent ?? el)} has no id`);
      continue;
    }
    if (id.length > LIMITS.shortString) add(`<${el.local}> id "${id}" is longer than ${LIMITS.shortString}`);
    if (seen.has(id)) add(`Control id "${id}" is used more than once in ${where(vo)}`);
    seen.add(id);
  }
}

function checkOverrideRequirements(v11: XmlElement, add: (m: string) => void): void {
  const requirements = kid(v11, "Requirements");
  const sets = requirements && kid(requirements, "Sets");
  const defaultMin = sets?.attrs.DefaultMinVersion ?? "1.1";
  if (compareVersions(defaultMin, MAX_OVERRIDE_MIN_VERSION) > 0) {
    add(
      `VersionOverrides 1.1 requires Mailbox ${defaultMin} (DefaultMinVersion); keep it at ${MAX_OVERRIDE_MIN_VERSION} ` +
        `or lower so the buttons still appear on clients without Mailbox 1.14`,
    );
  }
  for (const set of sets ? kids(sets, "Set") : []) {
    const min = set.attrs.MinVersion;
    if (
      set.attrs.Name === "Mailbox" &&
      min !== undefined &&
      compareVersions(min, MAX_OVERRIDE_MIN_VERSION) > 0
    ) {
      add(
        `VersionOverrides 1.1 requires Mailbox ${min} (Set MinVersion); keep it at ${MAX_OVERRIDE_MIN_VERSION} or lower`,
      );
    }
  }
}

function checkDesktop(v11: XmlElement, add: (m: string) => void): void {
  const hosts = kids(v11, "Hosts").flatMap((h) => kids(h, "Host"));
  const host = hosts.find((h) => xsiType(h) === "MailHost");
  const desktop = host && kid(host, "DesktopFormFactor");
  if (!host || !desktop) {
    add(`VersionOverrides 1.1 has no MailHost with a <DesktopFormFactor>`);
    return;
  }

  const shared = kid(desktop, "SupportsSharedFolders");
  if (shared?.text !== "true") {
    add(`<DesktopFormFactor> must have <SupportsSharedFolders>true</SupportsSharedFolders>`);
  }

  const points = kids(desktop, "ExtensionPoint");
  const actions = descendants(desktop, "Action");
  if (actions.some((a) => xsiType(a) === "ExecuteFunction") && !kid(desktop, "FunctionFile")) {
    add(`<DesktopFormFactor> uses ExecuteFunction but has no <FunctionFile>`);
  }
  for (const a of actions.filter((x) => xsiType(x) === "ExecuteFunction")) {
    if (!kid(a, "FunctionName")?.text) add(`ExecuteFunction action in ${where(a)} has no <FunctionName>`);
  }

  // Message read surface: a pinnable task pane button.
  const read = points.filter((p) => xsiType(p) === "MessageReadCommandSurface");
  if (read.length === 0) {
    add(`No ExtensionPoint of type MessageReadCommandSurface`);
  } else {
    const pinnable = read
      .flatMap((p) => descendants(p, "Control"))
      .some((c) => {
        const action = kid(c, "Action");
        return (
          xsiType(c) === "Button" &&
          action !== undefined &&
          xsiType(action) === "ShowTaskpane" &&
          kid(action, "SupportsPinning")?.text === "true"
        );
      });
    if (!pinnable) {
      add(
        `MessageReadCommandSurface has no ShowTaskpane button with <SupportsPinning>true</SupportsPinning>`,
      );
    }
  }

  // Integrated spam reporting.
  const spam = points.filter((p) => xsiType(p) === "ReportPhishingCommandSurface");
  if (spam.length === 0) {
    add(`No ExtensionPoint of type ReportPhishingCommandSurface`);
    return;
  }
  if (spam.length > 1) add(`More than one ReportPhishingCommandSurface`);
  const custom = kid(spam[0], "ReportPhishingCustomization");
  if (!custom) {
    add(`ReportPhishingCommandSurface has no <ReportPhishingCustomization>`);
    return;
  }
  const control = kid(custom, "Control");
  const action = control && kid(control, "Action");
  if (!control || xsiType(control) !== "Button") {
    add(`<ReportPhishingCustomization> needs a <Control xsi:type="Button">`);
  } else if (!action || xsiType(action) !== "ExecuteFunction") {
    add(`The ReportPhishingCustomization button needs <Action xsi:type="ExecuteFunction">`);
  }

  const dialog = kid(custom, "PreProcessingDialog");
  if (!dialog) {
    add(`<ReportPhishingCustomization> has no <PreProcessingDialog>`);
  } else {
    if (!kid(dialog, "Title")) add(`<PreProcessingDialog> has no <Title>`);
    if (!kid(dialog, "Description")) add(`<PreProcessingDialog> has no <Description>`);
    const options = kid(dialog, "ReportingOptions");
    if (options) {
      if (!kid(options, "Title")) add(`<ReportingOptions> has no <Title>`);
      const n = kids(options, "Option").length;
      if (n < 1 || n > 5) add(`<ReportingOptions> has ${n} <Option> elements; 1 to 5 are allowed`);
    }
    const more = kid(dialog, "MoreInfo");
    if (more && (!kid(more, "MoreInfoText") || !kid(more, "MoreInfoUrl"))) {
      add(`<MoreInfo> needs both <MoreInfoText> and <MoreInfoUrl>`);
    }
  }

  const runtimes = kids(host, "Runtimes").flatMap((r) => kids(r, "Runtime"));
  const source = kid(custom, "SourceLocation")?.attrs.resid;
  const runtime = runtimes.find((r) => r.attrs.resid === source);
  if (source === undefined) {
    add(`<ReportPhishingCustomization> has no <SourceLocation>`);
  } else if (!runtime) {
    const ids = runtimes.map((r) => `"${r.attrs.resid}"`).join(", ") || "none";
    add(
      `<ReportPhishingCustomization> SourceLocation resid "${source}" must equal a <Runtime> resid (found ${ids})`,
    );
  } else if (!kids(runtime, "Override").some((o) => o.attrs.type === "javascript")) {
    add(`<Runtime resid="${source}"> has no <Override type="javascript"> for classic Outlook on Windows`);
  }
}

/**
 * Outlook for iOS and Android: a MobileFormFactor whose message-read surface has a MobileButton that
 * opens the same task pane as the desktop button (MobileButton is the only control type there).
 */
function checkMobile(v11: XmlElement, add: (m: string) => void): void {
  const host = kids(v11, "Hosts")
    .flatMap((h) => kids(h, "Host"))
    .find((h) => xsiType(h) === "MailHost");
  const mobile = host && kid(host, "MobileFormFactor");
  if (!host || !mobile) {
    add(`The MailHost has no <MobileFormFactor>: the add-in would not appear in Outlook for iOS and Android`);
    return;
  }
  if (!kid(mobile, "FunctionFile")) add(`<MobileFormFactor> has no <FunctionFile>`);
  const read = kids(mobile, "ExtensionPoint").filter((p) => xsiType(p) === "MobileMessageReadCommandSurface");
  if (read.length === 0) {
    add(`<MobileFormFactor> has no ExtensionPoint of type MobileMessageReadCommandSurface`);
    return;
  }
  for (const control of read.flatMap((p) => descendants(p, "Control"))) {
    if (xsiType(control) !== "MobileButton")
      add(`Control ${where(control)} on a mobile surface must be xsi:type="MobileButton"`);
    const icon = kid(control, "Icon");
    if (!icon || xsiType(icon) !== "bt:MobileIconList")
      add(`Control ${where(control)} needs <Icon xsi:type="bt:MobileIconList">`);
  }
  const desktopPane = host
    ? descendants(kid(host, "DesktopFormFactor") ?? host, "Action")
        .filter((a) => xsiType(a) === "ShowTaskpane")
        .map((a) => kid(a, "SourceLocation")?.attrs.resid)
    : [];
  const opensPane = read
    .flatMap((p) => descendants(p, "Action"))
    .some(
      (a) => xsiType(a) === "ShowTaskpane" && desktopPane.includes(kid(a, "SourceLocation")?.attrs.resid),
    );
  if (!opensPane) add(`No MobileButton opens the task pane the desktop button opens`);
  if (descendants(mobile, "SupportsPinning").length > 0)
    add(`<SupportsPinning> has no meaning in <MobileFormFactor>: Outlook mobile cannot pin a pane`);
}

// ---------------------------------------------------------------------------------------------
// Helpers for tests and tooling

/** Every `<FunctionName>` in the manifest (ExecuteFunction handlers), without duplicates. */
export function manifestFunctionNames(xml: string): string[] {
  const names = parse(xml).flatMap((r) => descendants(r, "FunctionName").map((f) => f.text));
  return [...new Set(names.filter(Boolean))];
}

/** Every image URL: IconUrl, HighResolutionIconUrl and each bt:Image DefaultValue, without duplicates. */
export function manifestImageUrls(xml: string): string[] {
  const urls: string[] = [];
  for (const root of parse(xml)) {
    for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
      const v = kid(root, name)?.attrs.DefaultValue;
      if (v) urls.push(v);
    }
    for (const group of descendants(root, "Images")) {
      for (const img of group.children) if (img.attrs.DefaultValue) urls.push(img.attrs.DefaultValue);
    }
  }
  return [...new Set(urls)];
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes aren't a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
