import { describe, expect, it } from 'vitest';
import { acceptProposal, describeDiff, diffVocabularies } from '../../../src/topics/induce/proposal.ts';
import { keepPublishedSlugs } from '../../../src/topics/induce/stable-slugs.ts';
import type { InducedTopic } from '../../../src/topics/induce/types.ts';

const published: InducedTopic[] = [
  { slug: 'reinforcement-learning-rl', name: 'Reinforcement learning (RL)', phrases: ['reinforcement learning'] },
  { slug: 'offline-rl', name: 'Offline RL', phrases: ['offline reinforcement learning', 'offline rl'], parent: 'reinforcement-learning-rl' },
  { slug: 'bandits', name: 'Bandits', phrases: ['bandit'] },
];

describe('keepPublishedSlugs', () => {
  it('keeps a published slug for the same subject, whatever its new name, and parents follow', () => {
    const fresh: InducedTopic[] = [
      { slug: 'reinforcement-learning', name: 'Reinforcement learning', phrases: ['reinforcement learning', 'deep reinforcement learning'] },
      { slug: 'offline-reinforcement-learning', name: 'Offline reinforcement learning', phrases: ['offline rl', 'offline reinforcement learning'], parent: 'reinforcement-learning' },
      { slug: 'bandits', name: 'Contextual bandits', phrases: ['contextual bandit'] },
    ];
    expect(keepPublishedSlugs(fresh, published)).toEqual([
      { slug: 'reinforcement-learning-rl', name: 'Reinforcement learning', phrases: ['reinforcement learning', 'deep reinforcement learning'] },
      { slug: 'offline-rl', name: 'Offline reinforcement learning', phrases: ['offline rl', 'offline reinforcement learning'], parent: 'reinforcement-learning-rl' },
      // another subject under a slug that is taken: a new slug, never the old URL for other papers
      { slug: 'bandits-2', name: 'Contextual bandits', phrases: ['contextual bandit'] },
    ]);
  });
});

describe('proposals', () => {
  const proposed: InducedTopic[] = [
    { slug: 'reinforcement-learning-rl', name: 'RL', phrases: ['reinforcement learning'] },
    { slug: 'exploration', name: 'Exploration', phrases: ['exploration'], parent: 'reinforcement-learning-rl' },
  ];
  const diff = diffVocabularies(published, proposed);

  it('lists what a fresh induction adds, removes and changes', () => {
    expect(diff.added.map((t) => t.slug)).toEqual(['exploration']);
    expect(diff.removed.map((t) => t.slug)).toEqual(['offline-rl', 'bandits']);
    expect(diff.changed.map((c) => c.after.slug)).toEqual(['reinforcement-learning-rl']);
    expect(describeDiff(diff)).toContain('  ~ reinforcement-learning-rl: "Reinforcement learning (RL)" → "RL"');
  });

  it('accepts all, or only the topics a maintainer names', () => {
    expect(acceptProposal(published, proposed, 'all')).toEqual(proposed);
    const some = acceptProposal(published, proposed, new Set(['exploration', 'bandits']));
    expect(some.map((t) => t.slug)).toEqual(['reinforcement-learning-rl', 'offline-rl', 'exploration']);
    expect(some[0]!.name).toBe('Reinforcement learning (RL)');
  });

  it('makes a child top-level when its parent is not accepted', () => {
    const onlyChild = acceptProposal([], proposed, new Set(['exploration']));
    expect(onlyChild).toEqual([{ slug: 'exploration', name: 'Exploration', phrases: ['exploration'] }]);
  });
});
