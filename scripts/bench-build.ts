/**
 * `npm run bench:build [-- --out-dir DIR] [--no-build]`: builds the site once with
 * `astro build` (ingest is not run: content/ is taken as it is) and prints the build's
 * wall time and peak memory, the size of the output, and what pages weigh: a paper page
 * without math against the 30 KB budget (HTML + CSS + fonts, gzipped as a static host
 * serves them), and the JavaScript a page loads before a reader opens search.
 *
 * Figures are printed, never asserted: a benchmark on a shared machine is a measurement.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFlags, readCommandLine } from './lib/command-line.ts';
import { sizeOf } from './lib/dir-size.ts';
import { kb, pageWeight } from './lib/page-weight.ts';
import { median } from '../src/shared/median.ts';

const PAPER_BUDGET = 30 * 1024;
const flags = readCommandLine('npm run bench:build', 'npm run bench:build [-- --out-dir DIR] [--no-build]', (args) =>
  parseFlags({ 'out-dir': { type: 'string', default: 'dist' }, 'no-build': { type: 'boolean', default: false } }, args),
);
const outDir = resolve(flags['out-dir']);
const base = process.env['BASE_PATH'] ?? '/';

function build(): void {
  const astro = ['node_modules/.bin/astro', 'build', '--outDir', outDir];
  // GNU time reports the peak resident memory of the whole process tree's largest member.
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'TIME %e %M'] : [];
  const started = performance.now();
  const run = spawnSync(time[0] ?? astro[0]!, [...time.slice(1), ...(time.length ? astro : astro.slice(1))], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`astro build failed (exit ${run.status})`);
  }
  const measured = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  console.log(`build          astro build → ${outDir}`);
  console.log(`  wall time    ${wall.toFixed(1)} s`);
  console.log(`  peak memory  ${measured ? `${(Number(measured[2]) / 1024).toFixed(0)} MB (max RSS)` : 'n/a (GNU time is not installed: apt-get install time)'}`);
}


if (!flags['no-build']) build();
if (!existsSync(join(outDir, 'index.html'))) throw new Error(`No built site in ${outDir}`);

const total = sizeOf(outDir);
const pagefind = sizeOf(join(outDir, 'pagefind'));
console.log(`output         ${(total.bytes / 1024 / 1024).toFixed(1)} MB in ${total.files} files (Pagefind ${(pagefind.bytes / 1024 / 1024).toFixed(1)} MB in ${pagefind.files} files), ${total.html} HTML pages`);

const papersDir = join(outDir, 'papers');
const papers = readdirSync(papersDir).filter((slug) => existsSync(join(papersDir, slug, 'index.html')));
const withMath = (slug: string) => readFileSync(join(papersDir, slug, 'index.html'), 'utf8').includes('katex.min.css');
const plain = papers.filter((slug) => !withMath(slug)).map((slug) => ({ slug, weight: pageWeight(outDir, `${base}papers/${slug}/`, base) }));
const math = papers.filter(withMath).map((slug) => ({ slug, weight: pageWeight(outDir, `${base}papers/${slug}/`, base) }));
const heaviest = plain.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
const sample = plain.find((p) => p.slug.startsWith('condconv')) ?? heaviest;

console.log(`paper pages    ${papers.length} (${math.length} with math), gzip level 6 as a static host serves them`);
console.log(`  without math median ${kb(median(plain.map((p) => p.weight.total)))}, heaviest ${kb(heaviest.weight.total)} (${heaviest.slug}); budget ${kb(PAPER_BUDGET)}: ${heaviest.weight.total <= PAPER_BUDGET ? 'met' : 'EXCEEDED'}`);
const parts = (w: ReturnType<typeof pageWeight>) =>
  `HTML ${kb(w.html.bytes)} + CSS ${kb(w.css.reduce((a, r) => a + r.bytes, 0))} (${w.css.length} files) + fonts ${kb(w.fonts.reduce((a, r) => a + r.bytes, 0))}`;
console.log(`  e.g. ${sample.slug}: ${kb(sample.weight.total)} = ${parts(sample.weight)}`);
if (math.length > 0) {
  const m = math[0]!.weight;
  const fonts = m.fonts.reduce((a, r) => a + r.bytes, 0);
  console.log(`  with math, e.g. ${math[0]!.slug}: HTML + CSS ${kb(m.total - fonts)}, plus the KaTeX fonts its glyphs need (all ${m.fonts.length} would be ${kb(fonts)})`);
}
const scripts = sample.weight.scripts;
console.log(`scripts before search opens: ${kb(scripts.reduce((a, r) => a + r.bytes, 0))} in ${scripts.length} files (${scripts.map((s) => s.path.replace(/^.*\//, '')).join(', ')}), plus the inline theme script in the HTML`);
