/**
 * `npm run audit [-- --dir DIR] [-- --desktop]`: Lighthouse 12 on the home, a paper and a
 * topic page of the built site (and a paper with math in its title, which loads KaTeX), served on 127.0.0.1 like a static host (gzip, directory
 * indexes), in Debian's Chromium. Prints the four category scores per page, what each
 * page transferred, and a paper page's weight against the 30 KB budget.
 *
 * Targets: 100 for accessibility, best practices and SEO; at least 98 for performance
 * (Lighthouse's default mobile run: simulated slow 4G and a 4× slower CPU). Exits 1 when
 * a target is missed, so CI can run it.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS } from './lib/browser.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';
import { kb, pageWeight } from './lib/page-weight.ts';
import { startStaticServer } from './lib/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const PAPER_BUDGET = 30 * 1024;

const { dir, desktop } = readCommandLine('npm run audit', 'npm run audit [-- --dir DIR] [--desktop]', (args) => {
  const flags = parseFlags({ dir: { type: 'string', default: 'dist' }, desktop: { type: 'boolean', default: false } }, args);
  return { dir: resolve(flags.dir), desktop: flags.desktop };
});
if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first (or pass --dir).`);

/** The pages to audit: home, the first paper of the catalog, and the largest topic. */
function pages(): [string, string][] {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const paper = /href="(\/papers\/[^"]+\/)"/.exec(home)?.[1];
  const topics = readFileSync(join(dir, 'topics', 'index.html'), 'utf8');
  const topic = /<tbody>[\s\S]*?href="(\/topics\/[^"]+\/)"/.exec(topics)?.[1];
  if (!paper || !topic) throw new Error('Could not find a paper and a topic link in the built site.');
  // a paper whose title has math: its page also loads KaTeX's stylesheet and fonts
  const math = readdirSync(join(dir, 'papers')).find((slug) => readFileSync(join(dir, 'papers', slug, 'index.html'), 'utf8').includes('katex.min.css'));
  return [
    ['home', '/'],
    ['paper', paper],
    ['topic', topic],
    ...(math ? [['math', `/papers/${math}/`] as [string, string]] : []),
  ];
}

const server = await startStaticServer(dir);
const chrome = await chromeLauncher.launch({ chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
let missed = 0;
try {
  console.log(`Lighthouse on ${dir} (${desktop ? 'desktop' : 'mobile: simulated slow 4G, 4× CPU slowdown'})\n`);
  console.log(`${'page'.padEnd(8)}${CATEGORIES.map((c) => c.padStart(16)).join('')}  transferred`);
  for (const [name, path] of pages()) {
    const result = await lighthouse(
      `${server.url}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.code} ${runtimeError.message}`);
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    const cells = scores.map((score, i) => {
      const ok = score >= TARGETS[CATEGORIES[i]!];
      if (!ok) missed += 1;
      return `${score}${ok ? '' : ' (<' + TARGETS[CATEGORIES[i]!] + ')'}`.padStart(16);
    });
    console.log(`${name.padEnd(8)}${cells.join('')}  ${kb(audits['total-byte-weight']?.numericValue ?? 0)}  ${path}`);
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && (id !== 'performance' || audit.score < 0.9)) {
          console.log(`${''.padEnd(8)}  ${id}: ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
  const [, paper] = pages()[1]!;
  const weight = pageWeight(dir, paper);
  console.log(
    `\npaper page weight (HTML + CSS + fonts, gzip): ${kb(weight.total)} of a ${kb(PAPER_BUDGET)} budget; ` +
      `scripts before search opens: ${kb(weight.scripts.reduce((a, r) => a + r.bytes, 0))}`,
  );
  if (weight.total > PAPER_BUDGET) missed += 1;
} finally {
  chrome.kill();
  await server.close();
}
if (missed > 0) {
  console.error(`\n${missed} target(s) missed.`);
  process.exitCode = 1;
}
