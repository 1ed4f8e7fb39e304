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
/**
 * `left` and `right` glued to a delimiter, remnants of `\sigma\left( … \right)` written
 * `sigmaleft(`: the word before them stays. (Matching the letters before them too, as
 * `(\p{L}*?)(?:left|right)`, removes the same text and is ten times slower.)
 */
const LATEX_GLUED_DELIMITERS = /(?:left|right)(?=[(){}[\]|])/g;
// eslint-disable-next-line no-control-regex -- plain ASCII needs no Unicode normalisation
const ASCII = /^[\x00-\x7f]*$/;

/** Plain ASCII text: Unicode-aware steps can take a faster path that gives the same result. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/**
 * Turns stripped or half-stripped LaTeX and Unicode variants into plain words:
 * `$\mu$P` → `muP`, `\(\Delta W\)` → `Delta W`, `mathcal O_i` → `O i`.
 * Plain ASCII skips the Unicode steps, and text without `\` or `$` the TeX ones.
 */
export function cleanText(text: string): string {
  let out = ASCII.test(text) ? text : text.normalize('NFKC').replace(/[μµ]/g, 'mu');
  if (out.includes('\\') || out.includes('$')) {
    out = out
      .replace(/\\[()[\]]/g, ' ')
      .replace(/\$/g, '')
      .replace(/\\break\b/g, ' ')
      .replace(/\\([a-zA-Z]+)/g, '$1');
  }
  return out
    .replace(LATEX_WORDS, ' ')
    .replace(LATEX_GLUED_DELIMITERS, '')
    .replace(/[{}^_~]/g, ' ')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/[’`]/g, "'");
}

/** Plurals that do not end in a plain `-s`. (A map, not an object: `constructor` is a word, not Object's property.) */
const IRREGULAR = new Map<string, string>(Object.entries({
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
}));

/** Endings where a final `s` is not a plural: `loss`, `focus`, `analysis`. */
const NOT_PLURAL = /(?:ss|us|is)$/;

/**
 * The canonical key of one word: lower case; parameterize / parametrize /
 * parameterise / parametrise and other British `-ise` forms as `-ize`; `modelling`
 * as `modeling`; plurals as singulars.
 */
export function canonicalWord(word: string): string {
  let key = canonicalCache.get(word);
  if (key === undefined) {
    if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
    key = canonicalize(word);
    canonicalCache.set(word, key);
  }
  return key;
}

/**
 * Words already canonicalised: a catalog repeats the same few ten thousand words, and
 * the regexes below were the largest single cost of tagging 30,000 papers.
 */
const canonicalCache = new Map<string, string>();
/** Bounds the cache in a long-lived process (`astro dev`); a catalog of 30,000 papers uses about 60,000. */
const CANONICAL_CACHE_SIZE = 500_000;

function canonicalize(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  const irregular = IRREGULAR.get(w);
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
const SEGMENT_BREAKS = new Set('.,;:!?()[]"“”|=<>+*');
/** A word: letters and digits, with an optional `'s`-like ending. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
/** `WORD` for plain ASCII text, where it matches the same words without Unicode tables, faster. */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;

/**
 * Calls `each` for every word of cleaned text, in order; `-`, `/` and spaces join words,
 * punctuation separates phrases. Callers that keep the words in their own arrays skip a
 * Token object per word (a catalog of 30,000 papers has millions).
 */
export function eachWord(text: string, each: (key: string, raw: string, start: number, end: number, segment: number) => void): void {
  let segment = 0;
  let last = 0;
  const word = ASCII.test(text) ? ASCII_WORD : WORD;
  word.lastIndex = 0;
  // `exec` rather than `matchAll`, which copies the regex on every call.
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const start = m.index;
    for (let i = last; i < start; i++) {
      if (SEGMENT_BREAKS.has(text[i]!)) {
        segment++;
        break;
      }
    }
    const raw = m[0];
    last = start + raw.length;
    each(canonicalWord(raw), raw, start, last, segment);
  }
}

/** Splits cleaned text into tokens (see eachWord). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (key, raw, start, end, segment) => tokens.push({ key, raw, start, end, segment }));
  return tokens;
}

/**
 * A text cleaned and split once, for both vocabulary matching and keyphrase extraction:
 * its words as columns (word i is `keys[i]`, at `starts[i]`..`ends[i]` of `clean`, in
 * segment `segments[i]`), not as a Token object each.
 */
export interface AnalyzedText {
  /** `cleanText` of the text: offsets and quoted phrases refer to it. */
  clean: string;
  keys: readonly string[];
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  segments: ArrayLike<number>;
}

export function analyzeText(text: string): AnalyzedText {
  const clean = cleanText(text);
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const segments: number[] = [];
  eachWord(clean, (key, _raw, start, end, segment) => {
    keys.push(key);
    starts.push(start);
    ends.push(end);
    segments.push(segment);
  });
  return { clean, keys, starts, ends, segments };
}

/** Canonical keys of a short phrase such as an alias: `Low-Rank Adaptations` → `low rank adaptation`. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(cleanText(phrase)).map((t) => t.key);
}
