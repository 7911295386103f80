// Draws the app icon (a check mark in a 9:16 frame on a violet-to-pink tile) and writes every file
// electron-builder and the window use: icons/<n>x<n>.png (Linux), icon.icns (macOS), icon.ico
// (Windows), icon.png (1024 px). Run `node resources/generate-icons.mjs` after changing the drawing;
// the output is committed, so builds need nothing but this folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

/** Inside a rounded rectangle (unit coordinates). */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.405, 0.505],
  [0.475, 0.585],
  [0.605, 0.415],
];

/** Colour of one sample point: [r, g, b, a] in 0–255, or null outside the tile. */
function sample(x, y) {
  if (!inRoundedRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.2)) return null;
  const inFrame =
    inRoundedRect(x, y, 0.325, 0.2, 0.675, 0.8, 0.06) && !inRoundedRect(x, y, 0.36, 0.235, 0.64, 0.765, 0.035);
  const inCheck =
    Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2])) < 0.03;
  if (inFrame || inCheck) return [255, 255, 255, 255];
  // Violet (#7C3AED) at the top to pink (#DB2777) at the bottom.
  const t = (y - 0.06) / 0.88;
  return [124 + (219 - 124) * t, 58 + (39 - 58) * t, 237 + (119 - 237) * t, 255];
}

/** RGBA pixels of the icon at one size, 4×4 samples per pixel for smooth edges. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          // Premultiplied, so edge pixels do not darken.
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      const covered = a / 255;
      const offset = (py * size + px) * 4;
      pixels[offset] = covered ? Math.round(r / covered) : 0;
      pixels[offset + 1] = covered ? Math.round(g / covered) : 0;
      pixels[offset + 2] = covered ? Math.round(b / covered) : 0;
      pixels[offset + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Windows .ico holding PNG images (supported since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** macOS .icns with PNG entries. */
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const images = new Map([16, 24, 32, 48, 64, 128, 256, 512, 1024].map((size) => [size, png(size)]));
mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512])
  writeFileSync(join(here, 'icons', `${size}x${size}.png`), images.get(size));
writeFileSync(join(here, 'icon.png'), images.get(1024));
writeFileSync(
  join(here, 'icon.ico'),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: images.get(size) }))),
);
writeFileSync(
  join(here, 'icon.icns'),
  icns([
    { type: 'icp4', data: images.get(16) },
    { type: 'icp5', data: images.get(32) },
    { type: 'icp6', data: images.get(64) },
    { type: 'ic07', data: images.get(128) },
    { type: 'ic08', data: images.get(256) },
    { type: 'ic09', data: images.get(512) },
    { type: 'ic10', data: images.get(1024) },
  ]),
);
