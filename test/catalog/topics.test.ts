import { describe, expect, it } from 'vitest';
import { buildTopics, coOccurrence, groupByParent, type CatalogPaper } from '../../src/catalog/topics.ts';
import type { Topic } from '../../src/topics/types.ts';

const added = new Date('2026-11-26');
const papers: CatalogPaper[] = [
  { slug: 'p1', title: 'P1', tags: ['lora', 'peft'], added },
  { slug: 'p2', title: 'P2', tags: ['lora', 'peft', 'llm'], added },
  { slug: 'p3', title: 'P3', tags: ['lora', 'peft'], added },
  { slug: 'p4', title: 'P4', tags: ['llm', 'pruning'], added },
  { slug: 'p5', title: 'P5', tags: ['llm'], added },
];
const vocabulary: Record<string, Topic> = {
  peft: { slug: 'peft', name: 'Parameter-efficient fine-tuning', description: 'd', aliases: [], patterns: [] },
  lora: { slug: 'lora', name: 'LoRA', description: 'd', aliases: [], patterns: [], parent: 'peft' },
};
const describeTopic = (slug: string): Topic => vocabulary[slug] ?? { slug, name: slug.toUpperCase(), description: 'x', aliases: [], patterns: [] };

describe('buildTopics', () => {
  const topics = buildTopics(papers, describeTopic);

  it('gives a page only to topics with at least three papers, most papers first, ties by name', () => {
    expect(topics.map((t) => [t.slug, t.papers.length])).toEqual([
      ['llm', 3],
      ['lora', 3],
      ['peft', 3],
    ]);
  });

  it('links narrower topics to their parent', () => {
    expect(topics.find((t) => t.slug === 'peft')!.children).toEqual(['lora']);
    expect(topics.find((t) => t.slug === 'lora')!.parent).toBe('peft');
  });

  it('lists a broad topic\'s narrower topics most papers first, ties by name, whichever paper names them first', () => {
    const rl = (slug: string, name: string): Topic => ({ slug, name, description: 'd', aliases: [], patterns: [], parent: 'rl' });
    const more: Record<string, Topic> = { rl: { slug: 'rl', name: 'RL', description: 'd', aliases: [], patterns: [] }, small: rl('small', 'Curiosity'), big: rl('big', 'Offline RL'), tie: rl('tie', 'Actor-critic') };
    const tagged = (n: number, tags: string[]) => Array.from({ length: n }, (_, i) => ({ slug: `${tags[0]}-${i}`, title: 'T', tags, added }));
    const list = buildTopics([...tagged(3, ['small', 'rl']), ...tagged(3, ['tie', 'rl']), ...tagged(5, ['big', 'rl'])], (slug) => more[slug]!);
    expect(list.find((t) => t.slug === 'rl')!.children).toEqual(['big', 'tie', 'small']);
  });
});

describe('groupByParent', () => {
  const t = (slug: string, parent?: string) => ({ slug, ...(parent ? { parent } : {}) });
  it('lists each broad topic with its narrower ones right after it, every topic once', () => {
    const rows = groupByParent([t('a'), t('b'), t('a1', 'a'), t('b1', 'b'), t('a1x', 'a1'), t('lone', 'gone')]);
    expect(rows.map((r) => `${r.child ? '  ' : ''}${r.topic.slug}`)).toEqual(['a', '  a1', '  a1x', 'b', '  b1', 'lone']);
  });
  it('keeps topics caught in a parent cycle', () => {
    expect(groupByParent([t('x', 'y'), t('y', 'x')]).map((r) => r.topic.slug).sort()).toEqual(['x', 'y']);
  });
});

describe('coOccurrence', () => {
  it('counts shared papers both ways', () => {
    const co = coOccurrence(papers);
    expect(co.get('lora')!.get('peft')).toBe(3);
    expect(co.get('peft')!.get('lora')).toBe(3);
    expect(co.get('llm')!.get('lora')).toBe(1);
    expect(co.get('llm')!.get('pruning')).toBe(1);
    expect(co.get('pruning')!.has('lora')).toBe(false);
  });
});
