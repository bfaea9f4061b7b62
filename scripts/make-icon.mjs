// Draws the Gloss icon (a page with lines of text, one of them highlighted) and writes
// resources/icon.png (512 px), icon.ico and icon.icns, both of which embed the PNG.
// Run once by hand: `node scripts/make-icon.mjs`; the results are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - (right - left) / 2 + radius;
  const qy = Math.abs(y - cy) - (bottom - top) / 2 + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const ink = [31, 42, 68];
const paper = [250, 248, 242];
const line = [176, 182, 196];
const highlight = [245, 184, 61];

/** Colour at a point: layers painted back to front, [r, g, b, a]. */
function colourAt(x, y) {
  let colour = null;
  if (roundedRect(x, y, 24, 24, 488, 488, 96) <= 0) colour = ink;
  if (roundedRect(x, y, 120, 92, 392, 420, 18) <= 0) colour = paper;
  const lines = [
    [152, 148, 360],
    [152, 196, 340],
    [152, 244, 360],
    [152, 292, 300],
    [152, 340, 350],
  ];
  for (const [left, top, right] of lines) {
    if (top === 244 && roundedRect(x, y, left - 10, top - 16, right + 10, top + 28, 6) <= 0) colour = highlight;
    if (roundedRect(x, y, left, top, right, top + 12, 6) <= 0) colour = top === 244 ? ink : line;
  }
  return colour ? [...colour, 255] : [0, 0, 0, 0];
}

function render() {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function png(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-image .ico holding the PNG (width/height 0 means 256 or more). */
function ico(image) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.set([0, 0, 0, 0], 6);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, image]);
}

/** An .icns with the PNG as its 512 px image ('ic09'). */
function icns(image) {
  const entry = Buffer.alloc(8);
  entry.write('ic09', 0, 'ascii');
  entry.writeUInt32BE(image.length + 8, 4);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + 8 + image.length, 4);
  return Buffer.concat([header, entry, image]);
}

const image = png(render());
const dir = new URL('../resources/', import.meta.url);
writeFileSync(new URL('icon.png', dir), image);
writeFileSync(new URL('icon.ico', dir), ico(image));
writeFileSync(new URL('icon.icns', dir), icns(image));
console.log(`wrote resources/icon.png (${image.length} bytes), icon.ico, icon.icns`);
