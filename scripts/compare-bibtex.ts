/**
 * `npm run bib:compare -- FILE… [--show N]`: reads BibTeX files with the catalog's reader
 * and with two independent parsers, each with its own grammar and LaTeX decoding:
 * citation.js's @citation-js/plugin-bibtex and Fidus Writer's biblatex-csl-converter.
 * Prints, per file and in total, how often each agrees with import on every entry's
 * authors, year, venue, DOI and arXiv ID, with the first N differences; then the fields
 * on which the two parsers agree with each other and not with import, where import is
 * the likelier to be wrong. Issue 13's bar is agreement on all five with a second parser
 * in at least 99 % of entries. Figures are printed, never asserted; run it on a real
 * bibliography you did not write.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { BibLatexParser } from 'biblatex-csl-converter';
import { readBibliography } from '../src/bibliography/read-bibliography.ts';
import { bclReading, compareReadings, COMPARED, cslReading, ourReading, outvoted, bibtexPieces, type Agreement, type BclEntry, type CslItem, type Difference, type Reading } from './lib/bibliography-agreement.ts';
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

/** The third reader's readings, by entry key (biblatex-csl-converter reads a whole file, skipping what it cannot). */
function bclReadings(text: string): Map<string, Reading> {
  const bib = new BibLatexParser(text, { processUnexpected: true, processUnknown: true, processComments: false }).parse() as { entries: Record<string, BclEntry> };
  return new Map(Object.values(bib.entries).map((entry) => [entry.entry_key, bclReading(entry)]));
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(2)} %`);
const emptyAgreement = (): Agreement => ({ entries: 0, agree: Object.fromEntries(COMPARED.map((f) => [f, 0])) as Agreement['agree'], allAgree: 0, differences: [] });
const PARSERS = ['citation.js', 'biblatex-csl-converter'] as const;
const totals = { 'citation.js': emptyAgreement(), 'biblatex-csl-converter': emptyAgreement() };
const rows: Record<(typeof PARSERS)[number], string[]> = { 'citation.js': [], 'biblatex-csl-converter': [] };
const against: Difference[] = [];
let unread = 0;
const row = (name: string, a: Agreement) => `| ${name} | ${a.entries} | ${COMPARED.map((f) => pct(a.agree[f], a.entries)).join(' | ')} | ${pct(a.allAgree, a.entries)} |`;
for (const file of files) {
  const path = resolve(file);
  const name = relative(process.cwd(), path) || path;
  const text = readFileSync(path, 'utf8');
  const result = readBibliography(text, name);
  if (result.format !== 'bibtex') throw new UsageError(`${name} is ${result.format}, not BibTeX: the second parser reads BibTeX only`);
  const ours = new Map(result.records.map((r) => [r.key, ourReading(r)]));
  const { readings: cjs, unreadable } = theirReadings(text);
  unread += unreadable;
  const bcl = bclReadings(text);
  for (const [parser, theirs] of [['citation.js', cjs], ['biblatex-csl-converter', bcl]] as const) {
    const a = compareReadings(ours, theirs);
    rows[parser].push(row(name, a));
    const total = totals[parser];
    total.entries += a.entries;
    total.allAgree += a.allAgree;
    for (const f of COMPARED) total.agree[f] += a.agree[f];
    total.differences.push(...a.differences.map((d) => ({ ...d, key: `${name}: ${d.key}` })));
  }
  against.push(...outvoted(ours, cjs, bcl).map((d) => ({ ...d, key: `${name}: ${d.key}` })));
}
const list = (title: string, differences: readonly Difference[]) => {
  if (show === 0 || differences.length === 0) return;
  console.log(`\n${title}: first ${Math.min(show, differences.length)} of ${differences.length} (import | theirs):`);
  for (const d of differences.slice(0, show)) console.log(`  ${d.key} ${d.field}: ${JSON.stringify(d.ours)} | ${JSON.stringify(d.theirs)}`);
};
for (const parser of PARSERS) {
  const total = totals[parser];
  console.log(`\nImport against ${parser}:\n`);
  console.log(`| file | entries | ${COMPARED.join(' | ')} | all five |`);
  console.log(`|---|---|${COMPARED.map(() => '---|').join('')}---|`);
  for (const line of rows[parser]) console.log(line);
  if (files.length > 1) console.log(row('**all**', total));
  if (parser === 'citation.js' && unread > 0) console.log(`\n${unread} entries citation.js cannot read (each counts as a difference)`);
  const share = total.entries === 0 ? 0 : total.allAgree / total.entries;
  console.log(`\nbar: all five equal to ${parser}'s reading in ≥ ${BAR * 100} % of entries: ${share >= BAR ? 'met' : 'UNDER'} (${pct(total.allAgree, total.entries)})`);
  list(`differences from ${parser}`, total.differences);
}
const entries = totals['citation.js'].entries;
const outvotedEntries = new Set(against.map((d) => d.key)).size;
console.log(`\nBoth parsers read alike and import otherwise: ${against.length} fields in ${outvotedEntries} of ${entries} entries (${pct(outvotedEntries, entries)})`);
list('fields where both parsers read alike and import otherwise', against);
