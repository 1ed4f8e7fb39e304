import { describe, expect, it } from 'vitest';
import {
  isLooseMatch,
  isTitleMatch,
  mergeHits,
  promoteTitleMatches,
  queryVariants,
  searchCatalog,
  type Hit,
  type Result,
  type ResultData,
  type SearchEngine,
} from '../../src/search/engine.ts';
import { compileAliases } from '../../src/search/topic-aliases.ts';

function data(url: string, title: string, topics: string[] = [], kind: 'paper' | 'topic' = 'paper'): ResultData {
  const meta = kind === 'topic' ? { title, topic_title: title } : { title };
  return { url, excerpt: `About ${title}`, meta, filters: { topic: topics } };
}
function hit(id: string, score: number, d: ResultData = data(`/papers/${id}/`, id)): Hit {
  return { id, score, data: async () => d };
}
const aliases = compileAliases([
  { key: 'zzt0000000001', name: 'Parameter-efficient fine-tuning', aliases: ['PEFT'] },
  { key: 'zzt0000000003', name: 'muP & hyperparameter transfer', aliases: ['μP'] },
]);
const result = (id: string, title: string): Result => ({ id, url: `/papers/${id}/`, title, excerpt: '', kind: 'paper', topics: [] });

describe('queryVariants', () => {
  it('searches Greek queries spelled out too', () => {
    expect(queryVariants('μP')).toEqual(['μP', 'muP']);
    expect(queryVariants('µnit scaling')).toEqual(['μnit scaling', 'munit scaling']);
  });
  it('searches other queries once, normalized', () => {
    expect(queryVariants('  pruning  ')).toEqual(['pruning']);
  });
  it('searches a query naming a topic with the topic key too, after its spellings', () => {
    expect(queryVariants('μP', aliases)).toEqual(['μP', 'muP', 'zzt0000000003']);
    expect(queryVariants('PEFT legal', aliases)).toEqual(['PEFT legal', 'zzt0000000001 legal']);
    expect(queryVariants('pruning', aliases)).toEqual(['pruning']);
  });
});

describe('mergeHits', () => {
  it('keeps each page once at its best score, best first', () => {
    const merged = mergeHits([[hit('a', 3), hit('b', 1)], [hit('b', 5), hit('c', 2)]]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([['b', 5], ['a', 3], ['c', 2]]);
  });
  it("loads a page's text from the first search that found it: the query as typed marks its words", async () => {
    const typed = hit('b', 1, { ...data('/papers/b/', 'B'), excerpt: 'fine-tuned with <mark>PEFT</mark>' });
    const byKey = hit('b', 5, data('/papers/b/', 'B'));
    const [merged] = mergeHits([[typed], [byKey]]);
    expect(merged?.score).toBe(5);
    expect((await merged!.data()).excerpt).toBe('fine-tuned with <mark>PEFT</mark>');
  });
});

describe('isTitleMatch', () => {
  it.each([
    ['Weight Normalization', 'Weight Normalization: A Simple Reparameterization to Accelerate Training', true],
    ['neural ordinary differential equations', 'Neural Ordinary Differential Equations', true],
    ['u-muP', 'u-μP: The Unit-Scaled Maximal Update Parametrization', true],
    ['Neural Ordinary Differential Equations', 'Physics-based parameterized neural ordinary differential equations: prediction', false],
    ['weight', 'Weight Normalization: A Simple Reparameterization', false],
    ['', 'Anything', false],
  ])('%j means %j: %s', (query, title, expected) => {
    expect(isTitleMatch(query, title)).toBe(expected);
  });
});

describe('promoteTitleMatches', () => {
  it('moves exact title matches first and keeps the rest in order', () => {
    const results = [result('topic', 'Normalization & weight reparameterization'), result('other', 'Other'), result('wn', 'Weight Normalization: A Simple Reparameterization')];
    expect(promoteTitleMatches(results, 'weight normalization').map((r) => r.id)).toEqual(['wn', 'topic', 'other']);
  });
});

describe('searchCatalog', () => {
  const calls: (string | null)[] = [];
  const engine: SearchEngine = {
    async search(query) {
      calls.push(query);
      const results = query === 'muP' ? [hit('tp5', 4), hit('umup', 2)] : [hit('umup', 9)];
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: { topic: { muP: results.length } } };
    },
  };
  it('merges the spellings of a query and loads the first page of results', async () => {
    calls.length = 0;
    const page = await searchCatalog(engine, 'μP', { perPage: 1 });
    expect(calls).toEqual(['μP', 'muP']);
    expect(page.results.map((r) => r.id)).toEqual(['umup']);
    expect(page.more.map((h) => h.id)).toEqual(['tp5']);
    expect(page.total).toBe(2);
    expect(page.counts).toEqual({ topic: { muP: 2 } });
  });
  it("finds a topic's papers by an alias they never write, through the topic key", async () => {
    const searched: (string | null)[] = [];
    const keyEngine: SearchEngine = {
      async search(query) {
        searched.push(query);
        const results = query === 'zzt0000000001' ? [hit('tagged', 3), hit('both', 2)] : [hit('both', 4)];
        return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
      },
    };
    const page = await searchCatalog(keyEngine, 'PEFT', { perPage: 5, aliases });
    expect(searched).toEqual(['PEFT', 'zzt0000000001']);
    expect(page.results.map((r) => r.id)).toEqual(['both', 'tagged']);
    expect(page.total).toBe(2);
  });
  it('does not search for an empty query', async () => {
    calls.length = 0;
    const page = await searchCatalog(engine, '   ', { perPage: 5 });
    expect(calls).toEqual([]);
    expect(page.results).toEqual([]);
  });
  it('lists every page the filters allow for an empty query with filters (an author page links such a search)', async () => {
    const asked: { query: string | null; filters: unknown }[] = [];
    const filterEngine: SearchEngine = {
      async search(query, options) {
        asked.push({ query, filters: options?.filters });
        const results = [hit('a', 0), hit('b', 0)];
        return { results, unfilteredResultCount: 9, filters: {}, totalFilters: { author: { 'Ashish Vaswani': 2, 'Noam Shazeer': 1 } } };
      },
    };
    const filters = { author: { any: ['Ashish Vaswani'] } };
    const page = await searchCatalog(filterEngine, ' ', { perPage: 1, filters });
    expect(asked).toEqual([{ query: null, filters }]);
    expect(page.query).toBe('');
    expect(page.results.map((r) => r.id)).toEqual(['a']);
    expect(page.more.map((h) => h.id)).toEqual(['b']);
    expect(page.total).toBe(2);
    expect(page.counts).toEqual({ author: { 'Ashish Vaswani': 2, 'Noam Shazeer': 1 } });
  });
  it('tells a topic page by its topic_title and reads the topics of a result from its filters', async () => {
    const topicEngine: SearchEngine = {
      search: async () => ({
        results: [hit('t', 2, data('/topics/lora/', 'LoRA', ['LoRA'], 'topic')), hit('p', 1, data('/papers/p/', 'Adapters', ['LoRA', 'PEFT']))],
        unfilteredResultCount: 2,
        filters: {},
        totalFilters: {},
      }),
    };
    const page = await searchCatalog(topicEngine, 'lora', { perPage: 5 });
    expect(page.results[0]).toMatchObject({ kind: 'topic', topics: ['LoRA'], title: 'LoRA', url: '/topics/lora/' });
    expect(page.results[1]).toMatchObject({ kind: 'paper', topics: ['LoRA', 'PEFT'], title: 'Adapters' });
  });
});

describe('isLooseMatch', () => {
  const withExcerpt = (excerpt: string): Result => ({ ...result('x', 'X'), excerpt });
  it('spots results Pagefind found by cutting an unknown word short', () => {
    expect(isLooseMatch(withExcerpt('with <mark>d</mark> extra parameters'), ['difusion'])).toBe(true);
    expect(isLooseMatch(withExcerpt('<mark>x</mark> and y'), ['xkcd'])).toBe(true);
  });
  it('accepts real matches, stems and longer forms', () => {
    expect(isLooseMatch(withExcerpt('we <mark>pruned</mark> it'), ['pruning'])).toBe(false);
    expect(isLooseMatch(withExcerpt('a <mark>graph</mark> model'), ['grapheme'])).toBe(false);
    expect(isLooseMatch(withExcerpt('<mark>SSMs</mark> are'), ['SSM'])).toBe(false);
    expect(isLooseMatch(withExcerpt('the <mark>μP</mark> rule'), ['muP'])).toBe(false);
  });
  it('does not judge results matched through metadata alone', () => {
    expect(isLooseMatch(withExcerpt('no marks here'), ['PEFT'])).toBe(false);
  });
});
