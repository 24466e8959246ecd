import { trimTrailing } from "../../../engine/words/trimRuns";
import { LIMITS } from "./tables";
import type { CheckManifestOptions, ManifestCheck, Report } from "./types";
import { descendants, kids, where } from "./xmlTree";

/** Every URL absolute, https, short enough and (when one is expected) on the add-in's origin. */
export const checkUrls: ManifestCheck = (root, add, opts) => {
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    // The support page may live on the organisation's own help site.
    const options = name === "SupportUrl" ? {} : opts;
    for (const el of kids(root, name)) {
      checkUrl(`<${name}>`, el.attrs.DefaultValue ?? "", options, add);
      for (const o of kids(el, "Override")) checkUrl(`<${name}> override`, o.attrs.Value ?? "", options, add);
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
};

function checkUrl(label: string, url: string, opts: CheckManifestOptions, add: Report): void {
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
