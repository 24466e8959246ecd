import { MOBILE_ICON_SCALES, MOBILE_ICON_SIZES, REQUIRED_ICON_SIZES } from "./tables";
import type { ManifestCheck } from "./types";
import { fileName, iconSizeFromName } from "./values";
import { ancestor, descendants, kid, kids, resourcesFor, where, xsiType } from "./xmlTree";

/** The icon files each place needs, at the sizes (and mobile scales) Outlook asks for. */
export const checkIcons: ManifestCheck = (root, add) => {
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
};
