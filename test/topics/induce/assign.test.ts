import { describe, expect, it } from 'vitest';
import { assignTopics } from '../../../src/topics/induce/assign.ts';
import { readCatalog } from '../../../src/topics/induce/catalog-text.ts';
import { indexPhrases } from '../../../src/topics/induce/phrase-index.ts';
import type { InducedTopic } from '../../../src/topics/induce/types.ts';

const topic = (slug: string, phrase: string): InducedTopic => ({ slug, name: slug, phrases: [phrase] });
const slugsOf = (papers: { id: string; title: string; abstract: string }[], topics: InducedTopic[]) => {
  const index = indexPhrases(readCatalog(papers).papers);
  return assignTopics(index, topics, papers.map(() => [])).map((list) => list.map((t) => t.slug));
};

describe('assignTopics', () => {
  // three papers about each subject, so every topic keeps its MIN_TOPIC_SIZE
  const about = (word: string, i: number) => ({ id: `${word}${i}`, title: `On ${word}`, abstract: `We study ${word}. The ${word} is new.` });
  const base = ['graphs', 'kernels', 'lattices', 'spinors', 'glaciers'].flatMap((w) => [0, 1, 2].map((i) => about(w, i)));
  const topics = ['graphs', 'kernels', 'lattices', 'spinors', 'glaciers'].map((w) => topic(w, w.replace(/s$/, '')));

  it('counts a topical word written once in passing where stronger evidence leaves room', () => {
    const passing = { id: 'x', title: 'On lattices', abstract: 'We study lattices, and use a graph once.' };
    const tags = slugsOf([...base, passing], topics).at(-1)!;
    expect(tags).toEqual(['lattices', 'graphs']);
  });

  it('ranks the passing word after every stronger topic, so a paper with four of them does not take it', () => {
    const full = { id: 'y', title: 'Kernels and lattices on spinors of glaciers', abstract: 'Kernels, lattices, spinors, glaciers. Kernels and lattices of spinors under glaciers. A graph.' };
    const tags = slugsOf([...base, full], topics).at(-1)!;
    expect(tags).toHaveLength(4);
    expect(tags).not.toContain('graphs');
  });
});
