import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/internal-links.ts';
import { fixtureSite } from './support/fixture-catalog.ts';

/** Every page kind of the site, on the fixture catalog (test/fixtures/catalog/). */
const fixture = fixtureSite();
const SITE = fixture.site;
const VNU = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('the Nu HTML Checker (vnu.jar)', () => {
  it('finds no error on any page of the built site', () => {
    const pages = htmlFiles(SITE);
    expect(pages.length, 'one page per paper and the rest').toBeGreaterThan(fixture.entries.length);
    // One JVM for the whole site: starting Java per page would take minutes.
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', SITE], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw new Error(`Could not run Java for vnu.jar (${run.error.message}): install a JRE (Debian: default-jre-headless).`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${m.url ? relative(SITE, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
