/** CSL-JSON files (Zotero's "CSL JSON" export, citation.js output) read into records. */
import { plugins } from '@citation-js/core';
import type { ContentProblem } from '../content/content-error.ts';
import { cslRecord } from './csl-record.ts';
import { lineAt, lineStarts } from './lines.ts';
import type { BibRecord, ReadResult } from './record.ts';

function jsonProblem(file: string, text: string, error: Error): ContentProblem {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? NaN);
  return {
    file,
    ...(Number.isFinite(position) && { line: lineAt(lineStarts(text), position) }),
    expected: 'CSL-JSON: a list of items such as [{"id": "…", "type": "article-journal", "title": "…"}]',
    found: `invalid JSON (${error.message.replace(/\s+/g, ' ').slice(0, 100)})`,
    hint: 'export the file again ("CSL JSON" in Zotero); a hand edit may have left a comma or quote out',
  };
}

export function readCslJson(text: string, file: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { format: 'csl-json', read: 0, records: [], problems: [jsonProblem(file, text, error as Error)], warnings: [] };
  }
  const list = Array.isArray(data) ? data : [data];
  const items = plugins.input.chain(list, { forceType: '@csl/list+object', generateGraph: false });
  const starts = lineStarts(text);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const records: BibRecord[] = [];
  let cursor = 0;
  items.forEach((item, index) => {
    const id = item.id === undefined ? `#${index + 1}` : String(item.id);
    // the item's line: where its "id" is written, searching on from the previous item
    const at = item.id === undefined ? -1 : text.indexOf(JSON.stringify(String(item.id)), cursor);
    if (at >= 0) cursor = at;
    const record = cslRecord(item, { file, line: at >= 0 ? lineAt(starts, at) : 1, key: id }, problems, warnings);
    if (record) records.push(record);
  });
  return { format: 'csl-json', read: items.length, records, problems, warnings };
}
