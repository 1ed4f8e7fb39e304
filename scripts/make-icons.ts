/**
 * `npx tsx scripts/make-icons.ts`: draws the app icons in public/icons/ from
 * public/favicon.svg with Chromium, so the PNGs never drift from the SVG. Run it after
 * changing the favicon and commit the PNGs; the build only copies them.
 *   - icon-192.png, icon-512.png: the favicon as is (rounded square), for "any" purpose;
 *   - maskable-512.png: full-bleed background, the drawing inside the central safe zone,
 *     for launchers that cut icons into circles or squircles;
 *   - apple-touch-icon.png (180): full-bleed too, as iOS rounds corners itself.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

readCommandLine('npx tsx scripts/make-icons.ts', 'npx tsx scripts/make-icons.ts (no flags)', (args) => parseFlags({}, args));

const svg = readFileSync('public/favicon.svg', 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#0b5cad';
/** The favicon's drawing without its rounded background. */
const drawing = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');

/** A square SVG: full-bleed background, the drawing scaled to `share` of the side, centred. */
function fullBleed(share: number): string {
  const offset = (32 * (1 - share)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(${offset} ${offset}) scale(${share})">${drawing}</g></svg>`;
}

const icons: [file: string, size: number, source: string][] = [
  ['public/icons/icon-192.png', 192, svg],
  ['public/icons/icon-512.png', 512, svg],
  // Maskable icons keep their content inside a circle of 80% of the side.
  ['public/icons/maskable-512.png', 512, fullBleed(0.7)],
  ['public/icons/apple-touch-icon.png', 180, fullBleed(0.86)],
];

const browser = await launchChromium();
try {
  for (const [file, size, source] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
