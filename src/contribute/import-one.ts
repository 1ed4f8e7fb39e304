/**
 * `npm run new -- --bib FILE`, or an entry pasted at `npm run new`'s prompt: one paper
 * from a bibliography entry (a Zotero "Export Item…", a Scholar "BibTeX" link), through
 * npm run import's reader, writer and ingest pass.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readBibliography } from '../bibliography/read-bibliography.ts';
import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { catalogPaths } from '../content/paths.ts';
import { readEntries } from '../content/read-entries.ts';
import { importBibliographies } from '../ingest/run-import.ts';
import type { Added } from './new-paper.ts';

export function importOne(root: string, file: string, today?: string): Added & { warnings: ContentProblem[] } {
  return importEntry(root, relative(process.cwd(), file) || file, readFileSync(file, 'utf8'), today);
}

/** `text` read as a bibliography, with what keeps it from being one entry. */
function readOne(text: string, name: string): { result: ReturnType<typeof readBibliography>; problems: ContentProblem[] } {
  const result = readBibliography(text, name);
  if (result.problems.length > 0) return { result, problems: result.problems };
  if (result.records.length !== 1) {
    return {
      result,
      problems: [{
        file: name, expected: 'exactly one entry', found: `${result.records.length} entries`,
        hint: 'npm run import -- FILE adds every entry of a bibliography; --bib and the paste prompt are for one paper',
      }],
    };
  }
  return { result, problems: [] };
}

/** What is wrong with `text` as one bibliography entry, none when it is one: the paste prompt's check. */
export function entryProblems(text: string, name: string): ContentProblem[] {
  return readOne(text, name).problems;
}

/** The one entry `text` holds (named `name` in messages), added to the catalog at `root` and tagged. */
export function importEntry(root: string, name: string, text: string, today?: string): Added & { warnings: ContentProblem[] } {
  const { result, problems } = readOne(text, name);
  if (problems.length > 0) throw new ContentError(problems);
  const options = { root, files: [name], readFile: () => text, ...(today && { today }) };
  // a dry run first: a paper already in the catalog is refused with nothing written
  const dry = importBibliographies({ ...options, check: true });
  const record = result.records[0]!;
  if (dry.created === 0) {
    throw new ContentError([{
      file: name, line: record.line, entry: record.key,
      expected: 'a paper not already in the catalog', found: 'the same DOI, arXiv ID or title as an entry already there',
      hint: 'npm run import -- FILE fills the empty fields of that entry instead',
    }]);
  }
  const report = importBibliographies(options);
  const created = report.changes.find((c) => c.kind === 'created')!;
  const slug = created.path.replace(/^.*\/|\.mdx$/g, '');
  const tags = readEntries(catalogPaths(root).papers).find((e) => e.slug === slug)?.data.tags ?? [];
  // import ran the ingest pass that tagged the paper
  return { slug, path: created.path, tags, report: report.tagged!, warnings: report.warnings };
}
