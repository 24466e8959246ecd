/** A small element tree over fast-xml-parser's preserveOrder output, and the lookups the checks share. */
import { XMLParser } from "fast-xml-parser";
import { RESOURCE_GROUPS, type ResourceKind } from "./tables";

export interface XmlElement {
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

/** The manifest as a tree of elements (its one root, unless the XML has several). */
export function parse(xml: string): XmlElement[] {
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

export function xsiType(el: XmlElement): string | undefined {
  const key = Object.keys(el.attrs).find((k) => k.endsWith(":type"));
  return key === undefined ? undefined : el.attrs[key];
}

export function kids(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function kid(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

export function descendants(
  el: XmlElement,
  local?: string,
  stopAt?: (e: XmlElement) => boolean,
): XmlElement[] {
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

export function ancestor(el: XmlElement, local: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.local === local) return p;
  return undefined;
}

/** A readable location such as `VersionOverrides[V1_1] > ... > ExtensionPoint[ReportPhishingCommandSurface]`. */
export function where(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    if (e.local === "OfficeApp") break;
    const type = xsiType(e);
    const tag = type ? `${e.local}[${type.replace(/^VersionOverrides/, "")}]` : e.local;
    parts.unshift(e.attrs.id && e.local !== "OfficeTab" ? `${tag}#${e.attrs.id}` : tag);
  }
  return parts.length ? parts.join(" > ") : "OfficeApp";
}

export function isOverridesV1_1(el: XmlElement): boolean {
  return el.local === "VersionOverrides" && xsiType(el) === "VersionOverridesV1_1";
}

export interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
  el: XmlElement;
}

/** Resources visible from a VersionOverrides: its own, then those of enclosing VersionOverrides. */
export function resourcesFor(vo: XmlElement): Map<string, Resource> {
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

/** The MailHost of a VersionOverrides. */
export function mailHost(vo: XmlElement): XmlElement | undefined {
  return kids(vo, "Hosts")
    .flatMap((h) => kids(h, "Host"))
    .find((h) => xsiType(h) === "MailHost");
}
