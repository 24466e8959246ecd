/** A grey-level picture → the text of the QR code in it, if jsQR finds one. Loaded lazily. */
import jsQR from "jsqr";
import type { GrayImage } from "./image";

/** A QR code of the smallest version is 21 modules wide: nothing smaller can hold one. */
const MIN_SIDE = 21;

/** Averages blocks of pixels so neither side is longer than `maxSide` (keeps the search fast). */
export function shrink(image: GrayImage, maxSide: number): GrayImage {
  const factor = Math.ceil(Math.max(image.width, image.height) / maxSide);
  if (factor <= 1) return image;
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const out = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx];
      }
      out[y * width + x] = sum / area;
    }
  }
  return { width, height, data: out };
}

/** The QR code's text, or undefined when there is none (or the picture is too small to hold one). */
export function readQr(image: GrayImage, maxSide: number): string | undefined {
  if (image.width < MIN_SIDE || image.height < MIN_SIDE) return undefined;
  const small = shrink(image, maxSide);
  const rgba = new Uint8ClampedArray(small.width * small.height * 4);
  let sum = 0;
  for (let p = 0, i = 0; p < small.data.length; p++, i += 4) {
    const v = small.data[p];
    sum += v;
    rgba[i] = v;
    rgba[i + 1] = v;
    rgba[i + 2] = v;
    rgba[i + 3] = 255;
  }
  // A picture that is mostly dark may hold an inverted code (light modules on dark, a trick against
  // scanners): that one is searched inverted too. Searching every picture twice would double the cost.
  const dark = sum / small.data.length < 128;
  const found = jsQR(rgba, small.width, small.height, {
    inversionAttempts: dark ? "attemptBoth" : "dontInvert",
  });
  return found && typeof found.data === "string" && found.data !== "" ? found.data : undefined;
}
