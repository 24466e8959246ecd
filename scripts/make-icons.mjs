#!/usr/bin/env node
/**
 * Draws CampaignGuard's shield icons and writes them as PNG files into assets/.
 *
 *   node scripts/make-icons.mjs
 *
 * No dependencies: the shapes are rasterised with supersampling and the PNGs are encoded by hand
 * (RGBA, zlib deflate from Node, CRC-32 computed here). The output is deterministic, so re-running the
 * script on an unchanged file produces byte-identical icons.
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const BRAND = [15, 108, 189]; // Fluent UI brand blue #0F6CBD
const BRAND_DARK = [17, 94, 163]; // #115EA3, used for the outline
const WHITE = [255, 255, 255];

// ---------------------------------------------------------------------------------------------
// Geometry, in unit coordinates: x and y run from 0 to 1, y grows downwards.

/** Half-width of the shield at height y, or -1 outside its vertical extent. */
function shieldHalfWidth(y, s) {
  const { top, shoulder, tip, half } = s;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return half;
  const t = (y - shoulder) / (tip - shoulder); // 0 at the shoulder, 1 at the tip
  // Straight sides that bend smoothly into a point: a quarter-ellipse pulled towards a cusp.
  return half * Math.sqrt(1 - t * t) * (1 - 0.45 * t);
}

/** Is (x, y) inside the shield? The top edge rises slightly towards the centre. */
function inShield(x, y, s) {
  const dx = Math.abs(x - 0.5);
  const w = shieldHalfWidth(y, s);
  if (w < 0 || dx > w) return false;
  const topAt = s.top + s.crown * (dx / s.half) ** 2;
  if (y < topAt) return false;
  // Round the two top corners.
  const r = s.corner;
  const cx = s.half - r;
  const cy = s.top + s.crown + r;
  if (dx > cx && y < cy) return (dx - cx) ** 2 + (y - cy) ** 2 <= r * r;
  return true;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/** A tick inside the shield. */
function inCheck(x, y, c) {
  const [a, b, d] = c.points;
  return (
    distToSegment(x, y, a[0], a[1], b[0], b[1]) <= c.width / 2 ||
    distToSegment(x, y, b[0], b[1], d[0], d[1]) <= c.width / 2
  );
}

function inRoundedSquare(x, y, r) {
  const dx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
  return dx * dx + dy * dy <= r * r;
}

// ---------------------------------------------------------------------------------------------
// Designs. Each returns the colour ([r, g, b]) of a unit-space point, or null for transparent.

const SHIELD = { top: 0.06, crown: 0.03, shoulder: 0.5, tip: 0.96, half: 0.4, corner: 0.07 };
const INNER = { top: 0.13, crown: 0.03, shoulder: 0.5, tip: 0.86, half: 0.32, corner: 0.05 };

function iconDesign(size) {
  // Small sizes get a heavier tick and no inner outline, so they stay legible.
  const small = size <= 20;
  const check = {
    points: [
      [0.3, 0.5],
      [0.44, 0.64],
      [0.7, 0.36],
    ],
    width: small ? 0.15 : 0.11,
  };
  return (x, y) => {
    if (!inShield(x, y, SHIELD)) return null;
    if (inCheck(x, y, check)) return WHITE;
    if (!small && !inShield(x, y, INNER)) return BRAND_DARK;
    return BRAND;
  };
}

function logoDesign() {
  // A white shield with a blue tick on a filled, rounded brand-blue tile.
  const scale = (p) => 0.5 + (p - 0.5) * 0.7;
  const check = {
    points: [
      [scale(0.3), scale(0.5)],
      [scale(0.44), scale(0.64)],
      [scale(0.7), scale(0.36)],
    ],
    width: 0.08,
  };
  return (x, y) => {
    if (!inRoundedSquare(x, y, 0.18)) return null;
    const sx = 0.5 + (x - 0.5) / 0.7;
    const sy = 0.5 + (y - 0.5) / 0.7;
    if (inShield(sx, sy, SHIELD)) return inCheck(x, y, check) ? BRAND : WHITE;
    return BRAND;
  };
}

/** Rasterise a design to RGBA with n×n supersampling per pixel. */
function render(size, design, n = 8) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = design((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // Colour is averaged over covered samples only (straight alpha), coverage becomes alpha.
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------------------------
// PNG encoding.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------

mkdirSync(ASSETS, { recursive: true });
// Desktop ribbon: 16, 32, 80; store: 64, 128. Outlook mobile: 25, 32 and 48 at scales 1 to 3, so also
// 50, 75, 96 and 144 (64 serves 32 at scale 2).
const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];
const outputs = [
  ...SIZES.map((size) => ({ name: `icon-${size}.png`, size, design: iconDesign(size) })),
  { name: "logo-filled.png", size: 300, design: logoDesign() },
];
for (const { name, size, design } of outputs) {
  const png = encodePng(size, size, render(size, design));
  writeFileSync(join(ASSETS, name), png);
  console.log(`assets/${name}  ${size}x${size}  ${png.length} bytes`);
}
