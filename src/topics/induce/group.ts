import { stemmer } from 'stemmer';
import { isRunOf, type PhraseIndex } from './phrase-index.ts';

/** Phrases that name one subject, read as one topic. */
export interface PhraseGroup {
  /** The key most papers write. */
  head: string;
  /** Every key of the group, head first. */
  keys: string[];
  /** Papers (indices) mentioning any key. */
  papers: number[];
}

/** A phrase followed this often by one and the same next word is a modifier of the longer phrase ("large language" → model). */
export const MAX_FOLLOWED = 0.6;
/** A phrase followed by some further word this often is a modifier ("parameter-efficient", "zero-shot", "multi-task"), not a subject. */
export const MAX_FOLLOWED_ANY = 0.8;
/** A phrase inside a longer one whose papers are this share of its own is a fragment of it ("neural tangent" → kernel). */
export const FRAGMENT_SHARE = 0.7;
/** A word this share of the catalog's papers write, and no topic of its own, adds nothing to the subject before it ("methods"). */
export const GENERIC_WORD_SHARE = 0.1;
/** Groups whose papers overlap this much (Jaccard, against the group's head) name one subject. */
export const SAME_SUBJECT = 0.5;

/** A modifier of longer phrases ("large language" → model; "parameter-efficient", "zero-shot" → anything), not a subject. */
export function isModifier(key: string, index: PhraseIndex): boolean {
  return (index.followed.get(key) ?? 0) >= MAX_FOLLOWED || (key.includes(' ') && (index.followedAny.get(key) ?? 0) >= MAX_FOLLOWED_ANY);
}

/**
 * Keys grouped where any of `spellings` gives two of them the same value (union-find, so
 * "a" ~ "b" by one spelling and "b" ~ "c" by the other are one group), as a map from the
 * first spelling of each group's first key to its keys in the order given.
 */
export function variantGroups(keys: readonly string[], ...spellings: ((key: string) => string)[]): Map<string, string[]> {
  const root = keys.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]!]!;
    return i;
  };
  for (const spelling of spellings) {
    const first = new Map<string, number>();
    keys.forEach((k, i) => {
      const s = spelling(k);
      const j = first.get(s);
      if (j === undefined) first.set(s, i);
      else {
        const [a, b] = [find(i), find(j)];
        if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
      }
    });
  }
  const groups = new Map<number, string[]>();
  keys.forEach((k, i) => {
    const r = find(i);
    const group = groups.get(r);
    if (group === undefined) groups.set(r, [k]);
    else group.push(k);
  });
  return new Map([...groups].map(([r, ks]) => [spellings[0]!(keys[r]!), ks]));
}

function jaccard(a: readonly number[], b: ReadonlySet<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.length + b.size - both);
}

/**
 * Groups the topical phrases into subjects:
 * 1. a modifier ("large language") or a fragment ("neural tangent") leaves for the longer phrase it is part of;
 * 2. spelling and stem variants ("data set", "dataset"), and long forms papers abbreviate alike
 *    from the same stem (see CatalogText.sameAs), are one;
 * 3. phrases whose papers nearly coincide join the group of the one more papers write,
 *    compared with that group's head only, so groups never chain A~B~C into one blob.
 * (Plural, hyphen and British/American variants are one key already; abbreviations are
 * their long form.) Deterministic: ties go to the smaller key.
 */
export function groupPhrases(keys: readonly string[], index: PhraseIndex, sameAs: ReadonlyMap<string, string> = new Map()): PhraseGroup[] {
  const papersOf = (k: string) => index.papersOf.get(k) ?? [];
  const occurrences = (k: string) => index.occurrences.get(k) ?? 0;
  const kept = new Set(keys.filter((k) => !isModifier(k, index)));
  // Fragments: a shorter key whose papers mostly hold a kept longer key that contains it.
  const byWord = new Map<string, string[]>();
  for (const k of kept) for (const w of new Set(k.split(' '))) byWord.set(w, [...(byWord.get(w) ?? []), k]);
  for (const k of [...kept].sort()) {
    const longer = (byWord.get(k.split(' ')[0]!) ?? []).filter((l) => kept.has(l) && isRunOf(k, l));
    if (longer.some((l) => papersOf(l).length >= FRAGMENT_SHARE * papersOf(k).length)) kept.delete(k);
  }
  // Variants: one group per stemmed spelling without spaces ("data set", "datasets"; "pruning", "pruned").
  // Each word stemmed alone ("convolutional network" ~ "convolution networks"), or the words
  // run together and stemmed as one ("fine tuning" ~ "finetuning", which the stemmer cuts
  // to "finetun" while "fine tuning" is "fine" + "tune"): keys alike either way are one.
  const compactKey = (k: string) => (sameAs.get(k) ?? k).split(' ').map((w) => stemmer(w)).join('');
  const joinedKey = (k: string) => stemmer((sameAs.get(k) ?? k).split(' ').join(''));
  const variants = variantGroups([...kept].sort(), compactKey, joinedKey);
  const groupOf = new Map([...variants].flatMap(([compact, ks]) => ks.map((k) => [k, compact] as const)));
  // A subject followed by one word papers write about anything ("fine-tuning methods", "node classification task") is that subject.
  const catalogWide = (w: string) => !kept.has(w) && papersOf(w).length >= GENERIC_WORD_SHARE * index.size;
  for (const [compact, ks] of [...variants]) {
    if (!variants.has(compact)) continue;
    const k = ks[0]!;
    const words = k.split(' ');
    // The subject is a phrase itself: a lone word before it is often a fragment ("right handed neutrino", "Josephson junction").
    if (words.length < 3 || !catalogWide(words.at(-1)!)) continue;
    const subject = words.slice(0, -1).join(' ');
    if (!kept.has(subject)) continue;
    const into = groupOf.get(subject)!;
    if (into === compact || !variants.has(into)) continue;
    variants.set(into, [...variants.get(into)!, ...ks]);
    variants.delete(compact);
    for (const key of ks) groupOf.set(key, into);
  }
  const byStrength = (a: string, b: string) => papersOf(b).length - papersOf(a).length || occurrences(b) - occurrences(a) || (a < b ? -1 : 1);
  const groups = [...variants.values()].map((ks) => {
    const sorted = [...ks].sort(byStrength);
    const papers = [...new Set(sorted.flatMap(papersOf))].sort((a, b) => a - b);
    return { head: sorted[0]!, keys: sorted, papers };
  });
  groups.sort((a, b) => b.papers.length - a.papers.length || (a.head < b.head ? -1 : 1));
  // Same subject: candidates are the groups sharing a paper, found through the papers.
  const groupsOfPaper = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    for (const p of g.papers) groupsOfPaper.set(p, [...(groupsOfPaper.get(p) ?? []), gi]);
  });
  const absorbed = new Set<number>();
  const out: PhraseGroup[] = [];
  groups.forEach((g, gi) => {
    if (absorbed.has(gi)) return;
    const own = new Set(g.papers);
    const keysOut = [...g.keys];
    const papersOut = new Set(g.papers);
    const near = new Set<number>();
    for (const p of g.papers) for (const hi of groupsOfPaper.get(p)!) if (hi > gi && !absorbed.has(hi)) near.add(hi);
    for (const hi of [...near].sort((a, b) => a - b)) {
      const h = groups[hi]!;
      if (jaccard(h.papers, own) < SAME_SUBJECT) continue;
      absorbed.add(hi);
      keysOut.push(...h.keys);
      for (const p of h.papers) papersOut.add(p);
    }
    out.push({ head: g.head, keys: keysOut, papers: [...papersOut].sort((a, b) => a - b) });
  });
  return out;
}
