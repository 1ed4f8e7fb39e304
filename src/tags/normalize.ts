/**
 * Text normalisation shared by vocabulary matching and keyphrase extraction.
 *
 * Both sides of a comparison (a topic alias and a paper's words) go through the same
 * steps, so a rule that over-merges (say `precise` → `precize`) is harmless: it only
 * has to map the spellings a reader considers equal onto one key.
 */

/** One word of the text, with where it sits, so evidence can quote the original. */
export interface Token {
  /** Canonical key: lower case, one spelling, singular. */
  key: string;
  /** The word as written in the cleaned text. */
  raw: string;
  start: number;
  end: number;
  /** Words in different segments (split by `.,;:()` and the like) never form one phrase. */
  segment: number;
}

/** LaTeX command names that survive as plain words when a source strips backslashes. */
const LATEX_WORDS = /\b(?:mathcal|mathbf|mathrm|mathbb|mathit|mathsf|operatorname|textbf|textit|emph|displaystyle)\b/g;
/** `sigmaleft(` and `right)` remnants of `\sigma\left( … \right)`. */
const LATEX_GLUED_DELIMITERS = /(\p{L}*?)(?:left|right)(?=[(){}[\]|])/gu;

/**
 * Turns stripped or half-stripped LaTeX and Unicode variants into plain words:
 * `$\mu$P` → `muP`, `\(\Delta W\)` → `Delta W`, `mathcal O_i` → `O i`.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[μµ]/g, 'mu')
    .replace(/\\[()[\]]/g, ' ')
    .replace(/\$/g, '')
    .replace(/\\break\b/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(LATEX_WORDS, ' ')
    .replace(LATEX_GLUED_DELIMITERS, (_m, before: string) => before)
    .replace(/[{}^_~]/g, ' ')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/[’`]/g, "'");
}

/** Plurals that do not end in a plain `-s`. */
const IRREGULAR: Record<string, string> = {
  matrices: 'matrix',
  indices: 'index',
  vertices: 'vertex',
  hypotheses: 'hypothesis',
  analyses: 'analysis',
  phenomena: 'phenomenon',
  criteria: 'criterion',
  data: 'data',
  series: 'series',
  species: 'species',
  bias: 'bias',
  gaussians: 'gaussian',
  lens: 'lens',
};

/** Endings where a final `s` is not a plural: `loss`, `focus`, `analysis`. */
const NOT_PLURAL = /(?:ss|us|is)$/;

/**
 * The canonical key of one word: lower case; parameterize / parametrize /
 * parameterise / parametrise and other British `-ise` forms as `-ize`; `modelling`
 * as `modeling`; plurals as singulars.
 */
export function canonicalWord(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  w = w
    .replace(/parametri([sz])/g, 'parameteri$1')
    .replace(/([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/ell(ing|ed|er|ers)$/, 'el$1');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !NOT_PLURAL.test(w)) return w.slice(0, -1);
  return w;
}

/** Marks that end a phrase: words on both sides of one are never matched together. */
const SEGMENT_BREAK = /[.,;:!?()[\]"“”|=<>+*]/;

/** Splits cleaned text into tokens; `-`, `/` and spaces join words, punctuation separates phrases. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
    const start = m.index;
    if (SEGMENT_BREAK.test(text.slice(last, start))) segment++;
    tokens.push({ key: canonicalWord(m[0]), raw: m[0], start, end: start + m[0].length, segment });
    last = start + m[0].length;
  }
  return tokens;
}

/** Canonical keys of a short phrase such as an alias: `Low-Rank Adaptations` → `low rank adaptation`. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(cleanText(phrase)).map((t) => t.key);
}
