import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { median } from '../../shared/median.ts';
import type { StepLogger } from '../../shared/step-logger.ts';
import { sitePaths } from '../../offline/build/site-listing.ts';
import { CACHE_DIR } from '../../content/paths.ts';
import { pruneBundle, restoreBundle, setAsideBundle, type BundleKeep } from './bundle-reuse.ts';
import { closeIndexChunkRanges } from './chunk-ranges.ts';

/**
 * Word positions per index chunk. Pagefind's default (20 000) makes ~25 KB chunks, and a
 * search downloads one chunk per query word: with the 60 KB WebAssembly and 13 KB script,
 * a three-word first search would pass 100 KB. Smaller chunks cost a few hundred bytes
 * of chunk list in the metadata file and keep every word's chunk near 2 KB.
 * Pagefind reads this from the environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`); the
 * build checks the outcome (see CHUNK_BUDGET) in case a Pagefind upgrade drops it.
 */
export const INDEX_CHUNK_SIZE = 1000;
/**
 * The median index chunk the build accepts without a warning, in bytes (gzip, as served).
 * The median, not the largest: a word on most pages ("learning" at 10,000 papers) fills a
 * chunk of its own of up to 100 KB whatever the chunk size, while a Pagefind that ignored
 * the size would make the typical chunk about 25 KB.
 */
export const CHUNK_BUDGET = 4 * 1024;

/** The warning for index chunks of these sizes (bytes), or `undefined` when the median is within CHUNK_BUDGET. */
export function chunkSizeWarning(sizes: readonly number[]): string | undefined {
  const middle = median(sizes);
  if (middle <= CHUNK_BUDGET) return undefined;
  return (
    `the median index chunk is ${(middle / 1024).toFixed(1)} KB (budget ${CHUNK_BUDGET / 1024} KB): a first search may pass 100 KB. ` +
    'Hint: check that this Pagefind version still reads PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, and run `npm run bench:search`.'
  );
}


/**
 * Bundle files the catalog's own search never loads: Pagefind's ready-made UIs, the
 * highlighter (src/search/browser/highlight-page.ts does that job), the web worker (the
 * search runs on the main thread, see src/search/options.ts) and the index for pages
 * in no language (every page is English). Removed so they are neither deployed nor
 * precached for offline use.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
];

/** Files read at a time: enough to keep the disk busy, few enough for any open-file limit. */
const READ_AHEAD = 8;
/** Bytes read from a page at a time, into a buffer each reader keeps. */
const READ_BLOCK = 64 * 1024;
const OPT_IN = Buffer.from('data-pagefind-body');

/** True when the file holds `needle`, read block by block into `buffer` (no allocation per page). */
async function fileHolds(path: string, needle: Buffer, buffer: Buffer): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    // each block starts with the last bytes of the one before, so a needle across two blocks is found
    const keep = needle.length - 1;
    let carried = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, carried, buffer.length - carried, null);
      const filled = carried + bytesRead;
      if (buffer.subarray(0, filled).includes(needle)) return true;
      if (bytesRead === 0) return false;
      carried = Math.min(keep, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } finally {
    await file.close();
  }
}

/**
 * Pages of `site` that opt in to the index: those of its files `paths` (as sitePaths gives
 * them, the bundle left out so this can run while Pagefind writes it) that are HTML and
 * hold `data-pagefind-body`. Read in a few fixed buffers.
 */
export async function countOptedIn(site: string, paths: readonly string[]): Promise<number> {
  const files = paths.filter((p) => p.endsWith('.html')).map((p) => join(site, p));
  let count = 0;
  let next = 0;
  const reader = async () => {
    const buffer = Buffer.allocUnsafe(READ_BLOCK);
    while (next < files.length) if (await fileHolds(files[next++]!, OPT_IN, buffer)) count += 1;
  };
  await Promise.all(Array.from({ length: READ_AHEAD }, reader));
  return count;
}

/** Pages in the written index, as its entry file counts them. */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function chunkSizes(bundle: string): Promise<number[]> {
  const dir = join(bundle, 'index');
  return Promise.all((await readdir(dir)).map(async (name) => (await stat(join(dir, name))).size));
}

/**
 * Pagefind's npm package folder, found as Node finds the package, in the nearest
 * `node_modules` above this file (the package exports no path to its command).
 */
function pagefindPackage(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', 'pagefind');
    if (existsSync(join(folder, 'lib', 'runner', 'bin.cjs'))) return folder;
    if (dirname(dir) === dir) throw new Error('Pagefind is not installed: no node_modules/pagefind above src/search/build. Hint: run `npm ci`.');
  }
}

/**
 * How to run Pagefind: its binary for this platform, found where its npm wrapper
 * (`lib/resolveBinary.js`) looks (the `PAGEFIND_BINARY_PATH` variables, then the
 * `@pagefind/<platform>-<arch>` package beside it), and run directly: the wrapper's Node
 * process stayed resident beside the binary, about 43 MB of the build's peak at 10,000
 * papers. Where no binary is found, the wrapper as before. (Not the wrapper's own
 * resolver by `import()`: inside `astro build` Vite's module runner, closed by then,
 * would load it.)
 */
function pagefindRun(): { command: string; args: string[] } {
  const folder = pagefindPackage();
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const path = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (path) return { command: path, args: [] };
  }
  const require = createRequire(join(folder, 'package.json'));
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.env['npm_config_arch'] || process.arch;
  for (const name of names) {
    try {
      return { command: require.resolve(`@pagefind/${platform}-${arch}/bin/${platform === 'windows' ? `${name}.exe` : name}`), args: [] };
    } catch {
      // not this one: the next name, then the wrapper
    }
  }
  return { command: process.execPath, args: [join(folder, 'lib', 'runner', 'bin.cjs')] };
}

/**
 * Where the search bundle of the site `site` waits between builds (bundle-reuse.ts): in
 * the project's cache, the site's parent folder being the project, as for the offline
 * step's revisions (src/offline/build/finish-offline.ts).
 */
export function bundleKeep(site: string): BundleKeep {
  const cache = join(dirname(site), CACHE_DIR);
  const run = pagefindRun();
  const binary = statSync(run.args[0] ?? run.command, { throwIfNoEntry: false });
  return {
    aside: join(cache, 'search-bundle'),
    record: join(cache, 'search-bundle.json'),
    // the command, its size and time: a reinstalled or upgraded Pagefind keeps no file of another
    pagefind: JSON.stringify([run.command, ...run.args, binary?.size ?? 0, binary?.mtimeMs ?? 0]),
  };
}

/** Sets the search bundle of `site` aside for the next index run, before the site is cleared (bundle-reuse.ts). */
function setAsideSearchBundle(site: string): void {
  setAsideBundle(join(site, BUNDLE_FOLDER), bundleKeep(site));
}

/** The end of a command's output, for an error message. */
function tail(text: string, lines = 12): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Indexes the HTML under `site` into `bundle` and returns the pages Pagefind read.
 * Pagefind's command line, not its Node API: the API's service process holds the pages
 * until it writes them and made the build's peak about 90 MB higher at 10,000 papers
 * (README, Scale), and the command is what the benchmark compares the build with.
 */
export async function writeIndex(site: string, bundle: string): Promise<number> {
  const run = pagefindRun();
  const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(run.command, [...run.args, '--site', site, '--output-path', bundle, '--force-language', 'en'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new Error(`Pagefind could not start: ${error.message}`)));
    child.on('close', (code) => resolve({ status: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  if (status !== 0) throw new Error(`Pagefind failed to index ${site} (exit status ${status}):\n${tail(`${stdout}\n${stderr}`)}`);
  // "Found 10241 files matching **/*.{html}": the pages Pagefind read, as its API counted them
  const found = /Found ([\d,]+) files? matching/.exec(stdout)?.[1];
  return found !== undefined ? Number(found.replace(/,/g, '')) : indexedPages(bundle);
}

/** The search bundle's folder in the site: Pagefind's default, which its script expects. */
export const BUNDLE_FOLDER = 'pagefind';

/**
 * Indexes the built site in `site` into `site/pagefind`, drops the bundle files the
 * catalog never loads, closes the gaps between the index chunks' word ranges
 * (src/search/build/chunk-ranges.ts), and checks that every page that opted in was indexed. Pages opt
 * in with `data-pagefind-body`, so navigation, footers and lists never reach the index;
 * what a page tells the index beyond its text is in
 * src/search/components/SearchIndexFields.astro. `optedIn`, when given, is that count made
 * elsewhere (src/integrations/site-survey.ts).
 */
export async function indexSite(site: string, logger: StepLogger, optedIn?: Promise<number>): Promise<void> {
  const started = performance.now();
  const bundle = join(site, BUNDLE_FOLDER);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  // the pages that opted in are counted while Pagefind runs (here, or by the caller: `optedIn`);
  // a failed count is thrown once Pagefind has exited, so no Pagefind is left running
  const counting = optedIn ?? sitePaths(site, { skip: BUNDLE_FOLDER }).then((paths) => countOptedIn(site, paths));
  counting.catch(() => undefined);
  // the last run's bundle in place: Pagefind writes none of its hashed files again (bundle-reuse.ts)
  const keep = bundleKeep(site);
  const kept = await restoreBundle(bundle, keep);
  const pageCount = await writeIndex(site, bundle);
  const expected = await counting;
  await Promise.all(UNUSED.map((name) => rm(join(bundle, name), { force: true })));
  // so a query word loads the chunk that would hold it, not those of the words it starts with (chunk-ranges.ts)
  const closed = await closeIndexChunkRanges(bundle);
  // what the last run's bundle held and this index does not name
  const pruned = await pruneBundle(bundle, closed.metadata, closed.file, keep);

  const indexed = await indexedPages(bundle);
  if (indexed !== expected) {
    throw new Error(
      `Pagefind indexed ${indexed} pages, but ${expected} pages in ${site} hold data-pagefind-body. ` +
        'Hint: a page with the attribute inside data-pagefind-ignore, or an HTML error, can hide it from Pagefind.',
    );
  }
  const sizes = await chunkSizes(bundle);
  const warning = chunkSizeWarning(sizes);
  if (warning !== undefined) logger.warn(warning);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const reuse = kept > 0 ? `; ${kept} files of the last build's bundle in place, ${pruned} of them not named by this index and deleted` : '';
  logger.info(`indexed ${indexed} of ${pageCount} pages in ${Math.round(performance.now() - started)} ms (index chunks: median ${kb(median(sizes))}, largest ${kb(Math.max(0, ...sizes))})${reuse}`);
}

/**
 * Sets the last build's search bundle aside at the start of a build, before any step
 * clears or moves dist/, so the index run at its end finds it (bundle-reuse.ts). First
 * of the build steps (src/integrations/paper-atlas.ts).
 */
export function keepSearchBundle(): AstroIntegration {
  let outDir = '';
  return {
    name: 'paper-atlas:keep-search-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir) setAsideSearchBundle(outDir);
      },
    },
  };
}

/**
 * Indexes the built site with Pagefind once Astro has written it (indexSite). Keep it
 * before the offline integration, which precaches the bundle this writes. With
 * `apart`, Astro's process writes no index: the build's command makes it once Astro has
 * exited (src/integrations/finish-site.ts), so Pagefind's memory is not added to Astro's.
 */
export default function pagefindIntegration(options: { apart?: boolean } = {}): AstroIntegration {
  return {
    name: 'paper-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (options.apart) {
          logger.info('the search index is made once Astro has exited (src/integrations/finish-site.ts)');
          return;
        }
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
