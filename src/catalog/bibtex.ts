import { parseAuthor, type AuthorValue } from '../content/authors.ts';

/**
 * BibTeX for the paper pages' "Cite" box and the per-topic `.bib` downloads. Pure, so
 * the escaping every LaTeX user has been bitten by is pinned in tests.
 */

/** What a citation can say of a paper: only what the entry knows, nothing made up. */
export interface BibtexInput {
  /** The entry's slug: unique and never changed, so it makes a key that stays valid. */
  slug: string;
  /** Title as in the frontmatter; `$…$` spans stay LaTeX math. */
  title: string;
  /** As the frontmatter writes them: `Family, Given`, `Given Family` or `{Corporate}`. */
  authors?: readonly AuthorValue[];
  /** More authors than listed: written as BibTeX's `and others`. */
  etAl?: boolean | undefined;
  year?: number | undefined;
  /** 1–12, written as BibTeX's month macro (`mar`). */
  month?: number | undefined;
  venue?: string | undefined;
  /** Chooses the entry type: `@article` with `journal`, `@inproceedings` with `booktitle`; else `@misc`. */
  venueType?: 'journal' | 'conference' | undefined;
  /** The paper's own page; otherwise the arXiv or DOI link. */
  url?: string | undefined;
  arxiv?: string | undefined;
  doi?: string | undefined;
  /** Topic names, written as `keywords` (reference managers import them as tags). */
  keywords?: readonly string[];
  /** Plain-text abstract; written only when given (the `.bib` files carry it, the page's box does not). */
  abstract?: string | undefined;
}

/**
 * The citation key: the slug. Keys built from author and year (`yang2019condconv`) would
 * need data most entries lack and could collide inside one `.bib`; a slug is unique in
 * the catalog and, like the page's URL, never changes, so a LaTeX document citing it
 * keeps compiling as the catalog grows.
 */
export function bibtexKey(slug: string): string {
  return slug;
}

/** Characters LaTeX reads as commands, outside math. */
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Characters pdfLaTeX's UTF-8 input cannot typeset in text mode, as LaTeX. */
const UNICODE: Record<string, string> = {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\epsilon', ζ: '\\zeta', η: '\\eta', θ: '\\theta',
  ι: '\\iota', κ: '\\kappa', λ: '\\lambda', μ: '\\mu', µ: '\\mu', ν: '\\nu', ξ: '\\xi', π: '\\pi', ρ: '\\rho',
  σ: '\\sigma', τ: '\\tau', υ: '\\upsilon', φ: '\\phi', χ: '\\chi', ψ: '\\psi', ω: '\\omega',
  Γ: '\\Gamma', Δ: '\\Delta', Θ: '\\Theta', Λ: '\\Lambda', Ξ: '\\Xi', Π: '\\Pi', Σ: '\\Sigma', Φ: '\\Phi',
  Ψ: '\\Psi', Ω: '\\Omega', '×': '\\times', '±': '\\pm', '≤': '\\leq', '≥': '\\geq', '≈': '\\approx',
  '∼': '\\sim', '→': '\\rightarrow', '←': '\\leftarrow', '∞': '\\infty', '°': '^\\circ', '·': '\\cdot',
  '∈': '\\in', '≠': '\\neq', '√': '\\surd', '∑': '\\sum', '∏': '\\prod', '∂': '\\partial', '∇': '\\nabla',
};

/** Any one character of SPECIALS or UNICODE (all single code points). */
const ESCAPED = new RegExp(`[${[...Object.keys(SPECIALS), ...Object.keys(UNICODE)].map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');

// One regular-expression pass: a catalog's .bib files escape every abstract several times.
function escapeTextRun(text: string): string {
  return text.replace(ESCAPED, (ch) => SPECIALS[ch] ?? `{$${UNICODE[ch]!}$}`);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text.replace(/\\[{}]/g, '')) {
    if (ch === '{') depth += 1;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Text for a BibTeX field: LaTeX specials escaped, so `50% of C#_1 & more` prints as
 * written; `$…$` spans with balanced braces kept as math (titles such as `$1/n$ Parameters`).
 */
export function escapeBibtex(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(/\$([^$]+)\$/g)) {
    if (!balanced(match[1]!)) continue;
    out += escapeTextRun(text.slice(at, match.index));
    out += match[0];
    at = match.index + match[0].length;
  }
  return out + escapeTextRun(text.slice(at));
}

/**
 * Protects words whose capitals carry meaning (`LoRA`, `CNNs`, `3D`, `BERT-like`) with
 * braces: bibliography styles lower-case titles, which would print "Lora" and "cnns".
 * Title case (`Low-Rank`) is left for the style to lower-case.
 */
function protectCapitals(escaped: string): string {
  let out = '';
  let at = 0;
  for (const match of escaped.matchAll(/\$[^$]*\$|\\[a-zA-Z]+(\{\})?|\\.|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    out += escaped.slice(at, match.index);
    const meaningful = !word.startsWith('$') && !word.startsWith('\\') && word.split(/[-']/).some((part) => /^.+\p{Lu}/su.test(part));
    out += meaningful ? `{${word}}` : word;
    at = match.index + word.length;
  }
  return out + escaped.slice(at);
}

/** URL-like fields are read verbatim by biblatex; only braces would break the entry. */
function verbatim(text: string): string {
  return text.replace(/[{}]/g, (ch) => (ch === '{' ? '%7B' : '%7D'));
}

/** An author as BibTeX reads it: specials escaped, a name kept whole in one pair of braces. */
function bibtexAuthor(value: AuthorValue): string {
  const name = typeof value === 'string' ? value.trim() : value.name.trim();
  const author = parseAuthor(value);
  if (author.literal !== undefined && /^\{.*\}$/.test(name)) return `{${escapeBibtex(author.literal)}}`;
  return escapeBibtex(name);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One entry with only the fields the data supports: `@article` or `@inproceedings` when
 * the venue says which, otherwise `@misc` (the type arXiv itself exports).
 */
export function bibtexEntry(paper: BibtexInput): string {
  // a field given as [name, value, true] is written bare: BibTeX's month macros
  const fields: [string, string, boolean?][] = [['title', protectCapitals(escapeBibtex(paper.title.trim()))]];
  const authors = (paper.authors ?? []).map(bibtexAuthor);
  if (authors.length > 0) fields.push(['author', [...authors, ...(paper.etAl ? ['others'] : [])].join(' and ')]);
  const type = paper.venue && paper.venueType === 'journal' ? 'article' : paper.venue && paper.venueType === 'conference' ? 'inproceedings' : 'misc';
  if (paper.venue) fields.push([type === 'article' ? 'journal' : type === 'inproceedings' ? 'booktitle' : 'howpublished', protectCapitals(escapeBibtex(paper.venue.trim()))]);
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  if (paper.month !== undefined && MONTHS[paper.month - 1]) fields.push(['month', MONTHS[paper.month - 1]!, true]);
  if (paper.arxiv) {
    fields.push(['eprint', verbatim(paper.arxiv)], ['archivePrefix', 'arXiv']);
  }
  if (paper.doi) fields.push(['doi', verbatim(paper.doi)]);
  const url = paper.url ?? (paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : paper.doi ? `https://doi.org/${paper.doi}` : undefined);
  if (url) fields.push(['url', verbatim(url)]);
  if (paper.keywords && paper.keywords.length > 0) fields.push(['keywords', paper.keywords.map(escapeBibtex).join(', ')]);
  if (paper.abstract?.trim()) fields.push(['abstract', escapeBibtex(paper.abstract.replace(/\s+/g, ' ').trim())]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value, bare]) => `  ${name.padEnd(width)} = ${bare ? value : `{${value}}`}`).join(',\n');
  return `@${type}{${bibtexKey(paper.slug)},\n${body}\n}\n`;
}

/** A whole `.bib` file: a comment saying what it holds, then one entry per paper, in the given order. */
export function bibtexFile(papers: readonly BibtexInput[], about: string): string {
  return bibtexFileOf(papers.map(bibtexEntry), about);
}

/** The same, of entries already written (bibtexEntry). */
export function bibtexFileOf(entries: readonly string[], about: string): string {
  const header = `% ${about.replace(/\s*\n\s*/g, ' ')}\n% ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}. Keys are the papers' slugs on the site and never change.\n`;
  return [header, ...entries].join('\n');
}
