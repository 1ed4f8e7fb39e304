import { describe, expect, it } from 'vitest';
import { venueFilter } from '../../../src/search/build/venue-filter.ts';

describe('venueFilter', () => {
  it.each([
    'arXiv preprint arXiv:2106.09685',
    'arXiv preprint arXiv:hep-th/9901001v2',
    'ArXiv',
    'arXiv',
    'arXiv preprint',
    'arXiv e-prints',
    'arXiv:2106.09685 [cs.CL]',
  ])('files %s under arXiv', (venue) => {
    expect(venueFilter(venue)).toBe('arXiv');
  });
  it.each(['CoRR', 'Advances in Neural Information Processing Systems', 'arXiv Mathematics Review', 'Proceedings of arXiv Day 2021'])('keeps %s', (venue) => {
    expect(venueFilter(venue)).toBe(venue);
  });
});
