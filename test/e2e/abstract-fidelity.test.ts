import { readFileSync, readdirSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/ingest/read-seeds.ts';
import { readEntries } from '../../src/content/read-entries.ts';
import { titleKey } from '../../src/content/title-key.ts';

const DIST = process.env['SITE_DIR'] ?? 'dist';
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every abstract of the seed reaches its built page unchanged', () => {
  const seeds = readSeeds('seeds');
  const slugByTitle = new Map(readEntries('content/papers').map((e) => [titleKey(e.data.title), e.slug]));
  const built = new Set(readdirSync(`${DIST}/papers`));

  it('has one built page per seed paper', () => {
    expect(seeds).toHaveLength(219);
    for (const seed of seeds) expect(built.has(slugByTitle.get(titleKey(seed.title)) ?? '(no entry)'), seed.title).toBe(true);
  });

  it.each(readSeeds('seeds').map((s) => [s.position, s.title, s.abstract] as const))('paper %i: %s', (_position, title, abstract) => {
    const html = readFileSync(`${DIST}/papers/${slugByTitle.get(titleKey(title))}/index.html`, 'utf8');
    const node = select('[data-abstract]', fromHtml(html));
    expect(node, 'the page marks its abstract with data-abstract').toBeDefined();
    expect(fold(toText(node!))).toBe(fold(abstract));
  });
});
