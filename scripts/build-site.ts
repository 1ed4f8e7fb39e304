/**
 * `npm run build` after ingest: `astro build` in a process of its own, then the search
 * index and the service worker's precache in this one, once Astro has exited
 * (src/integrations/finish-site.ts). Pagefind needs about 1.4 GB at 10,000 papers and
 * Astro keeps about 0.7 GB resident to its end, so run one after the other the build
 * needs the larger of the two instead of their sum.
 *
 *   --finish-only   only the last two steps, over a dist/ that `astro build` wrote with
 *                   PAPER_ATLAS_INDEX_APART=1 (how `npm run bench` times them apart)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { finishSite } from '../src/integrations/finish-site.ts';
import { INDEX_APART_ENV } from '../src/integrations/index-apart.ts';
import type { StepLogger } from '../src/shared/step-logger.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

const USAGE = 'npm run build [-- --finish-only]';
const options = readCommandLine('npm run build', USAGE, (args) => {
  const flags = parseFlags({ 'finish-only': { type: 'boolean', default: false } }, args);
  return { finishOnly: flags['finish-only'] };
});

/** The site Astro writes (astro.config.mjs sets no other outDir). */
const SITE = resolve('dist');

const clock = () => new Date().toTimeString().slice(0, 8);
const logger = (label: string): StepLogger => ({
  info: (message) => console.log(`${clock()} [${label}] ${message}`),
  warn: (message) => console.warn(`${clock()} [WARN] [${label}] ${message}`),
});

if (!options.finishOnly) {
  const astro = spawnSync(process.execPath, [join('node_modules', 'astro', 'astro.js'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_APART_ENV]: '1' },
  });
  if (astro.error) throw astro.error;
  if (astro.status !== 0) process.exit(astro.status ?? 1);
}
if (!existsSync(join(SITE, 'sw.js'))) {
  console.error(`npm run build: no service worker in ${SITE}: \`astro build\` did not finish. Hint: run \`npm run build\` without --finish-only.`);
  process.exit(1);
}
try {
  await finishSite(SITE, logger);
} catch (error) {
  console.error(`npm run build: ${(error as Error).message}`);
  process.exit(1);
}
