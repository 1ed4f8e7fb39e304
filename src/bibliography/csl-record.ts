/** CSL-JSON items (Zotero's, citation.js's, and what the RIS plugin makes) as records. */
import type { ContentProblem } from '../content/content-error.ts';
import { bareOrcid } from './identifiers.ts';
import { checkedIds, cleanText, MARKUP, uniqueKeywords, yearOf } from './normalize.ts';
import type { BibAuthor, BibRecord, VenueType } from './record.ts';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  ORCID?: string;
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return cleanText(value.replace(MARKUP, '')) || undefined;
};

const ET_AL = /^(others|et al\.?)$/i;

function authorsOf(value: unknown): { authors: BibAuthor[]; etAl: boolean } {
  const names = Array.isArray(value) ? (value as CslName[]) : [];
  let etAl = false;
  const authors: BibAuthor[] = [];
  for (const name of names) {
    const orcid = bareOrcid(name.ORCID);
    const literal = text(name.literal) ?? (name.family && !name.given && ET_AL.test(name.family) ? name.family : undefined);
    if (literal && ET_AL.test(literal)) {
      etAl = true;
      continue;
    }
    const family = text([name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' '));
    const given = text(name.given);
    const author: BibAuthor = literal ? { literal } : family ? { family, ...(given && { given }) } : given ? { literal: given } : {};
    if (!author.literal && !author.family) continue;
    authors.push(orcid ? { ...author, orcid } : author);
  }
  return { authors, etAl };
}

function dateOf(value: unknown): { year?: number; month?: number } {
  const date = value as { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string } | undefined;
  const parts = date?.['date-parts']?.[0];
  if (parts && parts.length > 0) {
    const year = yearOf(parts[0]);
    const month = parts[1] !== undefined ? Number(parts[1]) : undefined;
    return { ...(year !== undefined && { year }), ...(month !== undefined && month >= 1 && month <= 12 && { month }) };
  }
  const year = yearOf(date?.raw ?? date?.literal);
  return year !== undefined ? { year } : {};
}

const VENUE_TYPES: Record<string, VenueType> = { 'article-journal': 'journal', 'paper-conference': 'conference' };

/** One CSL item as a record, or a problem pushed for it; what it leaves out goes to `warnings`. */
export function cslRecord(item: Record<string, unknown>, at: { file: string; line: number; key: string }, problems: ContentProblem[], warnings: ContentProblem[]): BibRecord | undefined {
  const where = { file: at.file, line: at.line, entry: at.key };
  const title = text(item.title);
  if (!title) {
    problems.push({ ...where, field: 'title', expected: 'a title', found: item.title === undefined ? 'no title' : 'an empty title', hint: 'add the title in your reference manager and export again' });
    return undefined;
  }
  // Zotero files arXiv preprints with the ID in `number` ("arXiv:2106.09685") and arXiv as publisher
  const number = text(item.number);
  const fromNumber = number && /arxiv/i.test(`${String(item.publisher ?? '')} ${number}`) ? number.replace(/^arxiv:\s*/i, '') : undefined;
  const ids = checkedIds({ doi: text(item.DOI), arxiv: fromNumber, url: text(item.URL) }, where, warnings);
  const abstract = text(item.abstract);
  const venue = text(item['container-title']) ?? text(item['event-title']);
  const venueType = venue ? VENUE_TYPES[String(item.type)] : undefined;
  const keywords = typeof item.keyword === 'string' ? item.keyword.split(/\s*[,;]\s*/) : Array.isArray(item.keyword) ? item.keyword.map(String) : [];
  return {
    key: at.key, line: at.line, title, ...(abstract && { abstract }), ...authorsOf(item.author),
    ...dateOf(item.issued), ...(venue && { venue }), ...(venueType && { venueType }), ...ids, keywords: uniqueKeywords(keywords),
  };
}
