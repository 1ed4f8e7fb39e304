/**
 * RIS files (Mendeley, EndNote, Web of Science, Zotero) read into records through
 * citation.js's RIS plugin. Records are first cut at their `TY`/`ER` lines, so a record
 * missing its `ER` is reported by line instead of swallowing the next one.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { preview, type ContentProblem } from '../content/content-error.ts';
import { cslRecord } from './csl-record.ts';
import type { BibRecord, ReadResult } from './record.ts';

/** One RIS line: a two-character tag, two spaces, a dash, the value. */
const TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

interface RisRecord {
  line: number;
  lines: string[];
  id?: string;
  title?: string;
  /** Journal or proceedings, for record types whose container the plugin does not map (CONF's BT). */
  venue?: string;
}

const VENUE_TAGS = ['T2', 'BT', 'JO', 'JF', 'JA', 'J2'];

export function readRis(text: string, file: string): ReadResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const complete: RisRecord[] = [];
  let open: RisRecord | undefined;
  const unclosed = (record: RisRecord, found: string) =>
    problems.push({
      file, line: record.line, ...(record.id && { entry: record.id }),
      expected: `an "ER  -" line closing the record${record.title ? ` ${preview(record.title, 50)}` : ''}`,
      found,
      hint: 'end every record with a line "ER  - "; the export may have been cut short',
    });
  lines.forEach((line, index) => {
    const match = TAG.exec(line.trimEnd());
    if (!match) {
      if (open && line.trim()) open.lines.push(line); // a wrapped value goes on the next line
      return;
    }
    const [, tag, value = ''] = match;
    if (tag === 'TY') {
      if (open) unclosed(open, `the next record's "TY" on line ${index + 1}`);
      open = { line: index + 1, lines: [line] };
      return;
    }
    if (!open) return;
    open.lines.push(line);
    if (tag === 'ID') open.id = value.trim();
    if ((tag === 'TI' || tag === 'T1') && !open.title) open.title = value.trim();
    if (VENUE_TAGS.includes(tag!) && !open.venue && value.trim()) open.venue = value.trim();
    if (tag === 'ER') {
      complete.push(open);
      open = undefined;
    }
  });
  if (open) unclosed(open, 'the end of the file');

  const records: BibRecord[] = [];
  const items = complete.length > 0 ? plugins.input.chain(complete.map((r) => r.lines.join('\n')).join('\n\n'), { forceType: '@ris/file', generateGraph: false }) : [];
  // one CSL item per complete record, in order; if the plugin ever merged or dropped one, read them one by one
  const perRecord = items.length === complete.length ? items : complete.map((r) => plugins.input.chain(r.lines.join('\n'), { forceType: '@ris/file', generateGraph: false })[0] ?? {});
  complete.forEach((record, index) => {
    const item = perRecord[index]!;
    const withVenue = item['container-title'] === undefined && record.venue ? { ...item, 'container-title': record.venue } : item;
    const parsed = cslRecord(withVenue, { file, line: record.line, key: record.id ?? `#${index + 1}` }, problems, warnings);
    if (parsed) records.push(parsed);
  });
  return { format: 'ris', read: complete.length + problems.filter((p) => p.expected.startsWith('an "ER')).length, records, problems, warnings };
}
