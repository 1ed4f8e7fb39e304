import type { InducedTopic } from './types.ts';

/** How a fresh induction differs from the published vocabulary, topic by topic. */
export interface ProposalDiff {
  added: InducedTopic[];
  removed: InducedTopic[];
  /** Same slug, other name, phrases or parent. */
  changed: { before: InducedTopic; after: InducedTopic }[];
}

export function diffVocabularies(published: readonly InducedTopic[], proposed: readonly InducedTopic[]): ProposalDiff {
  const before = new Map(published.map((t) => [t.slug, t]));
  const after = new Map(proposed.map((t) => [t.slug, t]));
  const same = (a: InducedTopic, b: InducedTopic) => a.name === b.name && a.parent === b.parent && a.phrases.join('\n') === b.phrases.join('\n');
  return {
    added: proposed.filter((t) => !before.has(t.slug)),
    removed: published.filter((t) => !after.has(t.slug)),
    changed: proposed.flatMap((t) => {
      const b = before.get(t.slug);
      return b !== undefined && !same(b, t) ? [{ before: b, after: t }] : [];
    }),
  };
}

/**
 * The published vocabulary with the chosen part of a proposal accepted: `accept` is
 * `all`, or the slugs to take (added, changed or removed ones). A child whose parent is
 * not in the result becomes top-level.
 */
export function acceptProposal(published: readonly InducedTopic[], proposed: readonly InducedTopic[], accept: 'all' | ReadonlySet<string>): InducedTopic[] {
  if (accept === 'all') return [...proposed];
  const proposedBySlug = new Map(proposed.map((t) => [t.slug, t]));
  const out: InducedTopic[] = [];
  for (const t of published) {
    if (!accept.has(t.slug)) out.push(t);
    else if (proposedBySlug.has(t.slug)) out.push(proposedBySlug.get(t.slug)!);
  }
  for (const t of proposed) if (accept.has(t.slug) && !published.some((p) => p.slug === t.slug)) out.push(t);
  const slugs = new Set(out.map((t) => t.slug));
  return out.map((t) => (t.parent !== undefined && !slugs.has(t.parent) ? { slug: t.slug, name: t.name, phrases: t.phrases } : t));
}

export function describeDiff(diff: ProposalDiff): string[] {
  const phrase = (t: InducedTopic) => `${t.slug} "${t.name}"${t.parent ? ` (under ${t.parent})` : ''}`;
  return [
    ...diff.added.map((t) => `  + ${phrase(t)}: ${t.phrases.slice(0, 4).join(', ')}`),
    ...diff.removed.map((t) => `  - ${phrase(t)}`),
    ...diff.changed.map(({ before, after }) => `  ~ ${after.slug}: ${before.name === after.name ? '' : `"${before.name}" → "${after.name}" `}${before.parent === after.parent ? '' : `parent ${before.parent ?? 'none'} → ${after.parent ?? 'none'} `}${before.phrases.join('|') === after.phrases.join('|') ? '' : 'phrases changed'}`.trimEnd()),
  ];
}
