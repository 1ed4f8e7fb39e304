import { slugify } from '../../content/slug.ts';
import { assignTopics } from './assign.ts';
import { byId, readCatalog, type PaperText } from './catalog-text.ts';
import { groupPhrases, isModifier } from './group.ts';
import { communitySeparation, findBroadTopics, paperCommunities, subsumedTopics } from './hierarchy.ts';
import { listName, nameKeyOf, nameWords, topicName, type NameContext } from './names.ts';
import { keepNeighbours, nearestPapers, NEIGHBOURS } from './neighbours.ts';
import { neighboursOnThread, WORKER_FROM } from './neighbours-worker.ts';
import { indexPhrases, MIN_PAPERS } from './phrase-index.ts';
import { isTopical, scoreTopicality } from './topicality.ts';
import type { InducedTopic } from './types.ts';

/** A narrow topic holds at most this share of the catalog: more is a description of the catalog, not of a paper. */
export const MAX_SHARE = 0.3;

/**
 * Induces a two-level topic vocabulary from the catalog itself: candidates are the
 * phrases of titles, abstracts and keywords (abbreviations read as their long forms);
 * the topical ones (strongly and cohesively written, see topicality.ts) are grouped into
 * subjects, kept where at least three papers take them, and gathered under broad topics
 * found from communities of papers that read alike, or, for subjects written across
 * communities, from the topics their papers write (subsumedTopics). Deterministic (papers are read in
 * id order, whatever order they come in), offline, no model.
 */
export function induceTopics(input: readonly PaperText[]): InducedTopic[] {
  const papers = [...input].sort(byId);
  if (papers.length < MIN_PAPERS) return [];
  // A large catalog finds its neighbours on a second core while this one reads its phrases.
  const pending = papers.length >= WORKER_FROM ? neighboursOnThread(papers, NEIGHBOURS) : undefined;
  const catalog = readCatalog(papers);
  const index = indexPhrases(catalog.papers);
  const found = pending?.take();
  if (found !== undefined) keepNeighbours(papers, NEIGHBOURS, found.neighbours);
  const neighbours = nearestPapers(papers);
  const topicality = scoreTopicality(index, neighbours);
  const n = papers.length;
  const topical = [...topicality.values()].filter((t) => isTopical(t, n));
  const maxPapers = Math.max(MIN_PAPERS, Math.floor(MAX_SHARE * n));
  const groups = groupPhrases(
    topical.filter((t) => t.papers <= maxPapers).map((t) => t.key),
    index,
    catalog.sameAs,
  );

  const taken = new Set<string>();
  const slugFor = (name: string) => {
    const base = slugify(name) || 'topic';
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    return slug;
  };
  const naming: NameContext = { shortForms: catalog.shortForms, longForms: catalog.longForms, names: nameWords(catalog.papers.map((p) => p.asRead.abstract)) };
  const named = groups.map((g) => ({ name: topicName(nameKeyOf(g.head, g.keys, index), index, naming), phrases: g.keys }));
  // Which groups survive tagging (three papers or more), before names take slugs.
  const trial = named.map((t, i) => ({ slug: `t${i}`, name: t.name, phrases: t.phrases }));
  const assigned = assignTopics(index, trial, neighbours);
  const papersOf = trial.map(() => [] as number[]);
  assigned.forEach((list, p) => {
    for (const t of list) if (t.evidence.where !== 'neighbours') papersOf[Number(t.slug.slice(1))]!.push(p);
  });
  const alive = trial.map((_, i) => i).filter((i) => papersOf[i]!.length >= MIN_PAPERS);

  // Broad topics are named by the phrases that name subjects (no modifier, no fragment), or by one too common to be a narrow topic.
  const subjects = new Set(groups.flatMap((g) => g.keys));
  const namers = new Map(
    topical.filter((t) => subjects.has(t.key) || (t.papers > maxPapers && !isModifier(t.key, index))).map((t) => [t.key, index.papersOf.get(t.key)!]),
  );
  const communities = found?.communities ?? paperCommunities(neighbours);
  const broad = findBroadTopics(
    communities,
    alive.map((i) => papersOf[i]!),
    alive.map((i) => named[i]!.phrases),
    namers,
    communitySeparation(communities, neighbours),
  );
  const topics: InducedTopic[] = [];
  const parentOf = new Map<number, string>();
  const isBroad = new Set<number>();
  for (const b of broad) {
    const self = b.self === undefined ? undefined : alive[b.self]!;
    const own = self === undefined ? [b.key] : [b.key, ...named[self]!.phrases.filter((k) => k !== b.key)];
    const phrases = [...own, ...b.signature.filter((k) => !own.includes(k))];
    const first = self === undefined ? topicName(b.key, index, naming) : named[self]!.name;
    const slug = slugFor(first);
    topics.push({ slug, name: listName([first, ...b.alsoNamedBy.map((k) => topicName(k, index, naming, 'later'))]), phrases });
    if (self !== undefined) isBroad.add(self);
    for (const c of b.children) parentOf.set(alive[c]!, slug);
  }
  // Where communities made no level, the topics' own papers can: a narrow topic that holds others becomes their parent.
  const free = new Set(alive.filter((i) => !isBroad.has(i) && !parentOf.has(i)));
  // the papers that write each free topic's phrases (the others take no part)
  const mentioned = named.map((t, i) => (free.has(i) ? [...new Set(t.phrases.flatMap((k) => index.papersOf.get(k) ?? []))] : []));
  const subsumed = subsumedTopics(papersOf, mentioned, free);
  const slugs = new Map(alive.filter((i) => !isBroad.has(i)).map((i) => [i, slugFor(named[i]!.name)]));
  for (const [i, slug] of slugs) {
    const above = subsumed.get(i);
    topics.push({ slug, name: named[i]!.name, phrases: named[i]!.phrases, parent: parentOf.get(i) ?? (above === undefined ? undefined : slugs.get(above)) });
  }
  return topics;
}
