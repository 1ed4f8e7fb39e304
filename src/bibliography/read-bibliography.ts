/** Any bibliography file the catalog reads, by its content. */
import { preview } from '../content/content-error.ts';
import { detectFormat } from './detect-format.ts';
import { readBibtex } from './read-bibtex.ts';
import { readCslJson } from './read-csl.ts';
import { readRis } from './read-ris.ts';
import type { ReadResult } from './record.ts';

/** Reads one file; `macros` are BibTeX `@string` definitions of the other files read with it. */
export function readBibliography(text: string, file: string, macros?: Readonly<Record<string, string>>): ReadResult {
  const format = detectFormat(text);
  if (format === 'bibtex') return readBibtex(text, file, macros);
  if (format === 'csl-json') return readCslJson(text, file);
  if (format === 'ris') return readRis(text, file);
  return {
    format: 'bibtex',
    read: 0,
    records: [],
    problems: [
      {
        file,
        line: 1,
        expected: 'a bibliography: BibTeX (@article{…}), CSL-JSON ([{"title": …}]) or RIS (TY  - …)',
        found: text.trim() ? preview(text.trim(), 60) : 'an empty file',
        hint: 'export the collection from your reference manager as BibTeX, CSL JSON or RIS',
      },
    ],
    warnings: [],
  };
}
