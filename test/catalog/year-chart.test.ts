import { describe, expect, it } from 'vitest';
import { yearChart } from '../../src/catalog/year-chart.ts';

describe('yearChart', () => {
  it('gives one bar a year from the first to the last, empty years included, heights against the busiest', () => {
    expect(yearChart([2019, 2017, 2019, 2021, 2019, 2017])).toEqual({
      bars: [
        { year: 2017, count: 2, height: 66.7 },
        { year: 2018, count: 0, height: 0 },
        { year: 2019, count: 3, height: 100 },
        { year: 2020, count: 0, height: 0 },
        { year: 2021, count: 1, height: 33.3 },
      ],
      undated: 0,
    });
  });

  it('counts the papers without a year apart', () => {
    expect(yearChart([2020, undefined, undefined])).toEqual({ bars: [{ year: 2020, count: 1, height: 100 }], undated: 2 });
  });

  it('has no bars when no paper has a year (a seed catalog), so the page shows no chart', () => {
    expect(yearChart([undefined, undefined])).toEqual({ bars: [], undated: 2 });
    expect(yearChart([])).toEqual({ bars: [], undated: 0 });
  });
});
