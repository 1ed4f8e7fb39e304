import { describe, expect, it } from 'vitest';
import { byYear, worthOrderingByYear, yearGroups } from '../../src/catalog/year-order.ts';

const year = (p: { year?: number }) => p.year;
const papers = [{ id: 'a', year: 2019 }, { id: 'b' }, { id: 'c', year: 2023 }, { id: 'd', year: 2019 }, { id: 'e', year: 2021 }, { id: 'f' }];

describe('byYear', () => {
  it('puts the newest year first, papers without a year last, and keeps list order within a year', () => {
    expect(byYear(papers, year).map((p) => p.id)).toEqual(['c', 'e', 'a', 'd', 'b', 'f']);
  });
  it('leaves the list it is given alone', () => {
    byYear(papers, year);
    expect(papers.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('worthOrderingByYear', () => {
  it('is true only when two papers have different years', () => {
    expect(worthOrderingByYear(papers, year)).toBe(true);
    expect(worthOrderingByYear([{ year: 2020 }, {}, { year: 2020 }], year)).toBe(false);
    expect(worthOrderingByYear([{}, {}], year)).toBe(false);
    expect(worthOrderingByYear([], year)).toBe(false);
  });
});

describe('yearGroups', () => {
  it('splits a by-year page into runs of one year, the undated last', () => {
    expect(yearGroups(byYear(papers, year), year).map((g) => [g.year, g.items.map((p) => p.id).join('')])).toEqual([
      [2023, 'c'],
      [2021, 'e'],
      [2019, 'ad'],
      [undefined, 'bf'],
    ]);
  });
});
