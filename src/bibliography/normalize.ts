/** Small normalisations every reader applies the same way. */
import { preview, type ContentProblem } from '../content/content-error.ts';
import { arxivFromUrl, bareArxiv, bareDoi, doiFromUrl, isArxiv, isDoi } from './identifiers.ts';
import { YEARS } from '../content/paper-schema.ts';

/** One line of text: runs of white space (line breaks of a wrapped field) become one space. */
export function cleanText(text: string): string {
  // `{\'\i}` decodes to a dotless ı with a combining accent: as a reader would type it, í
  return text.replace(/\s+/g, ' ').trim().replace(/ı(?=[\u0300-\u036f])/g, 'i').normalize('NFC');
}

/** Markup parsers add for `\textit`, `\textsc`, CSL's `<i>` and the like; titles here are plain text. */
export const MARKUP = /<\/?(?:i|b|sup|sub|code|p|span|blockquote|ul|li|ol|sc)(?:\s[^>]*)?>/g;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 from `3`, `03`, `mar`, `March`; undefined for anything else. */
export function monthNumber(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().toLowerCase();
  const number = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3)) + 1;
  return number >= 1 && number <= 12 ? number : undefined;
}

/** The year in `2017`, `2017-12-04` or `{2017}`, if it is a plausible publication year. */
export function yearOf(value: string | number | undefined): number | undefined {
  const match = /(?<!\d)(\d{4})(?!\d)/.exec(String(value ?? ''));
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && year >= YEARS.min && year <= YEARS.max ? year : undefined;
}

/** Keywords in order, empty ones and case-insensitive repeats dropped. */
export function uniqueKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const keyword of keywords) {
    const clean = cleanText(keyword);
    const key = clean.toLowerCase();
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

export interface Ids {
  doi?: string;
  arxiv?: string;
  url?: string;
}

/**
 * The DOI, arXiv ID and URL of an entry, bare and checked. A malformed DOI or arXiv ID is a
 * problem (the entry is not imported: a wrong identifier would link readers to another
 * paper); the URL also fills a missing DOI or arXiv ID when it is a doi.org or arxiv.org link.
 */
export function checkedIds(raw: { doi?: string | undefined; arxiv?: string | undefined; url?: string | undefined }, at: Pick<ContentProblem, 'file' | 'line' | 'entry'>, problems: ContentProblem[]): Ids | undefined {
  const before = problems.length;
  const url = raw.url?.trim() && /^https?:\/\/\S+$/i.test(raw.url.trim()) ? raw.url.trim() : undefined;
  const doi = bareDoi(raw.doi) ?? doiFromUrl(url);
  if (doi !== undefined && !isDoi(doi)) {
    problems.push({ ...at, field: 'doi', expected: 'a DOI such as "10.1000/xyz123"', found: preview(raw.doi ?? doi), hint: 'a DOI starts with "10.", a number, "/" and a suffix; copy it from the paper\'s doi.org link' });
  }
  // arXiv's own DOIs (10.48550/arXiv.2106.09685) name the preprint too
  const arxiv = bareArxiv(raw.arxiv) ?? arxivFromUrl(url) ?? (doi && /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1]) ?? undefined;
  if (arxiv !== undefined && !isArxiv(arxiv)) {
    problems.push({ ...at, field: 'eprint', expected: 'an arXiv ID such as "2106.09685" or "hep-th/9901001"', found: preview(raw.arxiv ?? arxiv), hint: 'copy the ID from the paper\'s arxiv.org/abs/ link' });
  }
  if (problems.length > before) return undefined;
  return { ...(doi && { doi }), ...(arxiv && { arxiv }), ...(url && { url }) };
}
