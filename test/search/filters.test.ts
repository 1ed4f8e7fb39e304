import { describe, expect, it } from 'vitest';
import { describeFilters, parseYear, searchFilters, yearsInRange } from '../../src/search/filters.ts';

describe('searchFilters', () => {
  it('sends nothing when nothing is chosen, so a plain search loads no filter index', () => {
    expect(searchFilters({ topics: [], venues: [] })).toEqual({});
  });

  it('widens within a kind and narrows across kinds', () => {
    expect(searchFilters({ topics: ['Pruning', 'Quantization'], venues: ['CoRR'] })).toEqual({ topic: { any: ['Pruning', 'Quantization'] }, venue: { any: ['CoRR'] } });
  });

  it('sends a range of years as the known years in it', () => {
    expect(searchFilters({ topics: [], venues: [], from: 2019, to: 2021 }, ['2023', '2017', '2021', '2019', '2020'])).toEqual({ year: { any: ['2019', '2020', '2021'] } });
    expect(searchFilters({ topics: [], venues: [], from: 2021 }, ['2023', '2017', '2021'])).toEqual({ year: { any: ['2021', '2023'] } });
    expect(searchFilters({ topics: [], venues: [], to: 2017 }, ['2023', '2017'])).toEqual({ year: { any: ['2017'] } });
  });

  it('before the years are known, sends every year the range spans', () => {
    expect(searchFilters({ topics: [], venues: [], from: 2020, to: 2022 })).toEqual({ year: { any: ['2020', '2021', '2022'] } });
    expect(yearsInRange(2099, undefined)).toEqual(['2099', '2100']);
    expect(yearsInRange(undefined, 1901)).toEqual(['1900', '1901']);
  });

  it('finds nothing, not everything, for a range without a known year or one reversed', () => {
    expect(searchFilters({ topics: [], venues: [], from: 2030, to: 2031 }, ['2017'])).toEqual({ year: { any: ['none'] } });
    expect(searchFilters({ topics: [], venues: [], from: 2022, to: 2020 })).toEqual({ year: { any: ['none'] } });
  });
});

describe('parseYear', () => {
  it('reads a four-digit year the schema allows, and nothing else', () => {
    expect(['2017', ' 1999 ', '1899', '2101', '17', '2017a', '', null, undefined].map(parseYear)).toEqual([2017, 1999, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('describeFilters', () => {
  const none = { topics: [], venues: [] };
  it('says what the results are limited to, for the status line', () => {
    expect(describeFilters(none)).toBe('');
    expect(describeFilters({ topics: ['Pruning', 'LoRA'], venues: [] })).toBe(' in Pruning or LoRA');
    expect(describeFilters({ topics: ['Pruning'], venues: ['CoRR'], from: 2019, to: 2021 })).toBe(' in Pruning, in CoRR, from 2019 to 2021');
    expect(describeFilters({ ...none, from: 2021, to: 2021 })).toBe(' from 2021');
    expect(describeFilters({ ...none, from: 2021 })).toBe(' from 2021 on');
    expect(describeFilters({ ...none, to: 2021 })).toBe(' up to 2021');
  });
});
