import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/internal-links.ts';

const SITE = resolve(process.env['SITE_DIR'] ?? 'dist');
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
    if (!existsSync(join(SITE, 'index.html'))) throw new Error(`No built site in ${SITE}: run \`npm run build\` first.`);
    const pages = htmlFiles(SITE);
    expect(pages.length, 'the 219 paper pages and the rest').toBeGreaterThan(219);
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
