import type { InducedTopic } from './types.ts';

/** A fresh topic takes a published topic's slug when this share of its phrases (Jaccard) is the same. */
export const SAME_TOPIC = 0.5;

function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  const both = b.filter((k) => set.has(k)).length;
  return both / (set.size + new Set(b).size - both);
}

/**
 * Published slugs are URLs, and URLs are forever: each fresh topic that names the same
 * subject as a published one (its head phrase, or half its phrases) keeps the published
 * slug, whatever its new name. Parents follow. Fresh topics matching nothing keep their
 * own slug, made unique against the published ones.
 */
export function keepPublishedSlugs(fresh: readonly InducedTopic[], published: readonly InducedTopic[]): InducedTopic[] {
  const claimed = new Set<string>();
  const renamed = new Map<string, string>();
  for (const t of fresh) {
    const match =
      published.find((p) => !claimed.has(p.slug) && p.phrases[0] === t.phrases[0]) ??
      published.find((p) => !claimed.has(p.slug) && jaccard(p.phrases, t.phrases) >= SAME_TOPIC);
    if (match !== undefined) {
      claimed.add(match.slug);
      renamed.set(t.slug, match.slug);
    }
  }
  const taken = new Set([...published.map((p) => p.slug), ...renamed.values()]);
  for (const t of fresh) {
    if (renamed.has(t.slug)) continue;
    let slug = t.slug;
    for (let i = 2; taken.has(slug); i++) slug = `${t.slug}-${i}`;
    taken.add(slug);
    renamed.set(t.slug, slug);
  }
  return fresh.map((t) => ({
    slug: renamed.get(t.slug)!,
    name: t.name,
    phrases: t.phrases,
    ...(t.parent !== undefined ? { parent: renamed.get(t.parent) ?? t.parent } : {}),
  }));
}
