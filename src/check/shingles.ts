/**
 * Word shingles and their Jaccard similarity: a cheap, explainable measure of how much
 * of one abstract is another's. Three-word shingles ignore shared vocabulary ("neural
 * network") but catch copied phrasing.
 */

/**
 * Words shingles are made of: lower case, letters and digits, Unicode folded. No stop
 * words and no stemming, on purpose: the check looks for copied phrasing, and dropping or
 * folding words would make two reworded abstracts look like copies.
 */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The set of `size`-word runs of a text. */
export function shingles(text: string, size = 3): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) out.add(list.slice(i, i + size).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A pair of texts (by index, i < j) and their similarity. */
export interface SimilarPair {
  i: number;
  j: number;
  similarity: number;
}

/**
 * Every pair of texts whose shingle Jaccard is at least `min` (> 0). Counts shared
 * shingles through an inverted index, so pairs with nothing in common cost nothing:
 * with three-word shingles that is most pairs.
 */
export function similarPairs(sets: readonly ReadonlySet<string>[], min: number): SimilarPair[] {
  const holders = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * sets.length + list[b]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: SimilarPair[] = [];
  for (const [key, count] of shared) {
    const i = Math.floor(key / sets.length);
    const j = key % sets.length;
    const similarity = count / (sets[i]!.size + sets[j]!.size - count);
    if (similarity >= min) pairs.push({ i, j, similarity });
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
}
