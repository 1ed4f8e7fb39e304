/**
 * `npm run bib:compare -- FILE… [--show N]`: reads BibTeX files with the catalog's reader
 * and with a second, independent parser (citation.js's @citation-js/plugin-bibtex, its own
 * grammar and LaTeX decoding) and prints, per file and in total, how often the two agree
 * on each entry's authors, year, venue, DOI and arXiv ID, with the first N differences.
 * Issue 13's bar is agreement on all five in at least 99 % of entries. Figures are
 * printed, never asserted; run it on a real bibliography you did not write.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readBibliography } from '../src/bibliography/read-bibliography.ts';
import { compareReadings, COMPARED, cslReading, ourReading, bibtexPieces, type Agreement, type CslItem, type Reading } from './lib/bibliography-agreement.ts';
import { readCommandLine, UsageError, wholeNumber } from './lib/command-line.ts';
import { parseArgs } from 'node:util';

const BAR = 0.99;
const USAGE = 'npm run bib:compare -- FILE… [--show N]';
const { files, show } = readCommandLine('bib:compare', USAGE, (args) => {
  const parsed = parseArgs({ args: [...args], options: { show: { type: 'string' } }, strict: true, allowPositionals: true });
  if (parsed.positionals.length === 0) throw new UsageError('name at least one BibTeX file');
  return { files: parsed.positionals, show: wholeNumber('--show', parsed.values.show, 10) };
});

function readPiece(text: string): Map<string, Reading> {
  const raw = plugins.input.chain(text, { generateGraph: false, forceType: '@biblatex/text', target: '@biblatex/entries+list' }) as unknown as { label: string; properties: Record<string, unknown> }[];
  const rawByKey = new Map(raw.map((e) => [e.label, Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [k.toLowerCase(), v]))]));
  const items = plugins.input.chain(text, { generateGraph: false, forceType: '@biblatex/text' }) as unknown as CslItem[];
  return new Map(items.map((item) => [String(item.id), cslReading(item, rawByKey.get(String(item.id)) ?? {})]));
}

/** The second parser's readings, by entry key: groups of entries, one by one where a group fails; `unreadable` counts entries it cannot read at all. */
function theirReadings(text: string): { readings: Map<string, Reading>; unreadable: number } {
  try {
    return { readings: readPiece(text), unreadable: 0 };
  } catch {
    // the whole file at once failed: in pieces, so one unreadable entry costs only itself
  }
  const { shared, entries } = bibtexPieces(text, 200);
  const readings = new Map<string, Reading>();
  let unreadable = 0;
  const tryRead = (group: string[]): boolean => {
    try {
      for (const [key, reading] of readPiece(`${shared}\n${group.join('\n')}`)) readings.set(key, reading);
      return true;
    } catch {
      return false;
    }
  };
  for (const group of entries) {
    if (tryRead(group)) continue;
    for (const entry of group) if (!tryRead([entry])) unreadable++;
  }
  return { readings, unreadable };
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(2)} %`);
const total: Agreement = { entries: 0, agree: Object.fromEntries(COMPARED.map((f) => [f, 0])) as Agreement['agree'], allAgree: 0, differences: [] };
let unread = 0;
console.log(`| file | entries | ${COMPARED.join(' | ')} | all five |`);
console.log(`|---|---|${COMPARED.map(() => '---|').join('')}---|`);
for (const file of files) {
  const path = resolve(file);
  const name = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8');
  const result = readBibliography(text, name);
  if (result.format !== 'bibtex') throw new UsageError(`${name} is ${result.format}, not BibTeX: the second parser reads BibTeX only`);
  const ours = new Map(result.records.map((r) => [r.key, ourReading(r)]));
  const { readings: theirs, unreadable } = theirReadings(text);
  unread += unreadable;
  const a = compareReadings(ours, theirs);
  console.log(`| ${name} | ${a.entries} | ${COMPARED.map((f) => pct(a.agree[f], a.entries)).join(' | ')} | ${pct(a.allAgree, a.entries)} |`);
  total.entries += a.entries;
  total.allAgree += a.allAgree;
  for (const f of COMPARED) total.agree[f] += a.agree[f];
  total.differences.push(...a.differences.map((d) => ({ ...d, key: `${name}: ${d.key}` })));
}
if (files.length > 1) console.log(`| **all** | ${total.entries} | ${COMPARED.map((f) => pct(total.agree[f], total.entries)).join(' | ')} | ${pct(total.allAgree, total.entries)} |`);
const share = total.entries === 0 ? 0 : total.allAgree / total.entries;
if (unread > 0) console.log(`\n${unread} entries the second parser cannot read (each counts as a difference)`);
console.log(`\nbar: all five equal in ≥ ${BAR * 100} % of entries: ${share >= BAR ? 'met' : 'UNDER'} (${pct(total.allAgree, total.entries)})`);
if (show > 0 && total.differences.length > 0) {
  console.log(`\nfirst ${Math.min(show, total.differences.length)} of ${total.differences.length} differences (ours | theirs):`);
  for (const d of total.differences.slice(0, show)) console.log(`  ${d.key} ${d.field}: ${JSON.stringify(d.ours)} | ${JSON.stringify(d.theirs)}`);
}
