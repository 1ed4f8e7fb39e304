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

/** Lower-case word stems: plurals folded, diacritics, digits-only and stop words dropped. */
export function terms(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- ASCII text skips the (slow) Unicode folding
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = ascii
    .toLowerCase()
    .replace(/\\[a-z]+/g, (command) => ` ${command.slice(1)} `)
    .split(/[^a-z0-9]+/);
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The catalog as sparse TF-IDF vectors: per paper, term ids ascending with their weights
 * (sublinear TF times smoothed IDF, L2-normalised, so a dot product is the cosine), and
 * the inverted index of the same numbers. Typed arrays keep 30,000 papers in a few MB.
 */
interface Vectors {
  terms: Int32Array[];
  weights: Float64Array[];
  /** Papers holding term t: `docs.subarray(start[t], start[t + 1])`, with `values` alongside. */
  postings: { start: Int32Array; docs: Int32Array; values: Float64Array };
}

function vectorize(papers: readonly SimilarityInput[], titleWeight: number): Vectors {
  const ids = new Map<string, number>();
  const bags = papers.map((paper) => {
    const counts = new Map<number, number>();
    const add = (term: string, by: number) => {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      counts.set(id, (counts.get(id) ?? 0) + by);
    };
    for (const term of terms(paper.title)) add(term, titleWeight);
    for (const term of terms(paper.abstract)) add(term, 1);
    return counts;
  });
  const df = new Int32Array(ids.size);
  for (const bag of bags) for (const id of bag.keys()) df[id]! += 1;
  const n = papers.length;
  const termsOf: Int32Array[] = [];
  const weightsOf: Float64Array[] = [];
  for (const bag of bags) {
    const termIds = Int32Array.from(bag.keys()).sort();
    const weights = new Float64Array(termIds.length);
    let norm = 0;
    termIds.forEach((id, k) => {
      const weight = (1 + Math.log(bag.get(id)!)) * (Math.log((1 + n) / (1 + df[id]!)) + 1);
      weights[k] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    termsOf.push(termIds);
    weightsOf.push(weights);
  }
  const start = new Int32Array(ids.size + 1);
  for (let t = 0; t < ids.size; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, ids.size);
  const docs = new Int32Array(start[ids.size]!);
  const values = new Float64Array(docs.length);
  termsOf.forEach((termIds, i) => {
    termIds.forEach((t, k) => {
      const at = fill[t]!++;
      docs[at] = i;
      values[at] = weightsOf[i]![k]!;
    });
  });
  return { terms: termsOf, weights: weightsOf, postings: { start, docs, values } };
}

/** Exact cosine of paper b with the paper whose weights are spread over `dense` (indexed by term id). */
function cosine(v: Vectors, dense: Float64Array, b: number): number {
  const terms = v.terms[b]!;
  const weights = v.weights[b]!;
  let sum = 0;
  for (let k = 0; k < terms.length; k++) sum += dense[terms[k]!]! * weights[k]!;
  return Math.min(1, sum);
}

/** The `count` items of highest score, ties to the smaller `tie`, in one pass with a small sorted buffer. */
function top(items: readonly number[], score: Float64Array, count: number, tie: (x: number, y: number) => number): number[] {
  const first = (x: number, y: number) => score[y]! - score[x]! || tie(x, y);
  if (items.length <= count) return [...items];
  const best: number[] = [];
  for (const item of items) {
    if (best.length === count && first(item, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && first(item, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Scores closer than this are a tie, decided by shared topics. */
const TIE = 1e-9;

function better(a: SimilarPaper, b: SimilarPaper): number {
  return (
    Number(b.version) - Number(a.version) ||
    (Math.abs(b.score - a.score) > TIE ? b.score - a.score : 0) ||
    b.sharedTags.length - a.sharedTags.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
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
 * papers than at 2,000, so the whole catalog takes seconds, not the minutes of all pairs.
 */
export function similarPapers(papers: readonly SimilarityInput[], options: SimilarOptions = {}): Map<string, SimilarPaper[]> {
  const { limit = 5, titleWeight = 3, rescore = 40, postingBudget = 5000 } = options;
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
  const dense = new Float64Array(v.postings.start.length - 1);
  const result = new Map<string, SimilarPaper[]>();
  papers.forEach((paper, i) => {
    const touched: number[] = [];
    const termIds = v.terms[i]!;
    const weights = v.weights[i]!;
    // Rarest terms first: they find the closest papers, so a spent budget loses little.
    const query = [...termIds.keys()].sort((x, y) => df(termIds[x]!) - df(termIds[y]!) || termIds[x]! - termIds[y]!);
    let budget = postingBudget;
    for (const k of query) {
      const t = termIds[k]!;
      if (df(t) > budget && budget < postingBudget) break;
      budget -= df(t);
      for (let at = start[t]!; at < start[t + 1]!; at++) {
        const j = docs[at]!;
        if (j === i) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j]! += weights[k]! * values[at]!;
      }
    }
    const pool = new Set([...versionsOf[i]!, ...top(touched, partial, rescore, byId)]);
    for (const j of touched) partial[j] = 0;
    if (pool.size - versionsOf[i]!.size < limit) {
      // Too few papers share a word: papers sharing the most topics fill in.
      const sharing = new Map<number, number>();
      for (const tag of new Set(paper.tags)) for (const j of byTag.get(tag)!) if (j !== i) sharing.set(j, (sharing.get(j) ?? 0) + 1);
      const fill = [...sharing].sort((x, y) => y[1] - x[1] || byId(x[0], y[0])).slice(0, limit);
      for (const [j] of fill) pool.add(j);
    }
    const tags = paper.tags;
    termIds.forEach((t, k) => (dense[t] = weights[k]!));
    const ranked = [...pool].map((j): SimilarPaper => {
      const otherTags = new Set(papers[j]!.tags);
      return {
        id: papers[j]!.id,
        score: cosine(v, dense, j),
        sharedTags: tags.filter((tag) => otherTags.has(tag)),
        version: versionsOf[i]!.has(j),
      };
    });
    termIds.forEach((t) => (dense[t] = 0));
    result.set(paper.id, ranked.sort(better).slice(0, limit));
  });
  return result;
}
