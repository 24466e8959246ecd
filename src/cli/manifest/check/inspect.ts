/** Facts about a manifest for tests and tooling. */
import { descendants, kid, parse } from "./xmlTree";

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
