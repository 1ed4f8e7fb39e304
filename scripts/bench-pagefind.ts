/**
 * `npm run bench:pagefind [-- --site DIR]`: where Pagefind's time goes over a site already
 * built (by default dist/; `npm run bench` leaves its 10,000-paper build in
 * `<tmp>/paper-atlas-bench-10000/dist`). Through Pagefind's Node API, with the build's
 * language setting, it times reading the pages (`addDirectory`) apart from writing the
 * bundle (`writeFiles`, into a temporary folder, so the site is not touched). Feeding
 * Pagefind records instead of HTML (`addCustomRecord`) could save at most the first figure.
 * Figures are printed, never asserted.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

const flags = readCommandLine('npm run bench:pagefind', 'npm run bench:pagefind [-- --site DIR]', (args) => parseFlags({ site: { type: 'string', default: 'dist' } }, args));
const site = resolve(flags.site);
if (!existsSync(join(site, 'index.html'))) throw new Error(`No built site in ${site}. Hint: run \`npm run build\`, or pass --site <scratch>/dist after \`npm run bench\`.`);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const out = mkdtempSync(join(tmpdir(), 'paper-atlas-pagefind-'));
try {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const read = await index.addDirectory({ path: site });
  if (read.errors.length > 0) throw new Error(`Pagefind could not read ${site}: ${read.errors.join('; ')}`);
  const added = performance.now();
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
  const done = performance.now();
  console.log(`Pagefind over ${site}: ${read.page_count.toLocaleString('en-US')} pages`);
  console.log(`  read the pages (addDirectory)   ${seconds(added - started)}`);
  console.log(`  write the bundle (writeFiles)   ${seconds(done - added)}`);
  console.log(`  total                           ${seconds(done - started)}`);
} finally {
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
}
