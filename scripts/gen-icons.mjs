// `node scripts/gen-icons.mjs`: draws the app's install icons (web/public/icons/*.png) without any download or
// image library — a PNG is a zlib-compressed RGBA raster with a few CRC-checked chunks. The picture: a pump seen
// from above (a white disc with a darker centre port) on the app's accent blue. The "maskable" icon keeps the
// drawing inside the central 80 % safe zone that platforms may crop to a circle. Deterministic: same bytes each run.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const ACCENT = [0x0b, 0x5c, 0xad];
const WHITE = [0xff, 0xff, 0xff];
const PORT = [0x1b, 0x1b, 0x1f];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of `size` px from `pixel(x, y) → [r, g, b, a]` (x, y in 0..1 at pixel centres). */
export function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel((x + 0.5) / size, (y + 0.5) / size), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The pump drawing; `scale` shrinks it towards the centre (maskable safe zone), `rounded` cuts the corners. */
function pumpIcon(scale, rounded) {
  return (x, y) => {
    const dx = (x - 0.5) / scale;
    const dy = (y - 0.5) / scale;
    const r = Math.hypot(dx, dy);
    if (rounded) {
      const cx = Math.max(Math.abs(x - 0.5) - 0.32, 0);
      const cy = Math.max(Math.abs(y - 0.5) - 0.32, 0);
      if (Math.hypot(cx, cy) > 0.18) return [0, 0, 0, 0];
    }
    if (r < 0.1) return [...PORT, 255];
    if (r < 0.34 && r > 0.3) return [...ACCENT, 255]; // the refill port's ring
    if (r < 0.4) return [...WHITE, 255];
    return [...ACCENT, 255];
  };
}

const out = new URL('../web/public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const files = {
  'icon-192.png': png(192, pumpIcon(1, true)),
  'icon-512.png': png(512, pumpIcon(1, true)),
  'icon-maskable-512.png': png(512, pumpIcon(0.8, false)),
  'apple-touch-icon-180.png': png(180, pumpIcon(1, false)),
};
if (import.meta.url === `file://${process.argv[1]}`)
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(new URL(name, out), bytes);
    console.log(`web/public/icons/${name}: ${bytes.length} bytes`);
  }
