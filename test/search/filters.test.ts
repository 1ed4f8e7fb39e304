import { describe, expect, it } from 'vitest';
import { describeFilters, parseYear, searchFilters, yearsInRange } from '../../src/search/filters.ts';

describe('searchFilters', () => {
  it('sends nothing when nothing is chosen, so a plain search loads no filter index', () => {
    expect(searchFilters({ topics: [], venues: [], authors: [] })).toEqual({});
  });

  it('widens within a kind and narrows across kinds', () => {
    expect(searchFilters({ topics: ['Pruning', 'Quantization'], venues: ['CoRR'], authors: [] })).toEqual({ topic: { any: ['Pruning', 'Quantization'] }, venue: { any: ['CoRR'] } });
  });

  it('sends a range of years as the known years in it', () => {
    expect(searchFilters({ topics: [], venues: [], authors: [], from: 2019, to: 2021 }, ['2023', '2017', '2021', '2019', '2020'])).toEqual({ year: { any: ['2019', '2020', '2021'] } });
    expect(searchFilters({ topics: [], venues: [], authors: [], from: 2021 }, ['2023', '2017', '2021'])).toEqual({ year: { any: ['2021', '2023'] } });
    expect(searchFilters({ topics: [], venues: [], authors: [], to: 2017 }, ['2023', '2017'])).toEqual({ year: { any: ['2017'] } });
  });

  it('filters by authors as their author pages name them, any of them, ANDed with the other kinds', () => {
    expect(searchFilters({ topics: [], venues: [], authors: ['Ashish Vaswani', 'Noam Shazeer'] })).toEqual({ author: { any: ['Ashish Vaswani', 'Noam Shazeer'] } });
    expect(searchFilters({ topics: ['Attention'], venues: ['NeurIPS'], authors: new Set(['Ashish Vaswani']), from: 2017, to: 2017 }, ['2017', '2019'])).toEqual({
      topic: { any: ['Attention'] },
      venue: { any: ['NeurIPS'] },
      author: { any: ['Ashish Vaswani'] },
      year: { any: ['2017'] },
    });
  });

  it('before the years are known, sends every year the range spans', () => {
    expect(searchFilters({ topics: [], venues: [], authors: [], from: 2020, to: 2022 })).toEqual({ year: { any: ['2020', '2021', '2022'] } });
    expect(yearsInRange(2099, undefined)).toEqual(['2099', '2100']);
    expect(yearsInRange(undefined, 1901)).toEqual(['1900', '1901']);
  });

  it('finds nothing, not everything, for a range without a known year or one reversed', () => {
    expect(searchFilters({ topics: [], venues: [], authors: [], from: 2030, to: 2031 }, ['2017'])).toEqual({ year: { any: ['none'] } });
    expect(searchFilters({ topics: [], venues: [], authors: [], from: 2022, to: 2020 })).toEqual({ year: { any: ['none'] } });
  });
});

describe('parseYear', () => {
  it('reads a four-digit year the schema allows, and nothing else', () => {
    expect(['2017', ' 1999 ', '1899', '2101', '17', '2017a', '', null, undefined].map(parseYear)).toEqual([2017, 1999, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('describeFilters', () => {
  const none = { topics: [], venues: [], authors: [] };
  it('says what the results are limited to, for the status line', () => {
    expect(describeFilters(none)).toBe('');
    expect(describeFilters({ ...none, topics: ['Pruning', 'LoRA'] })).toBe(' in Pruning or LoRA');
    expect(describeFilters({ ...none, topics: ['Pruning'], venues: ['CoRR'], from: 2019, to: 2021 })).toBe(' in Pruning, in CoRR, from 2019 to 2021');
    expect(describeFilters({ ...none, from: 2021, to: 2021 })).toBe(' from 2021');
    expect(describeFilters({ ...none, from: 2021 })).toBe(' from 2021 on');
    expect(describeFilters({ ...none, to: 2021 })).toBe(' up to 2021');
  });

  it('says whose papers the results are limited to, after the topics and venues and before the years', () => {
    expect(describeFilters({ ...none, authors: ['Ashish Vaswani'] })).toBe(' by Ashish Vaswani');
    expect(describeFilters({ ...none, authors: new Set(['Ashish Vaswani', 'Noam Shazeer']) })).toBe(' by Ashish Vaswani or Noam Shazeer');
    expect(describeFilters({ topics: ['Attention'], venues: ['NeurIPS'], authors: ['Noam Shazeer'], from: 2017 })).toBe(' in Attention, in NeurIPS, by Noam Shazeer, from 2017 on');
  });
});
