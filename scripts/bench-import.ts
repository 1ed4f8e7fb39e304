/**
 * `npm run bench:import [-- --entries N]`: times `npm run import` of a synthetic BibTeX
 * file of N entries (default 10,000; see scripts/lib/synthetic-bibtex.ts) into an empty
 * catalog in a scratch directory: reading the file, the ingest pass inside import that tags
 * the new entries with the rest of the catalog, and writing them. The bar is 15 s for
 * 10,000 entries. Then ingest runs once more, as the next `npm run build` would, and must
 * find nothing to change; it is timed apart and not counted (before import tagged its
 * entries itself, that run did the tagging and was counted). `npm run bench` runs this
 * too. Figures are printed, never asserted: a benchmark on a shared machine is a
 * measurement.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBibliography } from '../src/bibliography/read-bibliography.ts';
import { catalogPaths } from '../src/content/paths.ts';
import { importBibliographies, importSummary } from '../src/ingest/run-import.ts';
import { ingest, summaryLine } from '../src/ingest/run-ingest.ts';
import { readSeeds } from '../src/ingest/read-seeds.ts';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { syntheticBibtex } from './lib/synthetic-bibtex.ts';
import { syntheticCatalog } from './lib/synthetic-catalog.ts';

const BAR_SECONDS = 15;
const USAGE = 'npm run bench:import [-- --entries N]';
const flags = readCommandLine('npm run bench:import', USAGE, (args) => {
  const values = parseFlags({ entries: { type: 'string' } }, args);
  return { entries: wholeNumber('--entries', values.entries, 10_000, { min: 1 }) };
});

const root = process.cwd();
const here = catalogPaths(root);
const sources = readSeeds(here.seeds).map(({ title, abstract }) => ({ title, abstract }));
const bib = syntheticBibtex(syntheticCatalog(sources, flags.entries));

const dir = mkdtempSync(join(tmpdir(), 'paper-atlas-bench-import-'));
try {
  const there = catalogPaths(dir);
  mkdirSync(there.papers, { recursive: true });
  mkdirSync(there.seeds, { recursive: true });
  cpSync(here.topics, there.topics);
  const file = join(dir, 'library.bib');
  writeFileSync(file, bib);

  const seconds = (from: number) => (performance.now() - from) / 1000;
  let started = performance.now();
  const parsed = readBibliography(bib, 'library.bib');
  const readTime = seconds(started);

  started = performance.now();
  const report = importBibliographies({ root: dir, files: [file] });
  const importTime = seconds(started);
  started = performance.now();
  const tagged = ingest({ root: dir });
  const ingestTime = seconds(started);

  console.log(`bench:import   ${flags.entries.toLocaleString('en')} synthetic BibTeX entries (${(bib.length / 1024 / 1024).toFixed(1)} MB), into an empty catalog`);
  console.log(`  read alone   ${readTime.toFixed(2)} s (${parsed.records.length} records, ${parsed.problems.length} problems)`);
  console.log(`  import       ${importTime.toFixed(2)} s  ${importSummary(report)}; tagged in it: ${report.tagged === undefined ? 'nothing' : summaryLine(report.tagged)}`);
  console.log(`  bar          ${importTime.toFixed(2)} s: ${(importTime / BAR_SECONDS).toFixed(2)}× the ${BAR_SECONDS} s bar${flags.entries === 10_000 ? '' : ' (the bar is for 10,000 entries)'}`);
  console.log(`  then ingest  ${ingestTime.toFixed(2)} s, not counted (the next build's first step): ${summaryLine(tagged)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
