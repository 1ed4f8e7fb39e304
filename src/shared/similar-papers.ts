/**
 * "Related papers": for every paper, the papers whose title and abstract read most alike,
 * by TF-IDF cosine similarity. Computed once per build over the whole catalog, pure, so
 * it is tested without Astro.
 */

/** What similarity reads of a paper. */
export interface SimilarityInput {
  /** The entry's slug. */
  id: string;
  title: string;
  /** Plain-text abstract (MDX escapes removed). */
  abstract: string;
  /** Topic tags; shared ones break ties and are shown next to each related paper. */
  tags: readonly string[];
  /** Slugs declared as other versions of the same work (frontmatter `versions`). */
  versions?: readonly string[];
}

export interface SimilarPaper {
  id: string;
  /** Cosine similarity of the two TF-IDF vectors, 0…1. */
  score: number;
  /** Topic tags both papers carry, in the order of the paper being shown. */
  sharedTags: string[];
  /** Declared (by either entry) as another version of the same work. */
  version: boolean;
}

export interface SimilarOptions {
  /** How many related papers each paper gets. Default: 5. */
  limit?: number;
  /** A title word counts as this many abstract words: titles say what a paper is about. Default: 3. */
  titleWeight?: number;
  /** How many candidates (best partial score first) get their exact cosine. Default: 40. */
  rescore?: number;
  /** Stop gathering candidates after visiting this many postings (the rarest terms go first). Default: 5000. */
  postingBudget?: number;
  /** Only these papers (ids) get their similar papers; all papers can be among them. Default: every paper. */
  only?: ReadonlySet<string>;
}

/** Words that say nothing about what a paper is about, on top of the usual English stop words. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could do does each for from had has have how however if in into is it its ' +
    'may more most much not of on or our over such than that the their them then there these they this those through thus ' +
    'to under up upon via was we were what when where which while who whose why will with within without would you ' +
    'also both either neither further furthermore moreover here hence only other others same so some very well yet ' +
    'paper papers propose proposed proposes present presents show shows shown demonstrate demonstrates novel new approach ' +
    'approaches method methods result results work works use used uses using based achieve achieves existing previous ' +
    'different various several many one two three first second state art significantly significant compared extensive ' +
    'experiments experimental effective effectively efficient improve improves improved performance task tasks'
  ).split(' '),
);

/**
 * Lower-case word stems: plurals folded, diacritics, digits-only and stop words dropped.
 * Not the tagging tokenizer (src/topics/) on purpose: tagging keeps multi-word phrases to
 * match a vocabulary, while these are single-word TF-IDF terms, so the stop list also drops
 * the boilerplate every abstract shares ("propose", "results") and only plurals are folded.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term !== undefined) out.push(term);
  }
  return out;
}

/** The lower-case words of a text, diacritics dropped, LaTeX commands read as words (some empty). */
function words(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- ASCII text skips the (slow) Unicode folding
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/\\[a-z]+/g, (command) => ` ${command.slice(1)} `)
    .split(/[^a-z0-9]+/);
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The term a word stands for, or undefined for a word that says nothing (short, a number, a stop word). */
function termOf(word: string): string | undefined {
  return word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word) ? undefined : stem(word);
}

/**
 * The catalog as sparse TF-IDF vectors: per paper, term ids ascending with their weights
 * (sublinear TF times smoothed IDF, L2-normalised, so a dot product is the cosine), and
 * the inverted index of the same numbers. Typed arrays keep 30,000 papers in a few MB.
 */
interface Vectors {
  /** Paper i's terms are `terms.subarray(offsets[i], offsets[i + 1])`, with `weights` alongside: one block, read in order. */
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
  /** Papers holding term t: `docs.subarray(start[t], start[t + 1])`, with `values` alongside. */
  postings: { start: Int32Array; docs: Int32Array; values: Float64Array };
}

function vectorize(papers: readonly SimilarityInput[], titleWeight: number): Vectors {
  // Term ids in order of first appearance; each distinct word is looked at once.
  const ids = new Map<string, number>();
  const idOfWord = new Map<string, number>();
  const termId = (word: string): number => {
    let id = idOfWord.get(word);
    if (id === undefined) {
      const term = termOf(word);
      id = term === undefined ? -1 : ids.get(term);
      if (id === undefined) ids.set(term!, (id = ids.size));
      idOfWord.set(word, id);
    }
    return id;
  };
  // Each paper's term counts, gathered in arrays reused from paper to paper (marked by paper).
  let tally = new Float64Array(1024);
  let mark = new Int32Array(1024);
  const bags = papers.map((paper, i) => {
    const seen: number[] = [];
    const add = (word: string, by: number) => {
      const id = termId(word);
      if (id < 0) return;
      if (id >= mark.length) {
        const size = Math.max(id + 1, mark.length * 2);
        const grownTally = new Float64Array(size);
        grownTally.set(tally);
        tally = grownTally;
        const grownMark = new Int32Array(size);
        grownMark.set(mark);
        mark = grownMark;
      }
      if (mark[id] !== i + 1) {
        mark[id] = i + 1;
        tally[id] = 0;
        seen.push(id);
      }
      tally[id]! += by;
    };
    for (const word of words(paper.title)) add(word, titleWeight);
    for (const word of words(paper.abstract)) add(word, 1);
    const termIds = Int32Array.from(seen).sort();
    const counts = new Float64Array(termIds.length);
    for (let k = 0; k < termIds.length; k++) counts[k] = tally[termIds[k]!]!;
    return { termIds, counts };
  });
  const df = new Int32Array(ids.size);
  for (const { termIds } of bags) for (const id of termIds) df[id]! += 1;
  const n = papers.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const offsets = new Int32Array(n + 1);
  bags.forEach(({ termIds }, i) => (offsets[i + 1] = offsets[i]! + termIds.length));
  const termsOf = new Int32Array(offsets[n]!);
  const weightsOf = new Float64Array(offsets[n]!);
  bags.forEach(({ termIds, counts }, i) => {
    const weights = weightsOf.subarray(offsets[i]!, offsets[i + 1]!);
    termsOf.set(termIds, offsets[i]!);
    let norm = 0;
    termIds.forEach((id, k) => {
      const weight = (1 + Math.log(counts[k]!)) * idf[id]!;
      weights[k] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  });
  const start = new Int32Array(ids.size + 1);
  for (let t = 0; t < ids.size; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, ids.size);
  const docs = new Int32Array(start[ids.size]!);
  const values = new Float64Array(docs.length);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const at = fill[termsOf[k]!]!++;
      docs[at] = i;
      values[at] = weightsOf[k]!;
    }
  }
  return { offsets, terms: termsOf, weights: weightsOf, postings: { start, docs, values } };
}

/** Exact cosine of paper b with the paper whose weights are spread over `dense` (indexed by term id). */
function cosine(v: Vectors, dense: Float64Array, b: number): number {
  const { terms, weights } = v;
  let sum = 0;
  for (let k = v.offsets[b]!; k < v.offsets[b + 1]!; k++) sum += dense[terms[k]!]! * weights[k]!;
  return Math.min(1, sum);
}

/**
 * The `count` items of highest score, ties to the smaller `tie`, in one pass with a small
 * sorted buffer; all items, in their order, when there are no more than `count`.
 */
function top(items: ArrayLike<number>, length: number, score: Float64Array, count: number, tie: (x: number, y: number) => number): number[] {
  const first = (x: number, y: number) => score[y]! - score[x]! || tie(x, y);
  if (length <= count) return Array.from({ length }, (_, k) => items[k]!);
  const best: number[] = [];
  for (let k = 0; k < length; k++) {
    const item = items[k]!;
    // A lower score than the last kept item's decides without the comparator, as for most items.
    if (best.length === count && (score[item]! < score[best[count - 1]!]! || first(item, best[count - 1]!) >= 0)) continue;
    let at = best.length;
    while (at > 0 && first(item, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Packs a query term's position (within one paper's terms, ascending term ids) under its
 * document frequency in one number; a paper has far fewer distinct terms than this.
 */
const QUERY_SLOTS = 2 ** 21;

/** Scores closer than this are a tie, decided by shared topics. */
const TIE = 1e-9;

/** A related paper in the making: `shared` and the slug are read only to break a tie, which is rare. */
interface Candidate {
  j: number;
  score: number;
  version: boolean;
  shared?: number;
}

/** How many of `tags` the other paper carries too (a paper has a few: a scan beats a set). */
function sharedCount(tags: readonly string[], other: readonly string[]): number {
  let count = 0;
  for (const tag of tags) if (other.includes(tag)) count++;
  return count;
}

/** Papers listed under each key (a term or a tag), as indexes into the catalog. */
function invert<T>(lists: readonly (readonly T[])[]): Map<T, number[]> {
  const inverted = new Map<T, number[]>();
  lists.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      const list = inverted.get(key);
      if (list) list.push(i);
      else inverted.set(key, [i]);
    }
  });
  return inverted;
}

/**
 * The `limit` papers most similar to each paper, best first. Declared versions of the
 * same work always come first, marked; then the highest cosine, ties going to the
 * paper sharing more topics, then to the slug (so the order never depends on input order).
 * When fewer papers share a word, papers sharing a topic fill the list.
 *
 * Candidates are the papers sharing a term, found through the inverted index with the
 * paper's rarest terms first (the ones that say the most) until `postingBudget` postings
 * are read; the best `rescore` by that partial score get their exact cosine. A small
 * catalog reads every posting, so its answer is exact; a paper costs no more at 30,000
 * papers than at 2,000, so the whole catalog takes seconds, not the minutes of all pairs
 * (30,000 papers: 5-6 s on two busy cores; the exact cosines of the candidates are a third of it).
 */
export function similarPapers(papers: readonly SimilarityInput[], options: SimilarOptions = {}): Map<string, SimilarPaper[]> {
  const { limit = 5, titleWeight = 3, rescore = 40, postingBudget = 5000, only } = options;
  const n = papers.length;
  const v = vectorize(papers, titleWeight);
  const { start, docs, values } = v.postings;
  const df = (t: number) => start[t + 1]! - start[t]!;
  const index = new Map(papers.map((paper, i) => [paper.id, i]));
  const byTag = invert(papers.map((paper) => paper.tags));

  const versionsOf = papers.map(() => new Set<number>());
  papers.forEach((paper, i) => {
    for (const id of paper.versions ?? []) {
      const j = index.get(id);
      if (j === undefined || j === i) continue;
      versionsOf[i]!.add(j);
      versionsOf[j]!.add(i);
    }
  });

  const byId = (x: number, y: number) => (papers[x]!.id < papers[y]!.id ? -1 : 1);
  const partial = new Float64Array(n);
  // The papers with a partial score, reused from paper to paper.
  const touched = new Int32Array(n);
  const dense = new Float64Array(v.postings.start.length - 1);
  const result = new Map<string, SimilarPaper[]>();
  papers.forEach((paper, i) => {
    if (only !== undefined && !only.has(paper.id)) return;
    let reached = 0;
    const termIds = v.terms.subarray(v.offsets[i]!, v.offsets[i + 1]!);
    const weights = v.weights.subarray(v.offsets[i]!, v.offsets[i + 1]!);
    // Rarest terms first: they find the closest papers, so a spent budget loses little.
    // Sorted as numbers (document frequency, then position, packed in one): a comparator costs more.
    const query = new Float64Array(termIds.length);
    for (let k = 0; k < termIds.length; k++) query[k] = df(termIds[k]!) * QUERY_SLOTS + k;
    query.sort();
    let budget = postingBudget;
    for (const key of query) {
      const k = key % QUERY_SLOTS;
      const t = termIds[k]!;
      if (df(t) > budget && budget < postingBudget) break;
      budget -= df(t);
      for (let at = start[t]!; at < start[t + 1]!; at++) {
        const j = docs[at]!;
        if (j === i) continue;
        if (partial[j] === 0) touched[reached++] = j;
        partial[j]! += weights[k]! * values[at]!;
      }
    }
    const pool = new Set([...versionsOf[i]!, ...top(touched, reached, partial, rescore, byId)]);
    for (let r = 0; r < reached; r++) partial[touched[r]!] = 0;
    if (pool.size - versionsOf[i]!.size < limit) {
      // Too few papers share a word: papers sharing the most topics fill in.
      const sharing = new Map<number, number>();
      for (const tag of new Set(paper.tags)) for (const j of byTag.get(tag)!) if (j !== i) sharing.set(j, (sharing.get(j) ?? 0) + 1);
      const fill = [...sharing].sort((x, y) => y[1] - x[1] || byId(x[0], y[0])).slice(0, limit);
      for (const [j] of fill) pool.add(j);
    }
    const tags = paper.tags;
    const shared = (c: Candidate) => (c.shared ??= sharedCount(tags, papers[c.j]!.tags));
    // Versions first, then the higher score (a tie within `TIE`), more shared topics, the smaller slug.
    const better = (a: Candidate, b: Candidate) =>
      Number(b.version) - Number(a.version) ||
      (Math.abs(b.score - a.score) > TIE ? b.score - a.score : 0) ||
      shared(b) - shared(a) ||
      (papers[a.j]!.id < papers[b.j]!.id ? -1 : papers[a.j]!.id > papers[b.j]!.id ? 1 : 0);
    termIds.forEach((t, k) => (dense[t] = weights[k]!));
    const ranked = [...pool].map((j): Candidate => ({ j, score: cosine(v, dense, j), version: versionsOf[i]!.has(j) }));
    termIds.forEach((t) => (dense[t] = 0));
    const best = ranked.sort(better).slice(0, limit);
    result.set(
      paper.id,
      best.map(({ j, score, version }) => ({ id: papers[j]!.id, score, sharedTags: tags.filter((tag) => papers[j]!.tags.includes(tag)), version })),
    );
  });
  return result;
}
