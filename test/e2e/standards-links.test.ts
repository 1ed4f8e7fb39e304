import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../support/internal-links.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

const fixture = fixtureSite();

describe('internal links of the built site', () => {
  it('all lead to a file, and every #anchor to an element on its page', () => {
    const report = checkInternalLinks(fixture.site);
    expect(report.pages).toBeGreaterThan(fixture.entries.length);
    // every paper page links its topics, related papers, neighbours and the site's pages
    expect(report.links).toBeGreaterThan(report.pages * 10);
    expect(report.broken.map((b) => `${b.page}: ${b.link}: ${b.reason}`)).toEqual([]);
  }, 60_000);
});
