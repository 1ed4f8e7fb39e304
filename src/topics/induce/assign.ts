import type { TagEvidence } from '../types.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { isRunOf, strength, type Mention } from './phrase-index.ts';
import type { InducedTopic } from './types.ts';

/**
 * Most narrow topics a paper gets: reference labellings give a paper two to five topics,
 * and at three, papers that write about four subjects lost one. With their broad topics
 * a paper keeps at most six tags (tagCatalog keeps the first six: narrow ones come first).
 */
export const MAX_NARROW = 4;
/** Fewest papers a topic needs to be kept. */
export const MIN_TOPIC_SIZE = 3;
/** Neighbours that must agree before a paper with no evidence of its own takes their topic. */
export const MIN_VOTES = 2;

export interface AssignedTag {
  slug: string;
  score: number;
  evidence: TagEvidence;
}

/**
 * What a mention is worth. A single word written once in passing ('weak') still counts, a
 * quarter of a strong mention, so it only fills places that stronger evidence leaves: the
 * word has passed the topicality bar, and reference labellings give papers more topics than
 * they write about twice. At 0 the induced-only seed run scored hm 0.374, at 0.25 0.442,
 * with arXiv and NeurIPS unchanged within 0.001 (`npm run eval:tags`).
 */
const WEIGHT = { strong: 1, medium: 0.5, weak: 0.25 } as const;

function whereOf(m: Mention): TagEvidence['where'] {
  return m.title > 0 ? 'title' : m.keyword ? 'keywords' : 'abstract';
}

/** The paper's best evidence for one topic: its strongest mention of any of the topic's phrases. */
function evidenceFor(mentions: ReadonlyMap<string, Mention>, topic: InducedTopic): { weight: number; key: string; m: Mention } | undefined {
  let best: { weight: number; key: string; m: Mention } | undefined;
  for (const key of topic.phrases) {
    const m = mentions.get(key);
    if (m === undefined) continue;
    const weight = WEIGHT[strength(m, key)];
    if (best === undefined || weight > best.weight) best = { weight, key, m };
  }
  return best;
}

/**
 * Tags every paper with the vocabulary's topics. A paper takes up to `MAX_NARROW` narrow
 * topics it writes about (a strong mention counts double a medium one and four times a
 * word written once in passing, rarer topics weigh more, a topic nested in a chosen one's
 * phrase is skipped), then the broad topic above each. A topic left under
 * `MIN_TOPIC_SIZE` papers is dropped and its papers choose again, until nothing changes.
 * A paper with no evidence at all takes the topic most of its nearest papers carry, broad
 * first, so every paper has a topic.
 */
export function assignTopics(
  index: PhraseIndex,
  topics: readonly InducedTopic[],
  neighbours: readonly (readonly number[])[] | ((bare: readonly number[]) => readonly (readonly number[])[]),
): AssignedTag[][] {
  const n = index.size;
  const parents = new Set(topics.flatMap((t) => (t.parent !== undefined ? [t.parent] : [])));
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const narrow = topics.filter((t) => !parents.has(t.slug));
  const phraseTopics = new Map<string, InducedTopic[]>();
  for (const t of narrow) for (const k of t.phrases) phraseTopics.set(k, [...(phraseTopics.get(k) ?? []), t]);
  const df = new Map<string, number>();
  for (const t of narrow) {
    const papers = new Set<number>();
    for (const k of t.phrases) for (const p of index.papersOf.get(k) ?? []) papers.add(p);
    df.set(t.slug, papers.size);
  }

  const dropped = new Set<string>();
  let tags: AssignedTag[][] = [];
  for (let round = 0; round < 8; round++) {
    tags = index.mentions.map((mentions) => {
      const seen = new Set<string>();
      const options: (AssignedTag & { key: string })[] = [];
      for (const key of mentions.keys()) {
        for (const t of phraseTopics.get(key) ?? []) {
          if (seen.has(t.slug) || dropped.has(t.slug)) continue;
          seen.add(t.slug);
          const e = evidenceFor(mentions, t);
          if (e === undefined) continue;
          const score = e.weight * Math.log((n + 1) / (df.get(t.slug)! + 0.5));
          options.push({ slug: t.slug, score, key: e.key, evidence: { tag: t.slug, phrase: e.m.form, where: whereOf(e.m) } });
        }
      }
      options.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
      const chosen: (AssignedTag & { key: string })[] = [];
      for (const o of options) {
        if (chosen.length >= MAX_NARROW) break;
        if (chosen.some((c) => isRunOf(c.key, o.key) || isRunOf(o.key, c.key))) continue;
        chosen.push(o);
      }
      return chosen.map(({ slug, score, evidence }) => ({ slug, score, evidence }));
    });
    const size = new Map<string, number>();
    for (const list of tags) for (const t of list) size.set(t.slug, (size.get(t.slug) ?? 0) + 1);
    const small = narrow.filter((t) => !dropped.has(t.slug) && (size.get(t.slug) ?? 0) > 0 && size.get(t.slug)! < MIN_TOPIC_SIZE);
    if (small.length === 0) break;
    for (const t of small) dropped.add(t.slug);
  }

  // Broad topics: above each narrow tag, and wherever the paper itself names the broad topic.
  tags = tags.map((list, p) => {
    const out = [...list];
    const has = (slug: string) => out.some((t) => t.slug === slug);
    for (const t of list) {
      const parent = bySlug.get(t.slug)?.parent;
      if (parent !== undefined && !has(parent)) out.push({ slug: parent, score: t.score, evidence: { tag: parent, phrase: t.evidence.phrase, where: 'parent' } });
    }
    for (const slug of parents) {
      if (has(slug)) continue;
      const e = evidenceFor(index.mentions[p]!, bySlug.get(slug)!);
      if (e !== undefined && e.weight >= 1) out.push({ slug, score: 0, evidence: { tag: slug, phrase: e.m.form, where: whereOf(e.m) } });
    }
    return out;
  });
  const size = new Map<string, number>();
  for (const list of tags) for (const t of list) size.set(t.slug, (size.get(t.slug) ?? 0) + 1);
  tags = tags.map((list) => list.filter((t) => size.get(t.slug)! >= MIN_TOPIC_SIZE));

  // Papers with no evidence of their own: the topic their nearest papers agree on.
  const before = tags.map((list) => list.map((t) => t.slug));
  const bare = tags.flatMap((list, p) => (list.length === 0 ? [p] : []));
  if (bare.length === 0) return tags;
  const near = typeof neighbours === 'function' ? neighbours(bare) : neighbours;
  return tags.map((list, p) => {
    if (list.length > 0) return list;
    const votes = new Map<string, number>();
    for (const q of near[p] ?? []) for (const slug of before[q]!) votes.set(slug, (votes.get(slug) ?? 0) + 1);
    const ranked = [...votes].sort((a, b) => Number(parents.has(b[0])) - Number(parents.has(a[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const pick = ranked.find(([, v]) => v >= MIN_VOTES) ?? ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (pick === undefined) return [];
    const [slug, v] = pick;
    return [{ slug, score: 0, evidence: { tag: slug, phrase: `${v} of its ${near[p]!.length} nearest papers`, where: 'neighbours' } }];
  });
}
