import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../support/internal-links.ts';

const SITE = resolve(process.env['SITE_DIR'] ?? 'dist');

describe('internal links of the built site', () => {
  it('all lead to a file, and every #anchor to an element on its page', () => {
    if (!existsSync(join(SITE, 'index.html'))) throw new Error(`No built site in ${SITE}: run \`npm run build\` first.`);
    const report = checkInternalLinks(SITE, process.env['BASE_PATH'] ?? '/');
    expect(report.pages).toBeGreaterThan(219);
    // every paper page links its topics, related papers, neighbours and the site's pages
    expect(report.links).toBeGreaterThan(report.pages * 10);
    expect(report.broken.map((b) => `${b.page}: ${b.link}: ${b.reason}`)).toEqual([]);
  }, 60_000);
});
