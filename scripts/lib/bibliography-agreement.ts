/**
 * How far two BibTeX parsers agree on what import keeps of each entry: authors, year,
 * venue, DOI and arXiv ID. One side is the catalog's reading (src/bibliography/), the
 * other an independent parser's (citation.js, see scripts/compare-bibtex.ts). Values are
 * compared after the normalising that display ignores (case, accents, punctuation), so
 * `M{\"u}ller` and `Müller` agree while `Muller, Hans` and `Hans, Muller` do not. The only
 * other normalising is of two ways to write the same thing: CSL keeps a name's particle
 * ("van") and suffix ("Jr.") apart, the catalog keeps them in the family name, so the
 * second parser's family name gets them back; a DOI link (its percent-encoding decoded),
 * `doi:`, a LaTeX escape in a DOI (`\_`) and an arXiv version are dropped on both sides. Nothing else is made equal: a venue, year or name the
 * two read differently counts as a difference.
 */
import type { BibRecord } from '../../src/bibliography/record.ts';
import { titleKey } from '../../src/content/title-key.ts';

export const COMPARED = ['authors', 'year', 'venue', 'doi', 'arxiv'] as const;
export type ComparedField = (typeof COMPARED)[number];

/** One parser's reading of one entry, normalised for comparison. */
export type Reading = Record<ComparedField, string>;

/** A CSL-JSON item as citation.js makes it, with the entry's raw fields beside it. */
export interface CslItem {
  id?: string;
  author?: { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string }[];
  issued?: { 'date-parts'?: (number | string)[][]; raw?: string };
  'container-title'?: string;
  DOI?: string;
  URL?: string;
}

/** A DOI bare and in lower case (DOIs are case-insensitive); a doi.org link's percent-encoding and a LaTeX escape are the same DOI. */
function doiOf(value: string | undefined): string {
  const text = (value ?? '').trim();
  const bare = text.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  // `\_` is LaTeX for `_` (JabRef escapes DOIs so): one DOI, however escaped
  let doi = bare.replace(/^doi:\s*/i, '').replace(/\\([_%&#])/g, '$1');
  if (bare !== text) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // not percent-encoding after all: compared as written
    }
  }
  return doi.toLowerCase();
}
const arxivOf = (value: string | undefined) => (value ?? '').trim().replace(/^arxiv:\s*/i, '').replace(/v\d+$/, '').toLowerCase();
const authorsOf = (names: readonly { family?: string | undefined; literal?: string | undefined }[]) =>
  names.map((a) => titleKey(a.family ?? a.literal ?? '')).filter((k) => k !== '' && k !== 'others').join(' · ');

export function ourReading(record: BibRecord): Reading {
  return {
    authors: authorsOf(record.authors),
    year: record.year === undefined ? '' : String(record.year),
    venue: titleKey(record.venue ?? ''),
    doi: doiOf(record.doi),
    arxiv: arxivOf(record.arxiv),
  };
}

/** An arXiv ID whole (new style or old), version optional. */
const ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?`;

/**
 * The arXiv ID as the raw fields write it, read here on its own terms, not with import's
 * code: citation.js's CSL drops `eprint`, so its reading has none. `eprint` with
 * `archivePrefix` or `eprinttype` arXiv, or written `arXiv:…`; a journal, note or
 * howpublished that is "arXiv preprint arXiv:…" (Google Scholar) or "arXiv:…"; the
 * journal ArXiv or CoRR with volume "abs/…" (Semantic Scholar, DBLP); an arxiv.org link
 * among the URLs.
 */
function rawArxiv(field: (name: string) => string | undefined, urls: string): string {
  const archive = (field('archiveprefix') ?? field('eprinttype') ?? '').trim().toLowerCase();
  const eprint = field('eprint')?.trim();
  if (eprint && (archive === 'arxiv' || (archive === '' && /^arxiv:/i.test(eprint)))) return eprint;
  for (const name of ['journal', 'journaltitle', 'howpublished', 'note']) {
    const match = new RegExp(String.raw`^(?:arxiv preprint\s+(?:arxiv:\s*)?|arxiv:\s*)${ID}(?:\s*\[[^\]]*\])?\.?$`, 'i').exec(field(name)?.trim() ?? '');
    if (match) return match[1]!;
  }
  const volume = new RegExp(String.raw`^abs\/${ID}$`, 'i').exec(field('volume')?.trim() ?? '');
  if (volume && /^(?:arxiv|corr)$/i.test((field('journal') ?? field('journaltitle') ?? '').trim())) return volume[1]!;
  return new RegExp(String.raw`arxiv\.org\/(?:abs|pdf)\/${ID}`, 'i').exec(urls)?.[1] ?? '';
}

/** The second parser's reading, with the arXiv ID from the raw fields (rawArxiv). */
export function cslReading(item: CslItem, raw: Record<string, unknown>): Reading {
  const field = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : raw[name] === undefined ? undefined : String(raw[name]));
  const year = item.issued?.['date-parts']?.[0]?.[0];
  // CSL keeps "van" of "van Vliet" and "Jr." of "Smith, Jr." apart; the catalog's family name holds them, as BibTeX's von and Jr parts
  const names = (item.author ?? []).map((a) => (a.family ? { ...a, family: [a['non-dropping-particle'], a['dropping-particle'], a.family, a.suffix].filter(Boolean).join(' ') } : a));
  return {
    authors: authorsOf(names),
    year: year === undefined ? '' : String(year),
    venue: titleKey(item['container-title'] ?? ''),
    doi: doiOf(item.DOI),
    arxiv: arxivOf(rawArxiv(field, `${item.URL ?? ''} ${field('url') ?? ''}`)),
  };
}

/** An entry as biblatex-csl-converter's BibLatexParser gives it: rich-text fields as lists of text nodes. */
export interface BclEntry {
  entry_key: string;
  fields: Record<string, unknown>;
}

type RichText = { type?: string; text?: string }[];
/** The plain text of one of BibLatexParser's rich-text values (or a string field as it is). */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  return (value as RichText).map((node) => (node.type === 'text' ? (node.text ?? '') : '')).join('');
}

/**
 * The third reader's reading (biblatex-csl-converter, Fidus Writer's converter: its own
 * grammar and LaTeX decoding): authors (family name with its prefix and suffix, or the
 * literal name), the first year of `date`, `journaltitle` else `booktitle` as venue, the
 * DOI, and the arXiv ID from `eprint` when `eprinttype` (its name for `archivePrefix`)
 * is arXiv.
 */
export function bclReading(entry: BclEntry): Reading {
  const f = entry.fields;
  const names = ((f['author'] ?? []) as { literal?: RichText; prefix?: RichText; family?: RichText; suffix?: RichText }[]).map((n) => ({
    family: n.literal ? plain(n.literal) : [plain(n.prefix), plain(n.family), plain(n.suffix)].filter(Boolean).join(' '),
  }));
  const eprint = plain(f['eprint']).trim();
  return {
    authors: authorsOf(names),
    year: /\d{4}/.exec(plain(f['date']))?.[0] ?? '',
    venue: titleKey(plain(f['journaltitle']) || plain(f['booktitle'])),
    doi: doiOf(plain(f['doi'])),
    arxiv: /^arxiv$/i.test(plain(f['eprinttype']).trim()) ? arxivOf(eprint) : '',
  };
}

export interface Difference {
  key: string;
  field: ComparedField | 'entry';
  ours: string;
  theirs: string;
}

export interface Agreement {
  /** Entries import keeps, each compared with the second parser's reading of the same key. */
  entries: number;
  /** Per field, entries on which both readings are equal. */
  agree: Record<ComparedField, number>;
  /** Entries equal on every compared field. */
  allAgree: number;
  differences: Difference[];
}

/** Compares our readings with theirs, entry by entry (an entry they did not read differs on everything). */
export function compareReadings(ours: ReadonlyMap<string, Reading>, theirs: ReadonlyMap<string, Reading>): Agreement {
  const agree = Object.fromEntries(COMPARED.map((f) => [f, 0])) as Record<ComparedField, number>;
  const differences: Difference[] = [];
  let allAgree = 0;
  for (const [key, mine] of ours) {
    const other = theirs.get(key);
    if (other === undefined) {
      differences.push({ key, field: 'entry', ours: 'read', theirs: 'not read' });
      continue;
    }
    let all = true;
    for (const field of COMPARED) {
      if (mine[field] === other[field]) agree[field]++;
      else {
        all = false;
        differences.push({ key, field, ours: mine[field], theirs: other[field] });
      }
    }
    if (all) allAgree++;
  }
  return { entries: ours.size, agree, allAgree, differences };
}

/**
 * The fields on which two independent readings agree with each other and not with ours:
 * where import is most likely the one that reads the file wrong (or chooses otherwise).
 */
export function outvoted(ours: ReadonlyMap<string, Reading>, first: ReadonlyMap<string, Reading>, second: ReadonlyMap<string, Reading>): Difference[] {
  const found: Difference[] = [];
  for (const [key, mine] of ours) {
    const a = first.get(key);
    const b = second.get(key);
    if (a === undefined || b === undefined) continue;
    for (const field of COMPARED) if (a[field] === b[field] && a[field] !== mine[field]) found.push({ key, field, ours: mine[field], theirs: a[field] });
  }
  return found;
}

/** Where each `@name{…}` block matching `head` starts and ends: braces and parentheses matched, quoted text skipped. */
function blocks(text: string, head: RegExp): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let match = head.exec(text); match !== null; match = head.exec(text)) {
    const open = match[1]!;
    const close = open === '{' ? '}' : ')';
    let depth = 1;
    let quoted = false;
    let i = match.index + match[0].length;
    for (; i < text.length && depth > 0; i++) {
      const ch = text[i];
      if (ch === '"' && text[i - 1] !== '\\' && open === '(') quoted = !quoted;
      else if (!quoted && ch === open) depth++;
      else if (!quoted && ch === close) depth--;
    }
    found.push({ start: match.index, end: i });
    head.lastIndex = i;
  }
  return found;
}

/**
 * The file cut into pieces the second parser can read one by one: every `@string`
 * definition and crossref parent first (each piece needs them), then the entries in
 * groups of `size`.
 * `@preamble` blocks, TeX for the typesetter (`\input`, `\def`) and never entry data,
 * are left out: citation.js gives up on a whole file at TeX it cannot read there, and
 * a piece lets one unreadable entry cost only itself.
 */
export function bibtexPieces(text: string, size: number): { shared: string; entries: string[][] } {
  const strings = blocks(text, /@string\s*([{(])/gi).map(({ start, end }) => text.slice(start, end));
  const entries = blocks(text, /@(?!string\b|preamble\b|comment\b)[a-z]+\s*([{(])/gi).map(({ start, end }) => text.slice(start, end));
  // a crossref's parent goes with every piece, as the @strings do, so children inherit from it
  const referenced = new Set([...text.matchAll(/crossref\s*=\s*[{"]\s*([^}"\s]+)/gi)].map((m) => m[1]!.toLowerCase()));
  const keyOf = (entry: string) => /^@[a-z]+\s*[{(]\s*([^,\s]+)/i.exec(entry)?.[1]?.toLowerCase() ?? '';
  const parents = entries.filter((e) => referenced.has(keyOf(e)));
  const groups: string[][] = [];
  for (let i = 0; i < entries.length; i += size) groups.push(entries.slice(i, i + size));
  return { shared: [...strings, ...parents].join('\n'), entries: groups };
}
