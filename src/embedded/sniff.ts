/** What a file really is, from its first bytes: declared types and names are not trusted. */

export type ImageKind = "png" | "jpeg" | "gif";

export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 6 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x38)
    return "gif";
  return undefined;
}

/** "%PDF-" within the first kilobyte, where readers look for it. */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) - 4;
  for (let i = 0; i < n; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

export type Hint = "image" | "pdf";

const IMAGE_NAME = /\.(?:png|jpe?g|jfif|jpe|gif)$/i;

/** Whether a file is worth fetching, by its declared type or name (before its bytes are had). */
export function hintOf(contentType: string, name: string): Hint | undefined {
  const type = contentType.toLowerCase().split(";")[0].trim();
  if (type === "application/pdf" || /\.pdf$/i.test(name)) return "pdf";
  if (/^image\/(?:png|x-png|jpeg|pjpeg|jpg|gif)$/.test(type) || IMAGE_NAME.test(name)) return "image";
  return undefined;
}
