#!/usr/bin/env node
/**
 * Generates the tab bar icons and the few in-page icons (81×81 PNG, transparent) into
 * src/assets/tabbar/ and src/assets/icons/ with no
 * dependencies: shapes are drawn as signed-distance strokes, 4×4 supersampled, and written as PNG
 * with zlib. Run: node miniapp/scripts/gen-tabbar-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 81;
const SS = 4; // supersampling per axis
const COLORS = { normal: [0x8a, 0x94, 0xa6], active: [0x1b, 0x5b, 0xbf] };

const seg = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
const ring = (px, py, cx, cy, r) => Math.abs(Math.hypot(px - cx, py - cy) - r);
/** Distance to the outline of a rounded rectangle. */
const rrect = (px, py, x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r,
    hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx,
    qy = Math.abs(py - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return Math.abs(outside + inside - r);
};
const disc = (px, py, cx, cy, r) => Math.hypot(px - cx, py - cy) - r;

/** Each icon: a function (x, y) → true when the point is inked. */
const ICONS = {
  search: (x, y) => ring(x, y, 35, 35, 19) <= 3.2 || seg(x, y, 49, 49, 65, 65) <= 4,
  report: (x, y) =>
    rrect(x, y, 18, 11, 63, 70, 7) <= 2.8 ||
    seg(x, y, 28, 28, 53, 28) <= 2.6 ||
    seg(x, y, 28, 40, 53, 40) <= 2.6 ||
    seg(x, y, 28, 52, 43, 52) <= 2.6,
  messages: (x, y) => {
    const bubble = rrect(x, y, 11, 15, 70, 58, 11) <= 2.8;
    // tail: two strokes from the bubble's lower left corner
    const tail = seg(x, y, 24, 58, 20, 70) <= 2.8 || seg(x, y, 20, 70, 36, 58) <= 2.8;
    const dots = disc(x, y, 28, 36.5, 3.6) <= 0 || disc(x, y, 40.5, 36.5, 3.6) <= 0 || disc(x, y, 53, 36.5, 3.6) <= 0;
    return bubble || tail || dots;
  },
  me: (x, y) => {
    const head = ring(x, y, 40.5, 27, 12) <= 2.8;
    // shoulders: upper half of an ellipse outline, closed by a base line
    const ex = (x - 40.5) / 24,
      ey = (y - 70) / 20;
    const shoulders = y <= 70 && Math.abs(Math.hypot(ex, ey) - 1) * 22 <= 2.8;
    const base = seg(x, y, 16.5, 70, 64.5, 70) <= 2.8;
    return head || shoulders || base;
  },
};

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(draw, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) if (draw(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS)) hits++;
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round((255 * hits) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** In-page icons, drawn on transparent: white on the brand-blue buttons, blue on white cards. */
const UI_ICONS = {
  scan: (x, y) => {
    // four corner brackets and a scan line
    const c = (ax, ay, bx, by) => seg(x, y, ax, ay, bx, by) <= 3;
    return (
      c(12, 12, 28, 12) ||
      c(12, 12, 12, 28) ||
      c(69, 12, 53, 12) ||
      c(69, 12, 69, 28) ||
      c(12, 69, 28, 69) ||
      c(12, 69, 12, 53) ||
      c(69, 69, 53, 69) ||
      c(69, 69, 69, 53) ||
      seg(x, y, 20, 40.5, 61, 40.5) <= 2.6
    );
  },
  magnifier: ICONS.search,
};

const src = path.join(__dirname, '..', 'src', 'assets');
const tabDir = path.join(src, 'tabbar');
const iconDir = path.join(src, 'icons');
fs.mkdirSync(tabDir, { recursive: true });
fs.mkdirSync(iconDir, { recursive: true });
for (const [name, draw] of Object.entries(ICONS)) {
  fs.writeFileSync(path.join(tabDir, `${name}.png`), png(draw, COLORS.normal));
  fs.writeFileSync(path.join(tabDir, `${name}-active.png`), png(draw, COLORS.active));
}
fs.writeFileSync(path.join(iconDir, 'scan.png'), png(UI_ICONS.scan, [0xff, 0xff, 0xff]));
fs.writeFileSync(path.join(iconDir, 'scan-blue.png'), png(UI_ICONS.scan, COLORS.active));
fs.writeFileSync(path.join(iconDir, 'magnifier.png'), png(UI_ICONS.magnifier, COLORS.normal));
console.log(`icons written to ${path.relative(process.cwd(), tabDir)} and ${path.relative(process.cwd(), iconDir)}`);
