/**
 * `npm run bench [-- --papers N] [--dir DIR] [--no-rebuild]`: the scale benchmark
 * (issues 8 and 14). Generates a deterministic synthetic catalog of N papers (default 10,000)
 * from the seed, builds it cold in a scratch copy of the project with the real pipeline
 * (`tsx scripts/ingest.ts`, then `astro build` and the search index and precache in a process
 * of their own, as `npm run build` runs them), and prints per stage the wall time and the
 * peak memory of the whole process tree; the size of dist/ and of the Pagefind bundle; the
 * bytes a first search transfers in a fresh browser; then the same after adding one paper
 * and rebuilding with the caches kept. In the same run it times the bare Pagefind CLI over
 * the same dist/ (same chunk size, `--force-language en`), so the build's cost is also
 * printed as a ratio to that run, which holds across machines. Ends with a Markdown table
 * against issue 14's bars.
 *
 * Figures are printed, never asserted: it exits 0 whenever the pipeline builds, and
 * non-zero with the failing stage's log when it does not. The real content/ is never
 * touched; the scratch directory (default `<tmp>/paper-atlas-bench-<N>`) is left in place.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { readSeeds } from '../src/ingest/read-seeds.ts';
import { STAGE_LOG_ENV, type StageMark } from '../src/integrations/stage-log.ts';
import { INDEX_APART_ENV } from '../src/integrations/index-apart.ts';
import { RESULTS_PER_PAGE } from '../src/search/options.ts';
import { firstSearches } from './lib/first-search.ts';
import { peakBetween, watchMemory, type MemorySample } from './lib/process-memory.ts';
import { clearCaches, defaultScratchDir, prepareScratch } from './lib/scratch-project.ts';
import { benchFileName, paperLines, seedFiles, syntheticCatalog } from './lib/synthetic-catalog.ts';
import { sizeOf, type DirSize } from './lib/dir-size.ts';
import { catalogPaths } from '../src/content/paths.ts';
import { INDEX_CHUNK_SIZE } from '../src/search/build/pagefind.ts';

/**
 * Issue 14's bars. Time is a ratio to the bare Pagefind CLI over the same dist/ in the
 * same run, so it means the same on a slow or a busy machine.
 */
const BAR = {
  at10k: { papers: 10_000, bytes: 1.5 * 1024 ** 3 },
  at30k: { papers: 30_000 },
  cliRatio: 4.5,
  rebuildRatio: 0.5,
  coldSearchBytes: 200 * 1024,
};
/** Lines of Astro's log that carry a duration (`Completed in 1.53s.`, `(723 ms)`), and the phase headers they close. */
const TIMED_LINE = /\d(?:\.\d+)?\s?m?s\b/;
const PHASE_HEADER = /Syncing content|Synced content|paper pages kept from the last build|\[build\] .*\.\.\.$|^(?:building|generating) [a-z ()]+$/;
const LOG_TAIL = 40;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  papers: number;
  dir: string;
  rebuild: boolean;
}

function readOptions(args: readonly string[]): Options {
  const flags = parseFlags({ papers: { type: 'string' }, dir: { type: 'string' }, 'no-rebuild': { type: 'boolean', default: false } }, args);
  const papers = wholeNumber('--papers', flags.papers, 10_000, { min: 1 });
  return { papers, dir: resolve(flags.dir ?? defaultScratchDir(papers)), rebuild: !flags['no-rebuild'] };
}

/** One timed span of the pipeline. */
interface Span {
  name: string;
  seconds: number;
  peak: number;
}

interface Run {
  /** What ran, for messages: `ingest`, `astro build`. */
  stage: string;
  start: number;
  end: number;
  samples: MemorySample[];
  log: string;
  /** Exit code, or the signal that ended it. */
  exit: number | NodeJS.Signals;
}

class StageFailed extends Error {}

/** Runs `command` in `cwd`, output to `log`, sampling the memory of its process tree. */
function run(stage: string, command: string, args: readonly string[], cwd: string, log: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const out = openSync(log, 'w');
  const start = Date.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  const watch = watchMemory(child.pid!);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      const samples = watch.stop();
      closeSync(out);
      done({ stage, start, end: Date.now(), samples, log, exit: code ?? signal ?? 1 });
    });
  });
}

/** Stops the benchmark when `run` failed, with the end of its log. */
function check(run: Run): void {
  if (run.exit === 0) return;
  const lines = readFileSync(run.log, 'utf8').trimEnd().split('\n');
  console.error(`\n${run.stage} failed (${typeof run.exit === 'number' ? `exit ${run.exit}` : run.exit}); last ${LOG_TAIL} lines of ${run.log}:\n${lines.slice(-LOG_TAIL).join('\n')}`);
  throw new StageFailed(`${run.stage} failed`);
}

const span = (name: string, run: Pick<Run, 'samples'>, start: number, end: number): Span => ({
  name,
  seconds: (end - start) / 1000,
  peak: peakBetween(run.samples, start, end),
});

/** The marks the build's integrations wrote (see src/integrations/stage-log.ts), in order. */
function readMarks(file: string): StageMark[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as StageMark)
    .sort((a, b) => a.start - b.start);
}

/** The astro process split at the marks: Astro's own work up to the first mark, each marked stage, and the rest. */
function astroSpans(astro: Run, marks: readonly StageMark[]): Span[] {
  const first = marks[0];
  if (!first) return [span('astro build (no stage marks)', astro, astro.start, astro.end)];
  const spans = [span('astro (sync + pages)', astro, astro.start, first.start), ...marks.map((m) => span(m.stage, astro, m.start, m.end))];
  const marked = spans.reduce((sum, s) => sum + s.seconds, 0);
  const rest = (astro.end - astro.start) / 1000 - marked;
  if (rest >= 0.05) spans.push({ name: 'astro (other: between and after marks)', seconds: rest, peak: peakBetween(astro.samples, marks.at(-1)!.end, astro.end) });
  return spans;
}

interface Pipeline {
  ingest: Span;
  astro: Span;
  stages: Span[];
  total: Span;
}

/**
 * Ingest, then astro build, in the scratch project, printing each stage's figures as it
 * ends (also when it fails); `label` names the log files.
 */
async function pipeline(dir: string, label: string): Promise<Pipeline> {
  const stageLog = join(dir, `stages-${label}.jsonl`);
  rmSync(stageLog, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, [STAGE_LOG_ENV]: stageLog, ASTRO_TELEMETRY_DISABLED: '1' };
  // The benchmark serves the site at the root.
  delete env['BASE_PATH'];
  const ingestRun = await run('ingest', join(dir, 'node_modules/.bin/tsx'), ['scripts/ingest.ts'], dir, join(dir, `ingest-${label}.log`), env);
  const ingest = span('ingest', ingestRun, ingestRun.start, ingestRun.end);
  console.log(`  ${readFileSync(ingestRun.log, 'utf8').trim().split('\n').at(-1) ?? ''}`);
  printSpans([ingest]);
  check(ingestRun);

  const astroLog = join(dir, label === 'cold' ? 'astro-build.log' : `astro-build-${label}.log`);
  // as `npm run build` runs it (scripts/build-site.ts): Astro with the search index left apart, then the index and precache in a process of their own
  const astroRun = await run('astro build', join(dir, 'node_modules/.bin/astro'), ['build'], dir, astroLog, { ...env, [INDEX_APART_ENV]: '1' });
  check(astroRun);
  const finishLog = join(dir, `finish-${label}.log`);
  const finishRun = await run('search index and precache', process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', '--finish-only'], dir, finishLog, env);
  const astro = span('astro build (whole process)', astroRun, astroRun.start, astroRun.end);
  const finish = span('search index + precache (own process)', finishRun, finishRun.start, finishRun.end);
  const marks = readMarks(stageLog);
  const stages = astroSpans(astroRun, marks.filter((m) => m.end <= astroRun.end));
  const finishStages = marks.filter((m) => m.start >= finishRun.start).map((m) => span(m.stage, finishRun, m.start, m.end));
  const build: Span = { name: 'build (Astro, then the index)', seconds: astro.seconds + finish.seconds, peak: Math.max(astro.peak, finish.peak) };
  const total: Span = { name: 'total', seconds: ingest.seconds + build.seconds, peak: Math.max(ingest.peak, build.peak) };
  printSpans([astro, ...stages.map((s) => ({ ...s, name: `  ${s.name}` })), finish, ...finishStages.map((s) => ({ ...s, name: `  ${s.name}` })), total]);
  console.log(`  Astro's log: ${astroLog}; the index's: ${finishLog}`);
  for (const line of phaseLines(readFileSync(astroLog, 'utf8'))) console.log(`    │ ${line}`);
  check(finishRun);
  const all = [...stages, ...finishStages];
  return { ingest, astro: build, stages: all, total };
}

/**
 * The yardstick: Pagefind's own CLI over the built dist/, as a site with no build of its
 * own would run it (same chunk size as the build, English forced), written outside dist/
 * so the searches measured next see the build's bundle.
 */
async function bareCli(dir: string): Promise<Span> {
  const out = join(dir, 'pagefind-cli');
  rmSync(out, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) };
  const args = ['--site', 'dist', '--output-path', out, '--force-language', 'en'];
  const cli = await run('pagefind CLI', join(dir, 'node_modules/.bin/pagefind'), args, dir, join(dir, 'pagefind-cli.log'), env);
  check(cli);
  const indexed = readFileSync(cli.log, 'utf8').match(/Indexed \d[\d,]* pages?/)?.[0];
  const result = span('bare Pagefind CLI over dist/', cli, cli.start, cli.end);
  printSpans([result]);
  if (indexed) console.log(`  ${indexed} (log: ${cli.log})`);
  return result;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(bytes < 100 * 1024 ** 2 ? 1 : 0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (n: number) => n.toLocaleString('en-US');

function printSpans(spans: readonly Span[]): void {
  for (const row of spans) console.log(`  ${row.name.padEnd(42)} ${seconds(row.seconds).padStart(8)}   peak ${mb(row.peak).padStart(8)}`);
}

/** Where Astro says its time went: the lines of its log with a duration, and their phase headers; not one line per page. */
function phaseLines(log: string): string[] {
  return log
    .split('\n')
    .map((line) => stripVTControlCharacters(line).trim())
    .filter((line) => line !== '' && !/[└├]─/.test(line) && (TIMED_LINE.test(line) || PHASE_HEADER.test(line)));
}

const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

function summaryTable(options: Options, cold: Pipeline, cli: Span, dist: DirSize, bundle: DirSize, worstSearch: number, warm: Pipeline | undefined): string {
  const heapFlag = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '');
  const ratio = cold.total.seconds / cli.seconds;
  const at = options.papers >= BAR.at30k.papers ? 'at 30,000' : 'at 10,000';
  const rows: string[][] = [
    ['papers', count(options.papers), '', ''],
    ['ingest', `${seconds(cold.ingest.seconds)}, ${mb(cold.ingest.peak)}`, '', ''],
    ...cold.stages.map((s) => [s.name, `${seconds(s.seconds)}, ${mb(s.peak)}`, '', '']),
    ['total (cold)', seconds(cold.total.seconds), '', ''],
    ['bare Pagefind CLI over the same dist/', `${seconds(cli.seconds)}, ${mb(cli.peak)}`, '', ''],
    ['cold build / bare Pagefind CLI', `${ratio.toFixed(1)}×`, `≤ ${BAR.cliRatio}× ${at}`, verdict(ratio <= BAR.cliRatio)],
  ];
  if (options.papers >= BAR.at30k.papers) {
    rows.push(["builds at Node's default heap", heapFlag ? 'no: NODE_OPTIONS sets the heap' : `yes (peak RSS ${mb(cold.total.peak)})`, 'yes, at 30,000', verdict(!heapFlag)]);
  } else {
    rows.push(['peak RSS of the process tree (cold)', mb(cold.total.peak), `≤ ${BAR.at10k.bytes / 1024 ** 3} GB at 10,000`, verdict(cold.total.peak <= BAR.at10k.bytes)]);
  }
  if (warm) {
    const rebuild = warm.total.seconds / cold.total.seconds;
    rows.push(['rebuild after adding one paper', `${seconds(warm.total.seconds)}, ${mb(warm.total.peak)} (${rebuild.toFixed(2)}× cold)`, `≤ ${BAR.rebuildRatio}× cold`, verdict(rebuild <= BAR.rebuildRatio)]);
  }
  rows.push(['dist/', `${mb(dist.bytes)} in ${count(dist.files)} files, ${count(dist.html)} HTML pages`, '', '']);
  rows.push(['Pagefind bundle', `${mb(bundle.bytes)} in ${count(bundle.files)} files`, '', '']);
  rows.push(['first search (largest, gzip)', kb(worstSearch), `≤ ${BAR.coldSearchBytes / 1024} KB at 10,000`, verdict(worstSearch <= BAR.coldSearchBytes)]);
  return [['figure', 'measured', 'bar (issue 14)', ''], ['---', '---', '---', '---'], ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Prints and returns the size of the built site and of its search bundle, and what first searches transfer. */
async function output(site: string): Promise<{ dist: DirSize; bundle: DirSize; worst: number }> {
  const dist = sizeOf(site);
  const bundle = sizeOf(join(site, 'pagefind'));
  console.log(`\nOutput: dist/ ${mb(dist.bytes)} in ${count(dist.files)} files, ${count(dist.html)} HTML pages; Pagefind bundle ${mb(bundle.bytes)} in ${count(bundle.files)} files`);
  console.log(`\nFirst search in a fresh browser (over HTTP with gzip, ${RESULTS_PER_PAGE} results with excerpts):`);
  const searches = await firstSearches(site);
  for (const s of searches) {
    console.log(
      `  ${JSON.stringify(s.query).padEnd(26)} ${kb(s.bytes).padStart(9)} in ${String(s.requests).padStart(2)} requests, ${count(s.results).padStart(6)} results, ${Math.round(s.ms)} ms; ` +
        `then ${kb(s.countsBytes)} of filter index for the topic counts`,
    );
  }
  const worst = Math.max(...searches.map((s) => s.bytes));
  console.log(`  largest: ${kb(worst)}`);
  return { dist, bundle, worst };
}

async function main(): Promise<void> {
  const options = readCommandLine('npm run bench', 'npm run bench [-- --papers N] [--dir DIR] [--no-rebuild]', readOptions);
  const generated = syntheticCatalog(readSeeds(catalogPaths(ROOT).seeds), options.papers + 1);
  const extra = generated.pop()!;
  const files = seedFiles(generated);
  console.log(`Scale benchmark: ${count(options.papers)} synthetic papers in ${files.length} seed files, built in ${options.dir}`);
  if (process.env['NODE_OPTIONS']) console.log(`  NODE_OPTIONS=${process.env['NODE_OPTIONS']}`);
  // Other work on a shared machine slows every stage: say how busy it was.
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  console.log(`  ${load()} at the start`);
  prepareScratch(ROOT, options.dir, files);
  clearCaches(options.dir);

  console.log('\nCold build (no caches):');
  const site = join(options.dir, 'dist');
  let cold: Pipeline;
  try {
    cold = await pipeline(options.dir, 'cold');
  } catch (error) {
    // A build that fails after Pagefind (in the service worker, say) still says what the site weighs.
    if (error instanceof StageFailed && existsSync(join(site, 'pagefind', 'pagefind.js'))) {
      console.log('\nFigures of the failed build\'s dist/, as far as it was written:');
      await output(site);
    }
    throw error;
  }
  console.log(`\nThe bare Pagefind CLI over the same dist/ (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${INDEX_CHUNK_SIZE}, --force-language en):`);
  const cli = await bareCli(options.dir);
  console.log(`  cold build / bare CLI: ${(cold.total.seconds / cli.seconds).toFixed(1)}×`);
  const { dist, bundle, worst } = await output(site);

  let warm: Pipeline | undefined;
  if (options.rebuild) {
    const last = join(catalogPaths(options.dir).seeds, benchFileName(files.length - 1));
    appendFileSync(last, paperLines(extra));
    console.log(`\nRebuild after adding one paper to ${last} (caches kept):`);
    warm = await pipeline(options.dir, 'rebuild');
    console.log(`  rebuild / cold: ${(warm.total.seconds / cold.total.seconds).toFixed(2)}`);
  }

  console.log(`\n${summaryTable(options, cold, cli, dist, bundle, worst, warm)}`);
  if (options.papers !== BAR.at10k.papers && options.papers !== BAR.at30k.papers) {
    console.log(`\nThe bars are set for 10,000 and 30,000 papers; at ${count(options.papers)} they are shown for reference.`);
  }
  console.log(`\n${load()} at the end. Scratch project kept: ${options.dir}`);
}

main().catch((error: unknown) => {
  if (!(error instanceof StageFailed)) console.error(error);
  process.exitCode = 1;
});
