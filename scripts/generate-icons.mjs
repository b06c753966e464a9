// One-off: favicon.ico (16/32/48 PNG-in-ICO) and apple-icon.png (180, on white) from app/icon.svg.
import sharp from "sharp";
import { readFileSync, writeFileSync } from "node:fs";
const svg = readFileSync("app/icon.svg");
const pngs = await Promise.all([16, 32, 48].map((s) => sharp(svg, { density: 400 }).resize(s, s).png().toBuffer()));
const header = Buffer.alloc(6); header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(pngs.length, 4);
let offset = 6 + 16 * pngs.length;
const dir = Buffer.concat(pngs.map((p, i) => { const s = [16, 32, 48][i]; const e = Buffer.alloc(16); e.writeUInt8(s, 0); e.writeUInt8(s, 1); e.writeUInt8(0, 2); e.writeUInt8(0, 3); e.writeUInt16LE(1, 4); e.writeUInt16LE(32, 6); e.writeUInt32LE(p.length, 8); e.writeUInt32LE(offset, 12); offset += p.length; return e; }));
writeFileSync("app/favicon.ico", Buffer.concat([header, dir, ...pngs]));
const inner = await sharp(svg, { density: 600 }).resize(150, 150).png().toBuffer();
await sharp({ create: { width: 180, height: 180, channels: 4, background: "#0b5394" } }).composite([{ input: inner, gravity: "center" }]).png().toFile("app/apple-icon.png");
