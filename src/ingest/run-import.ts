/**
 * `npm run import`: bibliography files in, entries out, through the entry writer ingest
 * uses (the same slugs, escaping and key order), and then ingest itself, which tags the
 * new entries as it tags every other. That ingest pass reads the entries import is about
 * to write before they are written, so they are written once, tagged, and an ingest run
 * after the import has nothing to rewrite.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detectFormat } from '../bibliography/detect-format.ts';
import { readBibliography } from '../bibliography/read-bibliography.ts';
import { bibtexMacros } from '../bibliography/read-bibtex.ts';
import type { BibRecord, ReadResult } from '../bibliography/record.ts';
import { authorValue } from '../content/authors.ts';
import type { ContentProblem } from '../content/content-error.ts';
import { replaceField, serializeEntry } from '../content/entry-file.ts';
import { escapeMdxText } from '../content/mdx-escape.ts';
import { catalogPaths, entryPath } from '../content/paths.ts';
import { projectFrontmatterCache, readEntries, type PaperEntry } from '../content/read-entries.ts';
import { whyDistinct, type PaperFacts } from '../content/paper-identity.ts';
import { ingest, type IngestReport } from './run-ingest.ts';
import { uniqueSlug } from '../content/slug.ts';
import { titleKey } from '../content/title-key.ts';

export interface ImportOptions {
  /** Project root holding `content/papers/`. */
  root: string;
  /** Bibliography files, absolute or relative to the working directory. */
  files: readonly string[];
  /** Import the good entries of a file that has bad ones (which are listed and skipped). */
  skipBad?: boolean;
  /** Compute everything, write nothing. */
  check?: boolean;
  /** Date stamped on new entries (YYYY-MM-DD); defaults to today (UTC). */
  today?: string;
  /** Reads a file; tests and the benchmark pass text directly. */
  readFile?: (path: string) => string;
}

export interface ImportedChange {
  path: string;
  kind: 'created' | 'filled';
  /** e.g. `new from refs.bib line 12 (vaswani2017)`, `filled authors, year`. */
  reasons: string[];
  text: string;
}

export interface ImportMatch {
  file: string;
  line: number;
  entry: string;
  /** The catalog entry (or the entry created earlier in this import) it is. */
  path: string;
  by: 'DOI' | 'arXiv ID' | 'title';
}

export interface ImportReport {
  /** Entries read from the files, good or bad. */
  read: number;
  created: number;
  /** Entries already in the catalog (or twice in the files): nothing new added for them. */
  present: number;
  /** Each of those: where it was read, the entry it is, and by what it was recognised. */
  matches: ImportMatch[];
  /** Entries left out: bad ones, and every entry of a file with a bad one unless `skipBad`. */
  skipped: number;
  changes: ImportedChange[];
  /** Why entries were skipped, each naming file, line and entry. */
  problems: ContentProblem[];
  /** Imported all the same: no abstract, LaTeX the parser did not know. */
  warnings: ContentProblem[];
  /** Files with bad entries that imported nothing. */
  refused: string[];
  /** The ingest pass over the catalog with these changes in, which tagged them; absent when import changed nothing. */
  tagged?: IngestReport;
}

/**
 * Frontmatter fields import may write, in the order a new entry gets them. On an entry
 * already in the catalog, import fills a field only when the entry does not have it, so
 * nothing a person wrote is ever replaced.
 */
const FIELDS = ['authors', 'etAl', 'year', 'month', 'venue', 'venueType', 'doi', 'arxiv', 'url', 'keywords'] as const;
type Field = (typeof FIELDS)[number];

function fieldsOf(record: BibRecord): Partial<Record<Field, unknown>> {
  return {
    ...(record.authors.length > 0 && { authors: record.authors.map(authorValue) }),
    ...(record.etAl && { etAl: true }),
    ...(record.year !== undefined && { year: record.year }),
    ...(record.month !== undefined && { month: record.month }),
    ...(record.venue && { venue: record.venue }),
    ...(record.venueType && { venueType: record.venueType }),
    ...(record.doi && { doi: record.doi }),
    ...(record.arxiv && { arxiv: record.arxiv }),
    ...(record.url && { url: record.url }),
    ...(record.keywords.length > 0 && { keywords: record.keywords }),
  };
}

/** Whether an existing entry has no value for `field`: the file does not write it, or writes an empty list. */
function isEmpty(text: string, field: Field): boolean {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const line = new RegExp(`^${field}\\s*:(.*)$`, 'm').exec(frontmatter);
  return !line || /^\s*\[\s*\]\s*$/.test(line[1]!);
}

/** Keys a paper is known by for certain: its DOI and arXiv ID. A title is weaker (see paper-identity.ts). */
function identities(data: { doi?: string | undefined; arxiv?: string | undefined }): { id: string; by: ImportMatch['by'] }[] {
  return [
    ...(data.doi ? [{ id: `doi:${data.doi.toLowerCase()}`, by: 'DOI' as const }] : []),
    ...(data.arxiv ? [{ id: `arxiv:${data.arxiv.replace(/v\d+$/, '').toLowerCase()}`, by: 'arXiv ID' as const }] : []),
  ];
}

/** Reads every file and imports what may be imported; writes unless `check`. */
export function importBibliographies(options: ImportOptions): ImportReport {
  const paths = catalogPaths(options.root);
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // the catalog is read again by the ingest pass below: the first read leaves its frontmatter parsed (not with --check, which writes nothing)
  const entries = readEntries(paths.papers, undefined, undefined, options.check ? undefined : projectFrontmatterCache(options.root));
  const report: ImportReport = { read: 0, created: 0, present: 0, matches: [], skipped: 0, changes: [], problems: [], warnings: [], refused: [] };

  /** Identity → the entry (on disk or just created) that holds it, and its current text. */
  interface Target {
    slug: string;
    path: string;
    text: string;
    entry: PaperEntry | undefined;
    filled: string[];
    /** A new entry's fields and body, written out once every file is read (a paper in two files gets both's fields). */
    draft?: { title: string; fields: Partial<Record<Field, unknown>>; body: string; reason: string; at: { file: string; line: number; entry: string } };
  }
  const known = new Map<string, Target>();
  /** Title key → every entry with that title: one title may be several papers. */
  const titled = new Map<string, Target[]>();
  const targets: Target[] = [];
  const remember = (target: Target, data: { title: string; doi?: string | undefined; arxiv?: string | undefined }) => {
    targets.push(target);
    for (const { id } of identities(data)) if (!known.has(id)) known.set(id, target);
    const key = titleKey(data.title);
    titled.set(key, [...(titled.get(key) ?? []), target]);
  };
  const factsOf = (target: Target): PaperFacts => {
    const data = target.draft?.fields ?? target.entry?.data ?? {};
    return { doi: data.doi as string | undefined, arxiv: data.arxiv as string | undefined, year: data.year as number | undefined, authors: data.authors as PaperFacts['authors'] };
  };
  /** The entry `record` already is, and by what that is known, if any. */
  const existing = (record: BibRecord, file: string): { target: Target; by: ImportMatch['by'] } | undefined => {
    for (const { id, by } of identities(record)) {
      const target = known.get(id);
      if (target) return { target, by };
    }
    const facts: PaperFacts = { doi: record.doi, arxiv: record.arxiv, year: record.year, authors: record.authors.map(authorValue) };
    const same = (titled.get(titleKey(record.title)) ?? []).filter((t) => whyDistinct(factsOf(t), facts) === undefined);
    // Two entries of one file are two items of one library: a title alone never makes them one.
    const twin = same.find((t) => t.draft?.at.file === file);
    if (twin) {
      report.warnings.push({
        file, line: record.line, entry: record.key, field: 'title',
        expected: 'a title, DOI, arXiv ID, author list or year that tells this entry from the others of its file',
        found: `the title of entry "${twin.draft!.at.entry}" (line ${twin.draft!.at.line}) and nothing that tells them apart`,
        hint: 'both are imported, as two papers; if they are one, delete one of the two entries (npm run check lists them as duplicates)',
      });
    }
    const target = same.find((t) => t.draft?.at.file !== file);
    return target && { target, by: 'title' };
  };
  for (const entry of entries) remember({ slug: entry.slug, path: entry.path, text: entry.text, entry, filled: [] }, entry.data);
  const taken = new Set(entries.map((e) => e.slug));

  const texts = options.files.map((file) => ({ name: relative(process.cwd(), file) || file, text: readFile(file) }));
  // BibTeX reads several files as one: a macro one defines (an abbreviations file) serves the others.
  // A single file needs no second parse for that.
  const bibtex = texts.filter(({ text }) => detectFormat(text) === 'bibtex');
  const macros = bibtex.length > 1 ? (Object.assign({}, ...bibtex.map(({ text }) => bibtexMacros(text))) as Record<string, string>) : undefined;
  const results: { name: string; result: ReadResult }[] = texts.map(({ name, text }) => ({ name, result: readBibliography(text, name, macros) }));

  for (const { name, result } of results) {
    report.read += result.read;
    report.warnings.push(...result.warnings);
    report.problems.push(...result.problems);
    const badEntries = result.read - result.records.length;
    if (result.problems.length > 0 && !options.skipBad) {
      report.refused.push(name);
      report.skipped += result.read;
      continue;
    }
    report.skipped += badEntries;
    for (const record of result.records) {
      const match = existing(record, name);
      if (match) {
        report.present++;
        report.matches.push({ file: name, line: record.line, entry: record.key, path: match.target.path, by: match.by });
        fill(match.target, record);
        continue;
      }
      const slug = uniqueSlug(record.title, taken);
      taken.add(slug);
      const body = record.abstract ? escapeMdxText(record.abstract) : '';
      const draft = { title: record.title, fields: fieldsOf(record), body, reason: `new from ${name} line ${record.line} (${record.key})`, at: { file: name, line: record.line, entry: record.key } };
      remember({ slug, path: entryPath(slug), text: '', entry: undefined, filled: [], draft }, record);
      report.created++;
    }
  }

  function fill(target: Target, record: BibRecord): void {
    const fields = fieldsOf(record);
    if (target.draft) {
      if (!target.draft.body && record.abstract) target.draft.body = escapeMdxText(record.abstract);
      for (const field of FIELDS) if (target.draft.fields[field] === undefined && fields[field] !== undefined) target.draft.fields[field] = fields[field];
      return;
    }
    // replaceField adds a missing field right under the title: add them last first, so they read in FIELDS order
    const hadVenue = !isEmpty(target.text, 'venue');
    for (const field of [...FIELDS].reverse()) {
      if (fields[field] === undefined || !isEmpty(target.text, field)) continue;
      // a venue's type describes that venue: never pair a hand-written venue with another file's type
      if (field === 'venueType' && hadVenue) continue;
      target.text = replaceField(target.text, field, fields[field]);
      target.filled.unshift(field);
    }
  }
  for (const target of targets) {
    if (target.draft) {
      const { title, fields, body, reason } = target.draft;
      // FIELDS order, whichever file gave a field
      const ordered = Object.fromEntries(FIELDS.filter((f) => fields[f] !== undefined).map((f) => [f, fields[f]]));
      target.text = serializeEntry({ title, tags: [], ...ordered, added: today }, body);
      report.changes.push({ path: target.path, kind: 'created', reasons: [reason], text: target.text });
      if (!body) {
        report.warnings.push({
          ...target.draft.at, field: 'abstract',
          expected: 'an abstract', found: 'none', hint: `imported without one and tagged from its title and keywords; add the abstract below the frontmatter of ${target.path}`,
        });
      }
    } else if (target.entry && target.text !== target.entry.text) {
      report.changes.push({ path: target.path, kind: 'filled', reasons: [`filled ${target.filled.join(', ')}`], text: target.text });
    }
  }

  if (report.changes.length === 0) return report;
  // Ingest tags the whole catalog, these entries in, once; it writes what it changes (the
  // entries whose tags it derived, the vocabulary it induced, its evidence), import the rest.
  const pending = new Map(report.changes.map((change) => [change.path, change.text]));
  report.tagged = ingest({ root: options.root, today, pending, ...(options.check && { check: true }) });
  const tagged = new Map(report.tagged.changes.map((change) => [change.path, change.text]));
  for (const change of report.changes) change.text = tagged.get(change.path) ?? change.text;
  if (!options.check) {
    mkdirSync(paths.papers, { recursive: true });
    for (const change of report.changes) if (!tagged.has(change.path)) writeFileSync(join(options.root, change.path), change.text);
  }
  return report;
}

/** The one summary line import prints: nothing is lost without being counted. */
export function importSummary(report: ImportReport): string {
  const filled = report.changes.filter((c) => c.kind === 'filled').length;
  return `import: ${report.read} entries read, ${report.created} created, ${report.present} already present${filled > 0 ? ` (${filled} with empty fields filled)` : ''}, ${report.skipped} skipped, ${report.warnings.length} warnings`;
}
