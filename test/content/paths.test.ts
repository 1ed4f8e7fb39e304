import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, catalogPaths, entryPath, INDUCED_TOPICS_FILE, PAPERS_DIR, SEEDS_DIR, TOPICS_FILE } from '../../src/content/paths.ts';

describe('catalog paths', () => {
  it.each([
    [PAPERS_DIR, 'content/papers'],
    [TOPICS_FILE, 'content/topics.yaml'],
    [INDUCED_TOPICS_FILE, 'content/topics.induced.yaml'],
    [SEEDS_DIR, 'seeds'],
    [CACHE_DIR, '.cache/paper-atlas'],
    [entryPath('u-mup-unit-scaling'), 'content/papers/u-mup-unit-scaling.mdx'],
  ])('%s is %s', (made, expected) => {
    expect(made).toBe(expected);
  });

  it('resolves every place under a project root', () => {
    expect(catalogPaths('/project')).toEqual({
      papers: join('/project', 'content', 'papers'),
      topics: join('/project', 'content', 'topics.yaml'),
      induced: join('/project', 'content', 'topics.induced.yaml'),
      proposed: join('/project', 'content', 'topics.proposed.yaml'),
      seeds: join('/project', 'seeds'),
      cache: join('/project', '.cache', 'paper-atlas'),
    });
  });
});
