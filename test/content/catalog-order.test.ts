import { describe, expect, it } from 'vitest';
import { catalogOrder } from '../../src/content/catalog-order.ts';

const seeded = (file: string, position: number, title = 'T') => ({ data: { source: { file, position }, title } });
const written = (title: string) => ({ data: { title } });

describe('catalogOrder', () => {
  it('lists seeded entries by seed file and position, then the others by title', () => {
    const entries = [written('Zeta'), seeded('b.txt', 1), written('Alpha'), seeded('a.txt', 10), seeded('a.txt', 2)];
    expect(entries.sort(catalogOrder)).toEqual([seeded('a.txt', 2), seeded('a.txt', 10), seeded('b.txt', 1), written('Alpha'), written('Zeta')]);
  });
});
