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

/**
 * biblatex's `date` as biber reads it: ISO 8601 with EDTF's additions (`2017`, `2017-06`,
 * `2017-06-12`, a range `1988/2009` or `2017-06-12/2017-06-16`, `1990~` circa, `2017?`
 * uncertain, a time). The range's start is the date.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?[~?%]?(?:\/.*)?$/;

/**
 * Year and month of an entry. A `date` biber can read wins, as it does in biblatex (the
 * fields `year` and `month` are BibTeX's older way); otherwise `year` (`1991--1992` and
 * `2007/2008` are their first year, `{\noopsort{1992b}}1992` is 1992), else whatever year
 * the `date` holds, and `month`.
 */
export function dateOf(fields: Readonly<Record<string, string | undefined>>): { year?: number; month?: number } {
  const iso = ISO_DATE.exec(fields.date?.trim() ?? '');
  const year = iso ? yearOf(iso[1]) : yearOf(fields.year ?? fields.date);
  const month = (iso?.[2] === undefined ? undefined : monthNumber(iso[2])) ?? monthNumber(fields.month) ?? (iso ? undefined : monthNumber(/^\d{4}-(\d{2})/.exec(fields.date ?? '')?.[1]));
  return { ...(year !== undefined && { year }), ...(month !== undefined && { month }) };
}

/** An arXiv ID, version optional, as the soft sources below must match it whole (see ARXIV_PATTERN). */
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
/** Google Scholar's journal "arXiv preprint arXiv:2106.09685", and a note or journal that is only "arXiv:2106.09685 [cs.CL]". */
const ARXIV_REFERENCE = new RegExp(String.raw`^(?:arxiv preprint\s+(?:arxiv:\s*)?|arxiv:\s*)${ARXIV_ID}(?:\s*\[[^\]]*\])?\.?$`, 'i');
/** Semantic Scholar's and DBLP's volume "abs/2106.09685" of the journal "ArXiv" or "CoRR". */
const ABS_VOLUME = new RegExp(String.raw`^abs\/${ARXIV_ID}$`, 'i');

/**
 * The arXiv ID an entry names, as written (checkedIds makes it bare): `eprint` with
 * `archiveprefix` or `eprinttype` arXiv (arXiv, Zotero, DBLP, NASA ADS), an `eprint`
 * written `arXiv:…` with no archive named, Google Scholar's journal "arXiv preprint
 * arXiv:…", the journal "ArXiv" or "CoRR" with the volume "abs/…", or a `journal`,
 * `howpublished` or `note` that is only an arXiv reference. An arxiv.org `url` is read by
 * checkedIds. The eprint is what the file says is an arXiv ID, so a malformed one is
 * reported; the others count only when they are an ID.
 */
export function arxivInFields(fields: Readonly<Record<string, string | undefined>>): string | undefined {
  const archive = (fields.archiveprefix ?? fields.eprinttype ?? '').trim().toLowerCase();
  const eprint = fields.eprint?.trim();
  if (eprint && (archive === 'arxiv' || (archive === '' && /^arxiv:/i.test(eprint)))) return eprint;
  for (const name of ['journal', 'journaltitle', 'howpublished', 'note']) {
    const id = ARXIV_REFERENCE.exec(fields[name]?.trim() ?? '')?.[1];
    if (id !== undefined) return id;
  }
  if (/^(?:arxiv|corr)$/i.test((fields.journal ?? fields.journaltitle ?? '').trim())) return ABS_VOLUME.exec(fields.volume?.trim() ?? '')?.[1];
  return undefined;
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

/** What a warning about a malformed identifier adds to its own hint. */
const LEFT_OUT = 'the paper was imported without it, so no link leads to another paper; fix it in the file and import again, which fills the empty field';

/**
 * The DOI, arXiv ID and URL of an entry, bare and checked; the URL also fills a missing DOI
 * or arXiv ID when it is a doi.org or arxiv.org link. A malformed DOI or arXiv ID is left
 * out with a warning (a wrong identifier would link readers to another paper), and the
 * paper still comes in: one mistyped identifier in a bibliography of thousands keeps
 * neither its paper nor the rest of the file out.
 */
export function checkedIds(raw: { doi?: string | undefined; arxiv?: string | undefined; url?: string | undefined }, at: Pick<ContentProblem, 'file' | 'line' | 'entry'>, warnings: ContentProblem[]): Ids {
  // Nelson Beebe's bibliographies, among others, list several URLs, "https://…; https://…"
  const urls = (raw.url ?? '').replace(/\\url\{([^}]*)\}/g, '$1').split(/[;\s]+/).filter((u) => /^https?:\/\/\S+$/i.test(u));
  const url = urls[0];
  let doi = bareDoi(raw.doi) ?? urls.map(doiFromUrl).find(Boolean);
  if (doi !== undefined && !isDoi(doi)) {
    warnings.push({ ...at, field: 'doi', expected: 'a DOI such as "10.1000/xyz123"', found: preview(raw.doi ?? doi), hint: `a DOI starts with "10.", a number, "/" and a suffix; copy it from the paper's doi.org link; ${LEFT_OUT}` });
    doi = undefined;
  }
  // arXiv's own DOIs (10.48550/arXiv.2106.09685) name the preprint too
  let arxiv = bareArxiv(raw.arxiv) ?? urls.map(arxivFromUrl).find(Boolean) ?? (doi && /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1]) ?? undefined;
  if (arxiv !== undefined && !isArxiv(arxiv)) {
    warnings.push({ ...at, field: 'eprint', expected: 'an arXiv ID such as "2106.09685" or "hep-th/9901001"', found: preview(raw.arxiv ?? arxiv), hint: `copy the ID from the paper's arxiv.org/abs/ link; ${LEFT_OUT}` });
    arxiv = undefined;
  }
  return { ...(doi && { doi }), ...(arxiv && { arxiv }), ...(url && { url }) };
}
