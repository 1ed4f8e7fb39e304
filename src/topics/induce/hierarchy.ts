import { detectCommunities, type WeightedEdge } from '../../shared/communities.ts';
import { isRunOf } from './phrase-index.ts';

/** A narrow topic joins a broad one when at least this share of its papers lie in the broad topic's community. */
export const CHILD_SHARE = 0.5;
/** A broad topic needs this many narrower ones: one child is no level. */
export const MIN_CHILDREN = 2;
/** Its name must fit the community this well (F1 of the name's papers against the community). */
export const MIN_NAME_FIT = 0.15;
/** A field of its own is a topic however loosely one phrase covers it; the name must still fit somewhat. */
export const MIN_FIELD_NAME_FIT = 0.05;
/** A field whose best phrase fits it less than this is named by its three best ("Carbon nanotubes, quantum dots & graphene"). */
export const WHOLE_NAME_FIT = 0.3;
/** Most further subjects a loosely named field's name lists. */
export const MORE_NAMES = 2;

export interface Broad {
  /** The phrase key that names the community best. */
  key: string;
  /** Further phrases that mark the broad topic's papers (those mostly written inside its community). */
  signature: string[];
  /** Further subjects its name lists, when `key` alone names too little of it (a field of its own). */
  alsoNamedBy: string[];
  /** Index (into the narrow list) of the narrow topic the name is, which becomes this broad topic. */
  self?: number | undefined;
  /** Indices (into the narrow list) of its children. */
  children: number[];
}

/** Communities of the nearest-paper graph (Louvain, links weighted by how many of the two papers list the other). */
export function paperCommunities(neighbours: readonly (readonly number[])[]): number[] {
  const weight = new Map<number, number>();
  const n = neighbours.length;
  neighbours.forEach((list, i) => {
    for (const j of list) {
      const key = Math.min(i, j) * n + Math.max(i, j);
      weight.set(key, (weight.get(key) ?? 0) + 1);
    }
  });
  const edges: WeightedEdge[] = [...weight].map(([key, w]) => ({ source: Math.floor(key / n), target: key % n, weight: w }));
  return detectCommunities(n, edges, 1);
}

/**
 * A community reads as a field of its own when both hold: its papers read alike (this share
 * of their nearest-paper links stays inside it, `communitySeparation`) and its topics are its
 * own (`MIN_OWN_SHARE`). Such communities are fields where the catalog divides into them
 * (`DIVIDED_SHARE`): a listing of all of arXiv does, a conference of one field does not,
 * though its vision papers may read as apart from the rest as astrophysics does.
 */
export const MIN_SEPARATION = 0.6;
/** The catalog divides into fields when two or more communities read as fields and hold this share of its papers. */
export const DIVIDED_SHARE = 0.5;
/** A community this separate is a field whatever the rest of the catalog is. */
export const KEEPS_TO_ITSELF = 0.8;
/** Share of the narrow tags on a field's papers that are of topics mostly (`OWN_TOPIC_SHARE`) inside it. */
export const MIN_OWN_SHARE = 0.7;
/** A topic is a community's own when this share of its papers lie inside it. */
export const OWN_TOPIC_SHARE = 0.6;

/**
 * How much of the vocabulary a community's papers use is its own: of the narrow tags its
 * papers carry, the share that are of topics with `OWN_TOPIC_SHARE` of their papers inside.
 * Papers of a field of its own (astrophysics in a listing of all of arXiv) write subjects
 * no other community writes; communities of one field (a machine-learning conference)
 * share theirs ("graph neural networks" in every application area).
 */
export function ownTopicShare(members: ReadonlySet<number>, narrowPapers: readonly (readonly number[])[]): number {
  let own = 0;
  let all = 0;
  for (const papers of narrowPapers) {
    let inside = 0;
    for (const p of papers) if (members.has(p)) inside++;
    all += inside;
    if (papers.length > 0 && inside >= OWN_TOPIC_SHARE * papers.length) own += inside;
  }
  return all === 0 ? 0 : own / all;
}

/** For each community, the share of its members' nearest-paper links that stay inside it. */
export function communitySeparation(community: readonly number[], neighbours: readonly (readonly number[])[]): Map<number, number> {
  const inside = new Map<number, number>();
  const total = new Map<number, number>();
  neighbours.forEach((list, p) => {
    const c = community[p]!;
    for (const q of list) {
      total.set(c, (total.get(c) ?? 0) + 1);
      if (community[q] === c) inside.set(c, (inside.get(c) ?? 0) + 1);
    }
  });
  return new Map([...total].map(([c, t]) => [c, (inside.get(c) ?? 0) / t]));
}

/** A phrase with this share of its papers inside a field's community marks the field. */
export const SIGNATURE_PRECISION = 0.6;
/** Most marking phrases a field keeps besides its name. */
export const SIGNATURE_PHRASES = 12;

function precision(papers: readonly number[], community: ReadonlySet<number>): number {
  let both = 0;
  for (const p of papers) if (community.has(p)) both++;
  return papers.length === 0 ? 0 : both / papers.length;
}

function f1(papers: readonly number[], community: ReadonlySet<number>): number {
  let both = 0;
  for (const p of papers) if (community.has(p)) both++;
  return both === 0 ? 0 : (2 * both) / (papers.length + community.size);
}

/**
 * The broad level. Papers that read alike form communities; a community that is a field
 * of its own (`MIN_SEPARATION`, `MIN_OWN_SHARE`) becomes a broad topic recognised by its
 * signature phrases; elsewhere a community whose narrow
 * topics mostly lie inside it, and which one phrase names well, becomes a broad topic
 * named by that phrase (reinforcement learning → offline RL, multi-agent RL, exploration).
 * A narrow topic that is itself the best name becomes the broad topic. Each phrase names
 * one broad topic at most. Deterministic for the same input order.
 */
export function findBroadTopics(
  community: readonly number[],
  narrowPapers: readonly (readonly number[])[],
  narrowKeys: readonly (readonly string[])[],
  namers: ReadonlyMap<string, readonly number[]>,
  separation: ReadonlyMap<number, number>,
): Broad[] {
  const members = new Map<number, Set<number>>();
  community.forEach((c, p) => members.set(c, (members.get(c) ?? new Set()).add(p)));
  const n = community.length;
  // Communities that read as fields of their own; they are fields only where the catalog divides into them.
  const ownField = new Set<number>();
  let fieldPapers = 0;
  for (const [c, set] of members) {
    if ((separation.get(c) ?? 0) >= MIN_SEPARATION && ownTopicShare(set, narrowPapers) >= MIN_OWN_SHARE) {
      ownField.add(c);
      fieldPapers += set.size;
    }
  }
  const divides = ownField.size >= 2 && fieldPapers >= DIVIDED_SHARE * n;
  const candidates: { c: number; children: number[]; field: boolean }[] = [];
  for (const [c, set] of members) {
    if (set.size < 6 || set.size > 0.6 * n) continue;
    const children = narrowPapers.flatMap((papers, t) => {
      let inside = 0;
      for (const p of papers) if (set.has(p)) inside++;
      return papers.length > 0 && inside >= CHILD_SHARE * papers.length ? [t] : [];
    });
    const field = (separation.get(c) ?? 0) >= KEEPS_TO_ITSELF || (divides && ownField.has(c));
    if (field || children.length >= MIN_CHILDREN) candidates.push({ c, children, field });
  }
  // Larger communities choose their name first.
  candidates.sort((a, b) => members.get(b.c)!.size - members.get(a.c)!.size || a.c - b.c);
  const used = new Set<string>();
  const out: Broad[] = [];
  for (const { c, children, field } of candidates) {
    const set = members.get(c)!;
    // A name that is a narrow topic outside this community would name two topics.
    const elsewhere = new Set(narrowKeys.flatMap((keys, t) => (children.includes(t) ? [] : keys)));
    const fits = [...namers]
      .filter(([key]) => !used.has(key) && !elsewhere.has(key))
      .map(([key, papers]) => ({ key, fit: f1(papers, set), precision: precision(papers, set) }))
      .sort((a, b) => b.fit - a.fit || (a.key < b.key ? -1 : 1));
    const best = fits[0];
    if (best === undefined || best.fit < (field ? MIN_FIELD_NAME_FIT : MIN_NAME_FIT)) continue;
    if (field) {
      // A field of its own (most of its papers' neighbours inside it): the broad topic is the
      // community, recognised by the phrases that mostly occur inside it, and every narrow
      // topic mostly inside it is its child.
      // (Phrases of narrow topics stay theirs: one phrase, one topic.)
      const narrow = new Set(narrowKeys.flat());
      const signature = fits.filter((f) => f.key !== best.key && !narrow.has(f.key) && f.precision >= SIGNATURE_PRECISION).slice(0, SIGNATURE_PHRASES).map((f) => f.key);
      for (const k of [best.key, ...signature]) used.add(k);
      // One phrase names a field of 400 papers poorly ("Carbon nanotubes" for condensed matter): the name lists the next best subjects too.
      const alsoNamedBy: string[] = [];
      if (best.fit < WHOLE_NAME_FIT) {
        for (const f of fits.slice(1)) {
          if (alsoNamedBy.length >= MORE_NAMES) break;
          if ([best.key, ...alsoNamedBy].some((k) => isRunOf(k, f.key) || isRunOf(f.key, k))) continue;
          alsoNamedBy.push(f.key);
        }
      }
      for (const k of alsoNamedBy) used.add(k);
      const self = children.find((t) => narrowKeys[t]!.includes(best.key));
      out.push({ key: best.key, alsoNamedBy, signature, self, children: children.filter((t) => t !== self) });
      continue;
    }
    used.add(best.key);
    // In a community that blends into others, a narrow topic that is the name becomes the broad
    // topic, and its children are the topics mostly inside its own papers, not the community's.
    const self = narrowKeys.findIndex((keys) => keys.includes(best.key));
    const own = self >= 0 ? new Set(narrowPapers[self]) : set;
    const rest = children.filter((t) => t !== self && narrowPapers[t]!.filter((p) => own.has(p)).length >= CHILD_SHARE * narrowPapers[t]!.length);
    if (rest.length < MIN_CHILDREN) continue;
    out.push({ key: best.key, alsoNamedBy: [], signature: [], self: self >= 0 ? self : undefined, children: rest });
  }
  return out;
}

/** A topic is narrower than another when this share of its papers write the other's phrases (Sanderson & Croft's subsumption). */
export const SUBSUMED_SHARE = 0.8;

/**
 * The broad level that communities miss. A subject written across several communities
 * ("reinforcement learning" beside its offline, multi-agent and model-based kinds, each
 * reading with its own neighbours) names none of them, so no community makes it broad.
 * Read from the topics themselves instead (subsumption, Sanderson & Croft 1999): topic P
 * is broader than C when `SUBSUMED_SHARE` of C's papers write P's phrases (`mentioned`;
 * a paper tagged "offline RL" is not also tagged RL, but writes it) and P is the topic of
 * more papers (`tagged`). Only topics outside the community hierarchy take part (`free`);
 * the levels stay two: a topic under another is never a parent, and a narrower topic joins
 * the largest broader one. A parent needs `MIN_CHILDREN` children. Returns child → parent.
 */
export function subsumedTopics(tagged: readonly (readonly number[])[], mentioned: readonly (readonly number[])[], free: ReadonlySet<number>): Map<number, number> {
  const order = [...free].sort((a, b) => tagged[b]!.length - tagged[a]!.length || a - b);
  // paper → the free topics whose phrases it writes, so each topic counts only the topics its own papers write
  const writtenBy = new Map<number, number[]>();
  for (const t of order) {
    for (const paper of mentioned[t]!) {
      const list = writtenBy.get(paper);
      if (list === undefined) writtenBy.set(paper, [t]);
      else list.push(t);
    }
  }
  const broader = new Map<number, number[]>();
  for (const c of order) {
    const own = tagged[c]!;
    const counts = new Map<number, number>();
    for (const paper of own) for (const p of writtenBy.get(paper) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
    const above = [...counts]
      .filter(([p, n]) => p !== c && tagged[p]!.length > own.length && n >= SUBSUMED_SHARE * own.length)
      .map(([p]) => p)
      .sort((a, b) => tagged[b]!.length - tagged[a]!.length || a - b);
    if (above.length > 0) broader.set(c, above);
  }
  // Largest first: a topic under none is a parent for those under it; one under another is only a child.
  const parentOf = new Map<number, number>();
  for (const c of order) {
    const above = (broader.get(c) ?? []).filter((p) => !broader.has(p));
    if (above.length > 0) parentOf.set(c, above[0]!);
  }
  const children = new Map<number, number>();
  for (const p of parentOf.values()) children.set(p, (children.get(p) ?? 0) + 1);
  for (const [c, p] of parentOf) if ((children.get(p) ?? 0) < MIN_CHILDREN) parentOf.delete(c);
  return parentOf;
}
