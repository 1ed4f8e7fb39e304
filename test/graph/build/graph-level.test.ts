import { describe, expect, it } from 'vitest';
import { graphLevel } from '../../../src/graph/build/graph-level.ts';

const topic = (slug: string, n: number, parent?: string) => ({ slug, papers: Array.from({ length: n }, (_, i) => `${slug}-${i}`), ...(parent ? { parent } : {}) });

describe('graphLevel', () => {
  it('draws every topic while the catalog has few', () => {
    const topics = [topic('a', 5), topic('b', 4, 'a')];
    expect(graphLevel(topics, 3)).toEqual({ shown: topics, level: 'all', hidden: 0 });
  });

  it('starts at the broad level when there are too many, largest first, in the given order', () => {
    const topics = [topic('rl', 30), topic('offline', 10, 'rl'), topic('bandit', 9, 'rl'), topic('gnn', 20), topic('ot', 3), topic('mixup', 2)];
    const level = graphLevel(topics, 3);
    expect(level.level).toBe('broad');
    expect(level.shown.map((t) => t.slug)).toEqual(['rl', 'gnn', 'ot']);
    expect(level.hidden).toBe(3);
  });

  it('counts a child whose parent has no page as top-level', () => {
    const level = graphLevel([topic('a', 5), topic('b', 4, 'gone'), topic('c', 3, 'a')], 2);
    expect(level.shown.map((t) => t.slug)).toEqual(['a', 'b']);
  });
});
