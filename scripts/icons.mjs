// npm run icons: makes every application icon in assets/ from assets/icon.svg. Headless
// Chromium draws the SVG at each size (no image tool needed), then the PNGs are packed into
// the Windows .ico and the macOS .icns. The results are committed; run this after editing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { packIcns, packIco } from './iconFormats.mjs';

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const assets = join(import.meta.dirname, '..', 'assets');
const svg = readFileSync(join(assets, 'icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const pngs = new Map();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  for (const size of PNG_SIZES) {
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: true,
    });
    pngs.set(size, png);
  }
} finally {
  await browser.close();
}

mkdirSync(join(assets, 'icons'), { recursive: true });
for (const [size, png] of pngs) writeFileSync(join(assets, 'icons', `${size}x${size}.png`), png);
writeFileSync(join(assets, 'icon.ico'), packIco(ICO_SIZES.map((size) => pngs.get(size))));
writeFileSync(join(assets, 'icon.icns'), packIcns(pngs));
console.log(`assets/: icons/ (${PNG_SIZES.join(', ')} px), icon.ico, icon.icns`);
