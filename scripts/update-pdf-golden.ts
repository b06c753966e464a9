// Regenerates the golden image of the printed Tờ khai 01 (tests/fixtures/golden/to-khai-01.png) after a deliberate
// layout change: `npx tsx --import ./scripts/preload/allow-server-only.mjs scripts/update-pdf-golden.ts`. With --portrait it also redraws the sample portrait JPEG.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { FIXTURE_GENERATED_AT, GOLDEN_DPI, GOLDEN_PATH, PORTRAIT_PATH, fixtureDeclaration, pdfPageToPng } from "../tests/fixtures/declaration-pdf";

/** A synthetic 3x4 portrait (354×472 px, 300 dpi): a face on a pale blue studio background. */
const PORTRAIT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="354" height="472" viewBox="0 0 354 472">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe9f5"/><stop offset="1" stop-color="#a9c1de"/></linearGradient>
<radialGradient id="skin" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#f3d3b8"/><stop offset="1" stop-color="#d9a987"/></radialGradient>
<linearGradient id="shirt" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="#d8dde6"/></linearGradient>
</defs>
<rect width="354" height="472" fill="url(#bg)"/>
<path d="M40 472 C50 380 110 350 177 348 C244 350 304 380 314 472 Z" fill="url(#shirt)"/>
<path d="M150 330 L204 330 L210 370 L177 392 L144 370 Z" fill="#e2b594"/>
<path d="M72 250 C60 120 120 60 180 62 C250 64 300 120 286 250 C290 330 270 380 250 400 L104 400 C84 380 66 330 72 250 Z" fill="#1d1714"/>
<ellipse cx="177" cy="215" rx="78" ry="100" fill="url(#skin)"/>
<path d="M100 190 C110 110 160 100 200 105 C240 110 262 140 258 195 C240 150 200 135 160 140 C130 145 110 165 100 190 Z" fill="#1d1714"/>
<ellipse cx="148" cy="210" rx="11" ry="6" fill="#2b211d"/><ellipse cx="206" cy="210" rx="11" ry="6" fill="#2b211d"/>
<path d="M132 192 Q148 184 164 192" stroke="#3a2a22" stroke-width="3" fill="none"/><path d="M190 192 Q206 184 222 192" stroke="#3a2a22" stroke-width="3" fill="none"/>
<path d="M177 215 Q170 245 177 252 Q184 254 188 250" stroke="#b98466" stroke-width="3" fill="none"/>
<path d="M155 280 Q177 294 199 280" stroke="#a6524a" stroke-width="5" fill="none" stroke-linecap="round"/>
</svg>`;

async function main(): Promise<void> {
  if (process.argv.includes("--portrait") || !existsSync(PORTRAIT_PATH)) {
    const jpeg = await sharp(Buffer.from(PORTRAIT_SVG)).jpeg({ quality: 82 }).toBuffer();
    await mkdir(path.dirname(PORTRAIT_PATH), { recursive: true });
    await writeFile(PORTRAIT_PATH, jpeg);
    console.log(`wrote ${path.relative(process.cwd(), PORTRAIT_PATH)} (${jpeg.length} bytes)`);
  }

  const { renderDeclarationPdf } = await import("../lib/server/pdf/declaration-pdf");
  const pdf = await renderDeclarationPdf(fixtureDeclaration(), { generatedAt: FIXTURE_GENERATED_AT });
  // pdftoppm writes grey pixels as RGB; one channel holds the same pixels at a third of the size.
  const png = await sharp(await pdfPageToPng(pdf, { dpi: GOLDEN_DPI, gray: true }))
    .toColourspace("b-w")
    .png({ compressionLevel: 9 })
    .toBuffer();
  await mkdir(path.dirname(GOLDEN_PATH), { recursive: true });
  await writeFile(GOLDEN_PATH, png);
  console.log(`wrote ${path.relative(process.cwd(), GOLDEN_PATH)} (${png.length} bytes)`);
}

await main();
