/**
 * BibTeX and biblatex files, as Zotero (Better BibTeX or plain), JabRef, Google Scholar,
 * arXiv, DBLP and the ACM Digital Library export them, read into records. The grammar is
 * Better BibTeX's own parser (`@retorquere/bibtex-parser`); this module only chooses the
 * fields the catalog keeps and says clearly what is wrong with an entry.
 */
import type { Creator } from '@retorquere/bibtex-parser';
import { preview, type ContentProblem } from '../content/content-error.ts';
import { parseVerbatim, type VerbatimEntry } from './bibtex-verbatim.ts';
import { inheritFields } from './crossref.ts';
import { decodeFields, LATEX_LOGO, type DecodeJob } from './decode-latex.ts';
import { lineAt, lineStarts } from './lines.ts';
import { arxivInFields, checkedIds, cleanText, dateOf, MARKUP, uniqueKeywords } from './normalize.ts';
import type { BibAuthor, BibRecord, ReadResult, VenueType } from './record.ts';

/** Entry types of BibTeX and biblatex (with their aliases); anything else is a typo or a private type. */
export const ENTRY_TYPES = new Set([
  'article', 'book', 'booklet', 'conference', 'inbook', 'incollection', 'inproceedings', 'manual', 'mastersthesis',
  'misc', 'phdthesis', 'proceedings', 'techreport', 'unpublished', 'online', 'electronic', 'www', 'report', 'thesis',
  'collection', 'mvbook', 'mvcollection', 'mvproceedings', 'bookinbook', 'suppbook', 'suppcollection', 'suppperiodical',
  'periodical', 'reference', 'mvreference', 'inreference', 'patent', 'dataset', 'software', 'preprint', 'artwork',
  'audio', 'video', 'image', 'movie', 'music', 'performance', 'standard', 'letter', 'jurisdiction', 'legislation',
  'legal', 'review', 'set', 'xdata', 'data', 'softwareversion', 'softwaremodule', 'codefragment',
]);

/** Fields that may hold LaTeX, decoded when they do. */
const TEXT_FIELDS = [
  'title', 'subtitle', 'abstract', 'journal', 'journaltitle', 'journalsubtitle', 'booktitle', 'booksubtitle',
  'maintitle', 'mainsubtitle', 'eventtitle', 'keywords',
] as const;
/** A value holding any of these is LaTeX, not plain text. */
const LATEX = /[\\{}$~^_%&#]|--|``|''/;

interface Located {
  entry: VerbatimEntry;
  line: number;
  /** The entry's own fields, before crossref: its identifiers are read from these alone (see crossref.ts). */
  own?: Record<string, string>;
}

/** The parser's words for a bare word that is no `@string` macro; it goes on with `{{word}}` as the value. */
const UNRESOLVED = /^Unresolved @string reference ("(?:[^"\\]|\\.)*")$/;
/**
 * Fields import reads (see readBibtex): an undefined macro there is read as empty, with a
 * warning that says so; elsewhere a warning only. `volume`, `howpublished` and `note` are
 * read only for an arXiv ID, which a macro's placeholder never is, so a macro there costs nothing.
 */
const READ_FIELDS = new Set([
  ...TEXT_FIELDS, 'author', 'year', 'date', 'month', 'doi', 'eprint', 'archiveprefix', 'eprinttype', 'url', 'crossref',
]);

/**
 * An `@string` macro used but never defined. BibTeX itself warns and reads it as empty,
 * and so does import, naming each entry and field that uses it: the entry is imported (a
 * lab's file that uses IEEE's journal macros without IEEEabrv.bib still comes in), the
 * field without the macro's part, and importing again with the file that defines the macro
 * fills the field then left empty (import fills empty fields). An entry whose title uses
 * the macro is refused, naming it: there is no title to import it by. In a field import
 * does not read (Nelson Beebe's bibliographies use macros for `acknowledgement`) nothing
 * import keeps is touched.
 */
function undefinedMacro(file: string, name: string, located: readonly Located[], out: { problems: ContentProblem[]; warnings: ContentProblem[]; refused: Set<string> }): void {
  const placeholder = `{{${name}}}`;
  const uses = located.flatMap(({ entry, line }) => Object.keys(entry.fields).filter((field) => entry.fields[field]!.includes(placeholder)).map((field) => ({ entry, line, field })));
  const about = { expected: 'a value in braces or quotes, or a macro defined by @string', found: `the undefined @string macro "${name}"` };
  const hint = `define it above its first use, @string{${name} = {…}}, import it together with the file that defines it (npm run import -- abbreviations.bib ${file}), or write the value itself in braces`;
  if (uses.length === 0) {
    out.problems.push({ file, line: 1, ...about, hint: `${hint} (search the file for ${name})` });
    return;
  }
  for (const { entry, line, field } of uses) {
    const at = { file, line, entry: entry.key, field, ...about };
    if (field === 'title') {
      // No title to import the entry by: refused, for the macro (not "no title").
      out.problems.push({ ...at, hint });
      out.refused.add(entry.key);
    } else if (READ_FIELDS.has(field)) {
      out.warnings.push({ ...at, hint: `import reads it as empty, as BibTeX does, and fills the field when you import again with the macro defined; ${hint}` });
      // Read as empty: the placeholder the parser left goes, and a field left empty with it.
      const rest = entry.fields[field]!.split(placeholder).join('').trim();
      if (rest === '') delete entry.fields[field];
      else entry.fields[field] = rest;
    } else out.warnings.push({ ...at, hint: `import does not read the field ${field}, so nothing is lost; ${hint}` });
  }
}

/** The entry a verbatim parse error is about: `@type{key` at the start of its text. */
function headOf(input: string): { type: string; key: string } {
  const match = /^@\s*([A-Za-z]+)\s*[{(]\s*([^,\s}]*)/.exec(input);
  return { type: match?.[1] ?? '', key: match?.[2] ?? '' };
}

function parseError(file: string, text: string, starts: number[], error: { error: string; input?: string }, from: number): ContentProblem {
  const input = error.input ?? '';
  const at = input ? text.indexOf(input, from) : -1;
  const { key } = headOf(input);
  const unclosed = /^Unterminated|expected "}"/.test(error.error);
  const line = at >= 0 ? lineAt(starts, at) : Number(/at line (\d+)/.exec(error.error)?.[1] ?? 1);
  return {
    file,
    line,
    ...(key && { entry: key }),
    expected: unclosed ? 'a closing brace "}" for every "{" in the entry' : 'a BibTeX entry such as @article{key, title = {…}, year = 2024}',
    found: unclosed ? 'a "{" that is still open where the entry should end' : error.error.replace(/\\n/g, ' ').replace(/\s+/g, ' ').slice(0, 160),
    hint: unclosed
      ? 'count the braces of this entry: every "{" needs its "}", and the entry itself ends with "}"'
      : 'compare the entry with a fresh export from your reference manager',
  };
}

function author(creator: Creator): BibAuthor {
  const clean = (text: string) => cleanText(text.replace(LATEX_LOGO, 'LaTeX').replace(MARKUP, ''));
  if (creator.name !== undefined) return { literal: clean(creator.name) };
  const family = clean([creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' '));
  const given = clean(creator.firstName ?? '');
  return given ? { family, given } : { family };
}

function authorsOf(value: unknown): { authors: BibAuthor[]; etAl: boolean } {
  const creators = Array.isArray(value) ? (value as Creator[]) : [];
  const others = (c: Creator) => c.name === undefined && !c.firstName && c.lastName?.toLowerCase() === 'others';
  const etAl = creators.length > 0 && others(creators[creators.length - 1]!);
  return { authors: creators.filter((c) => !others(c)).map(author).filter((a) => a.literal || a.family), etAl };
}

/** The fields a venue is made of (see venueOf). */
const VENUE_FIELDS = ['journal', 'journaltitle', 'journalsubtitle', 'booktitle', 'booksubtitle', 'maintitle', 'mainsubtitle', 'eventtitle'] as const;

/** Entry types whose venue is the book or proceedings they are part of: its `booktitle` comes before a stray `journal`. */
const IN_BOOK = new Set(['inproceedings', 'conference', 'incollection', 'inbook', 'bookinbook', 'suppbook', 'suppcollection', 'inreference']);
/** Entry types that may be one volume of a multi-volume work (biblatex's `maintitle`), which is then their venue. */
const VOLUME = new Set(['book', 'collection', 'proceedings', 'reference', 'inbook', 'bookinbook', 'incollection', 'inproceedings', 'inreference']);

/** A title and its subtitle as biblatex prints them, one after the other ("Title: Subtitle"). */
export function withSubtitle(title: string | undefined, subtitle: string | undefined): string | undefined {
  if (!title || !subtitle) return title ?? undefined;
  return /[.:;!?]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * The venue: for a part of a book, the book (`booktitle`); else the journal (`journal`,
 * biblatex's `journaltitle`), as written, Google Scholar's "arXiv preprint arXiv:…" too,
 * since that is what BibTeX prints and the reader of the file sees; else a `booktitle` or
 * `eventtitle`; else, for one volume of a multi-volume work, that work (`maintitle`).
 * Each with its subtitle.
 */
function venueOf(type: string, fields: Partial<Record<(typeof VENUE_FIELDS)[number], string | undefined>>): { venue?: string; venueType?: VenueType } {
  const conference = type === 'inproceedings' || type === 'conference' || fields.eventtitle !== undefined;
  const booktitle = withSubtitle(fields.booktitle, fields.booksubtitle) ?? fields.eventtitle;
  if (IN_BOOK.has(type) && booktitle) return { venue: booktitle, ...(conference && { venueType: 'conference' as const }) };
  const journal = withSubtitle(fields.journal ?? fields.journaltitle, fields.journalsubtitle);
  if (journal) return { venue: journal, venueType: 'journal' };
  if (booktitle) return { venue: booktitle, ...(conference && { venueType: 'conference' as const }) };
  const main = VOLUME.has(type) ? withSubtitle(fields.maintitle, fields.mainsubtitle) : undefined;
  return main ? { venue: main } : {};
}

/** The `@string` macros a BibTeX file defines, for the files read with it (an abbreviations file such as IEEEabrv.bib). */
export function bibtexMacros(text: string): Record<string, string> {
  return parseVerbatim(text).strings;
}

export interface ReadBibtexOptions {
  /** Send every field that holds LaTeX through the full parser, as a reference for the fast path (tests). */
  fullParse?: boolean;
}

/**
 * Reads a BibTeX file. Entries with a problem are reported and left out of `records`.
 * `macros` are `@string` definitions from the other files of the same import.
 */
export function readBibtex(text: string, file: string, macros?: Readonly<Record<string, string>>, options: ReadBibtexOptions = {}): ReadResult {
  const library = parseVerbatim(text, macros);
  const starts = lineStarts(text);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  let cursor = 0;
  const located: Located[] = [];
  for (const entry of library.entries) {
    if (!entry.input) continue; // could not be parsed: reported from library.errors
    const at = text.indexOf(entry.input, cursor);
    if (at >= 0) cursor = at + entry.input.length;
    located.push({ entry, line: at >= 0 ? lineAt(starts, at) : 1 });
  }
  let errorCursor = 0;
  /** Entries with no title to import them by (the title uses an undefined macro). */
  const refused = new Set<string>();
  for (const error of library.errors) {
    const macro = UNRESOLVED.exec(error.error)?.[1];
    if (macro !== undefined) {
      undefinedMacro(file, JSON.parse(macro) as string, located, { problems, warnings, refused });
      continue;
    }
    const problem = parseError(file, text, starts, error, errorCursor);
    if (error.input) errorCursor = Math.max(errorCursor, text.indexOf(error.input, errorCursor));
    problems.push(problem);
  }

  const byKey = new Map(located.map((l) => [l.entry.key.toLowerCase(), l.entry]));
  const papers: Located[] = [];
  let containers = 0;
  for (const item of located) {
    const { entry, line } = item;
    if (refused.has(entry.key)) continue;
    const type = entry.type.toLowerCase();
    if (!ENTRY_TYPES.has(type)) {
      problems.push({
        file, line, entry: entry.key,
        expected: 'a BibTeX or biblatex entry type such as @article, @inproceedings or @misc',
        found: `@${entry.type}`,
        hint: 'fix the spelling of the type, or use @misc for anything else',
      });
      continue;
    }
    // proceedings and books referenced by crossref are containers, not papers
    if ((type === 'proceedings' || type === 'book' || type === 'collection' || type === 'mvproceedings') && referenced(entry.key, located)) {
      containers++;
      continue;
    }
    item.own = entry.fields;
    item.entry = { ...entry, fields: resolved(entry, byKey) };
    papers.push(item);
  }

  // Fields that hold LaTeX, and every author list, are decoded to Unicode (see decode-latex.ts).
  const jobs = papers.map((item): DecodeJob => {
    const text: Record<string, string> = {};
    for (const name of TEXT_FIELDS) {
      const value = item.entry.fields[name];
      if (value !== undefined && LATEX.test(value)) text[name] = value;
    }
    const author = item.entry.fields.author;
    return author === undefined ? { text } : { text, author };
  });
  const decoded = decodeFields(jobs, options);
  papers.forEach((item, index) => {
    for (const tex of decoded.unknown[index]!) {
      warnings.push({
        file, line: item.line, entry: item.entry.key,
        expected: 'LaTeX the parser knows', found: `the command ${preview(tex, 40)}`, hint: 'it was kept as written; replace it by the character it stands for if the page shows it wrong',
      });
    }
  });

  const records: BibRecord[] = [];
  papers.forEach(({ entry, line, own = entry.fields }, index) => {
    const fields = entry.fields;
    const done = decoded.fields[index]!;
    const textOf = (name: string): string | undefined => {
      const value = done[name] ?? fields[name];
      if (typeof value !== 'string') return undefined;
      return cleanText(value.replace(MARKUP, '')) || undefined;
    };
    const at = { file, line, entry: entry.key };
    const title = withSubtitle(textOf('title'), textOf('subtitle'));
    if (!title) {
      problems.push({ ...at, field: 'title', expected: 'a title', found: fields.title === undefined ? 'no title field' : 'an empty title', hint: 'add title = {…} to the entry' });
      return;
    }
    const keywordValue = done.keywords ?? fields.keywords;
    const keywords = Array.isArray(keywordValue) ? (keywordValue as string[]) : (typeof keywordValue === 'string' ? keywordValue.split(/\s*[,;]\s*/) : []);
    const ids = checkedIds({ doi: own.doi, arxiv: arxivInFields(own), url: own.url }, at, warnings);
    const { authors, etAl } = authorsOf(done.author);
    const abstract = textOf('abstract');
    const { year, month } = dateOf(fields);
    const venue = venueOf(entry.type.toLowerCase(), Object.fromEntries(VENUE_FIELDS.flatMap((name) => (fields[name] === undefined ? [] : [[name, textOf(name)]]))));
    records.push({
      key: entry.key, line, title, ...(abstract && { abstract }), authors, etAl,
      ...(year !== undefined && { year }), ...(month !== undefined && { month }),
      ...venue, ...ids, keywords: uniqueKeywords(keywords.map((k) => cleanText(k.replace(MARKUP, '')))),
    });
  });
  return { format: 'bibtex', read: located.length - containers + library.errors.filter((e) => e.input).length, records, problems, warnings };
}

/** An entry's fields with what it inherits through `crossref`, its parent's own parents first (biber follows the chain). */
function resolved(entry: VerbatimEntry, byKey: ReadonlyMap<string, VerbatimEntry>, seen = new Set<string>()): Record<string, string> {
  const key = entry.fields.crossref?.toLowerCase();
  const parent = key === undefined ? undefined : byKey.get(key);
  if (parent === undefined || seen.has(key!)) return entry.fields;
  seen.add(entry.key.toLowerCase());
  const fields = resolved(parent, byKey, seen.add(key!));
  return inheritFields({ type: entry.type.toLowerCase(), fields: entry.fields }, { type: parent.type.toLowerCase(), fields });
}

function referenced(key: string, located: Located[]): boolean {
  const lower = key.toLowerCase();
  return located.some((l) => l.entry.fields.crossref?.toLowerCase() === lower);
}
