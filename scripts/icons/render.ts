/**
 * `npm run icons`: renders every app and tray icon in build/icons from the one source image,
 * build/icons/shallot.svg, with headless Chromium (Debian's, or SHALLOT_CHROMIUM), then packs the
 * Windows .ico and macOS .icns. The outputs are committed; run this after changing the SVG.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIcns, writeIco } from './containers';
import { APP_SIZES, ICO_SIZES, TRAY_VARIANTS, type TrayVariant } from './sizes';

const DIR = join(import.meta.dirname, '..', '..', 'build', 'icons');
const SOURCE = readFileSync(join(DIR, 'shallot.svg'), 'utf8');

/** The source at `side` px, with a variant's style and extra shapes added inside the SVG. */
function svgAt(side: number, variant?: TrayVariant): string {
  const sized = SOURCE.replace('width="1024" height="1024"', `width="${side}" height="${side}"`);
  if (!variant) return sized;
  return sized.replace('</svg>', `<style>${variant.css}</style>${variant.extra ?? ''}</svg>`);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['SHALLOT_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const page = await browser.newPage();
  const render = async (side: number, variant?: TrayVariant): Promise<Buffer> => {
    await page.setViewportSize({ width: side, height: side });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svgAt(side, variant)}</body></html>`,
    );
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: side, height: side } });
  };

  const bySize = new Map<number, Buffer>();
  for (const side of APP_SIZES) {
    const png = await render(side);
    bySize.set(side, png);
    writeFileSync(join(DIR, `${side}x${side}.png`), png);
  }
  writeFileSync(join(DIR, 'icon.ico'), writeIco(ICO_SIZES.map((s) => bySize.get(s) ?? Buffer.alloc(0))));
  writeFileSync(join(DIR, 'icon.icns'), writeIcns(bySize));
  for (const variant of TRAY_VARIANTS) {
    writeFileSync(join(DIR, variant.file), await render(variant.side, variant));
  }
  await browser.close();
  console.log(`icons written to ${DIR}`);
}

await main();
