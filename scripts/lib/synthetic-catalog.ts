/**
 * A synthetic catalog of any size for `npm run bench`, made from the seed papers: new
 * titles from recombined title phrases and method names, new abstracts from the seed
 * abstracts' sentences (opening, middle, closing; now and then two half-sentences spliced
 * at a comma). Sentences travel whole, so the stripped LaTeX, braces, `<`/`>`, URLs and
 * non-ASCII letters of the seeds come along, in about their real proportions.
 *
 * Pure and deterministic: the same sources, count and seed give the same papers, and a
 * longer catalog starts with the shorter one (paper N+1 is what a rebuild adds).
 */
import { mulberry32 } from '../../src/shared/prng.ts';
import { looksLikeAbstract } from '../../src/ingest/parse-seed.ts';
import { titleKey } from '../../src/content/title-key.ts';

export interface SourcePaper {
  title: string;
  abstract: string;
}

export type SyntheticPaper = SourcePaper;

/** Papers per seed file: a catalog of 10,000 becomes bench-000.txt … bench-009.txt. */
export const PAPERS_PER_FILE = 1000;

/** The aggregator page's lines above the list, as in seeds/000_3e2e2a5540f5c922.txt. */
const BOILERPLATE = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
/** The page's button text, glued to the first title; the seed parser removes it. */
const SUBSCRIBE = 'Subscribe';

/** Words where a title's subject ends and its "how" or "what for" begins. */
const CONNECTOR = /\s(?=(?:via|for|with|in|of|on|through|using|from|towards?|by|under|without)\s)/i;
/** The parser reads a line of 320 characters or more as an abstract, never a title. */
const MIN_ABSTRACT = 320;
const MAX_TITLE = 150;
/** Share of middle sentences made of two half-sentences, for vocabulary beyond the seed's. */
const SPLICE_RATE = 0.25;
/** Share of titles with a method name in front (`CondConv: …`); the seed has about 45 %. */
const NAME_RATE = 0.45;
/** Share of named titles whose name is made up from pieces of seed names, not reused. */
const NEW_NAME_RATE = 0.8;

interface Pools {
  openings: string[];
  middles: string[];
  closings: string[];
  /** Seed abstract lengths, sorted: targets are drawn from them. */
  lengths: number[];
  /** Title subjects (`Lightweight Neural Networks`) and their continuations (`via …`). */
  heads: string[];
  tails: string[];
  /** Seed method names (`CondConv`) and the pieces they are made of (`Cond`, `Conv`). */
  names: string[];
  nameParts: string[];
}

/** Sentences of an abstract: a break after `.`, `!` or `?` before a capital or a backslash. */
export function sentences(abstract: string): string[] {
  return abstract
    .split(/(?<=[.!?])\s+(?=[A-Z\\])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 15);
}

/** True when `text` opens and closes its `$`, braces and parentheses, so a cut there splits no formula. */
function balanced(text: string): boolean {
  if ((text.match(/\$/g)?.length ?? 0) % 2 !== 0) return false;
  let depth = 0;
  for (const ch of text) {
    if (ch === '{' || ch === '(' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ')' || ch === ']') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function buildPools(sources: readonly SourcePaper[]): Pools {
  const pools: Pools = { openings: [], middles: [], closings: [], lengths: [], heads: [], tails: [], names: [], nameParts: [] };
  for (const { title, abstract } of sources) {
    const parts = sentences(abstract);
    parts.forEach((sentence, i) => {
      if (i === 0) pools.openings.push(sentence);
      else if (i === parts.length - 1) pools.closings.push(sentence);
      else pools.middles.push(sentence);
    });
    pools.lengths.push(abstract.length);

    const colon = title.indexOf(': ');
    const prefix = colon > 0 ? title.slice(0, colon) : '';
    const isName = prefix !== '' && prefix.split(' ').length <= 3 && prefix.length <= 25 && balanced(prefix);
    if (isName) {
      pools.names.push(prefix);
      for (const piece of prefix.match(/[A-Z][a-z]+|[A-Z]{2,}(?![a-z])/g) ?? []) if (piece.length >= 2) pools.nameParts.push(piece);
    }
    const body = isName ? title.slice(colon + 2) : title;
    const cut = body.search(CONNECTOR);
    if (cut > 0 && balanced(body.slice(0, cut))) {
      pools.heads.push(capitalize(body.slice(0, cut)));
      pools.tails.push(body.slice(cut + 1));
    } else pools.heads.push(capitalize(body));
  }
  pools.lengths.sort((a, b) => a - b);
  // A tiny source list may lack some kinds; any sentence can stand in for any position.
  const all = [...pools.openings, ...pools.middles, ...pools.closings];
  if (all.length === 0) throw new Error('the sources hold no sentence of 15 characters or more to build abstracts from');
  for (const key of ['openings', 'middles', 'closings'] as const) if (pools[key].length === 0) pools[key] = all;
  if (pools.nameParts.length < 2) pools.nameParts.push('Net', 'Former', 'Rep', 'Param');
  return pools;
}

/** A generator of new, unique papers; `next()` is called once per paper. */
function generator(sources: readonly SourcePaper[], seed: number): () => SyntheticPaper {
  const pools = buildPools(sources);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const used = new Set<string>();
  const minLength = Math.max(MIN_ABSTRACT, pools.lengths[0]!);
  const maxLength = Math.max(minLength, pools.lengths[pools.lengths.length - 1]!);

  /** A middle sentence, or the first half of one joined at a comma to the second half of another. */
  const middle = (): string => {
    const sentence = pick(pools.middles);
    if (random() >= SPLICE_RATE) return sentence;
    const other = pick(pools.middles);
    const cuts = (s: string) => [...s.matchAll(/, /g)].map((m) => m.index).filter((at) => balanced(s.slice(0, at)));
    const [here, there] = [cuts(sentence), cuts(other)];
    if (here.length === 0 || there.length === 0) return sentence;
    return `${sentence.slice(0, pick(here))}${other.slice(pick(there))}`;
  };

  const abstract = (): string => {
    const target = Math.min(maxLength, Math.max(minLength, Math.round(pick(pools.lengths) * (0.9 + 0.2 * random()))));
    const closing = pick(pools.closings);
    const parts = [pick(pools.openings)];
    const length = () => parts.reduce((sum, s) => sum + s.length + 1, closing.length);
    // Add sentences while that brings the length nearer the target, and always up to the minimum.
    for (;;) {
      const next = middle();
      const grown = length() + next.length + 1;
      if (length() >= minLength && (grown > maxLength || grown - target > target - length())) break;
      parts.push(next);
    }
    return [...parts, closing].join(' ');
  };

  const name = (): string => {
    if (pools.names.length > 0 && random() >= NEW_NAME_RATE) return pick(pools.names);
    return `${pick(pools.nameParts)}${pick(pools.nameParts)}`;
  };

  const candidate = (): string => {
    const head = pick(pools.heads);
    const tail = pools.tails.length > 0 && random() < 0.8 ? ` ${pick(pools.tails)}` : '';
    return `${random() < NAME_RATE ? `${name()}: ` : ''}${head}${tail}`;
  };

  const title = (): string => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const t = candidate();
      if (t.length <= MAX_TITLE && !looksLikeAbstract(t) && !used.has(titleKey(t))) return t;
    }
    // Past 50 clashes, a numbered name settles it (the catalog is then far beyond the phrase pool).
    for (let n = 2; ; n++) {
      const t = `${name()}-${n}: ${pick(pools.heads)}`;
      if (!looksLikeAbstract(t) && !used.has(titleKey(t))) return t;
    }
  };

  return () => {
    const t = title();
    used.add(titleKey(t));
    return { title: t, abstract: abstract() };
  };
}

/** `count` new papers made from `sources`; titles are unique under the duplicate-title rule. */
export function syntheticCatalog(sources: readonly SourcePaper[], count: number, seed = 8): SyntheticPaper[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const next = generator(sources, seed);
  return Array.from({ length: count }, () => next());
}

/** One paper as seed lines: its title line, then its abstract line. */
export function paperLines(paper: SyntheticPaper): string {
  return `${paper.title}\n${paper.abstract}\n`;
}

/** The name of the `index`-th benchmark seed file: `bench-000.txt`, `bench-001.txt`, … */
export function benchFileName(index: number): string {
  return `bench-${String(index).padStart(3, '0')}.txt`;
}

/**
 * Seed files in the aggregator's format (boilerplate, `Subscribe` glued to the first
 * title, then title and abstract lines), at most `perFile` papers each.
 */
export function seedFiles(papers: readonly SyntheticPaper[], perFile = PAPERS_PER_FILE): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (let start = 0; start < papers.length; start += perFile) {
    const chunk = papers.slice(start, start + perFile);
    const body = chunk.map((paper, i) => paperLines(i === 0 ? { ...paper, title: `${SUBSCRIBE}${paper.title}` } : paper)).join('');
    files.push({ name: benchFileName(files.length), text: `${BOILERPLATE.join('\n')}\n${body}` });
  }
  return files;
}
