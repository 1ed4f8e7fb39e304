import { describe, expect, it } from 'vitest';
import { arxivFromUrl, bareArxiv, bareDoi, doiFromUrl, isArxiv, isDoi } from '../../src/bibliography/identifiers.ts';

describe('identifiers', () => {
  it.each([
    ['10.1145/3065386', '10.1145/3065386'],
    ['https://doi.org/10.1145/3065386', '10.1145/3065386'],
    ['http://dx.doi.org/10.1145/3065386', '10.1145/3065386'],
    ['doi:10.1145/3065386', '10.1145/3065386'],
    ['DOI 10.1007/978-3-540-27816-5', '10.1007/978-3-540-27816-5'],
    ['https://www.doi.org/10.1145/3065386', '10.1145/3065386'],
    ['http://doi.acm.org/10.1145/359545.359563', '10.1145/359545.359563'],
    ['doi.org/10.1145/3065386', '10.1145/3065386'],
    ['10.1145/1234\\_5678', '10.1145/1234_5678'],
    ['{10.1145/3065386}', '10.1145/3065386'],
    ['https://doi.org/10.1002/(SICI)1097-4571(1999)50:9<840::AID-ASI15>3.0.CO%3B2-5', '10.1002/(SICI)1097-4571(1999)50:9<840::AID-ASI15>3.0.CO;2-5'],
    ['10.1000/100%25', '10.1000/100%25'],
  ])('bare DOI of %s', (input, doi) => {
    expect(bareDoi(input)).toBe(doi);
    expect(isDoi(bareDoi(input)!)).toBe(true);
  });
  it.each([
    ['2106.09685', '2106.09685'],
    ['2106.09685v2', '2106.09685'],
    ['arXiv:1706.03762', '1706.03762'],
    ['hep-th/9802150v1', 'hep-th/9802150'],
    ['2106.09685 [cs.CL]', '2106.09685'],
    ['arXiv:2106.09685v3 [stat.ML]', '2106.09685'],
    ['math/0601001 [math.AG]', 'math/0601001'],
  ])('bare arXiv ID of %s', (input, id) => {
    expect(bareArxiv(input)).toBe(id);
    expect(isArxiv(bareArxiv(input)!)).toBe(true);
  });
  it('reads IDs from URLs only when the URL is an arXiv or doi.org link', () => {
    expect(arxivFromUrl('https://arxiv.org/abs/2106.09685v1')).toBe('2106.09685');
    expect(arxivFromUrl('https://arxiv.org/pdf/2106.09685.pdf')).toBe('2106.09685');
    expect(arxivFromUrl('https://example.org/abs/2106.09685')).toBeUndefined();
    expect(doiFromUrl('https://doi.org/10.1145/3065386')).toBe('10.1145/3065386');
    expect(doiFromUrl('https://example.org/10.1145/3065386')).toBeUndefined();
  });
  it('rejects what is no identifier', () => {
    expect(isDoi('doi.org/10.1000')).toBe(false);
    expect(isDoi('10.12/x')).toBe(false);
    expect(isArxiv('1706.037')).toBe(false);
  });
});
