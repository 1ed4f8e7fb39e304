import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, laterPages, pageCount, pageItems, pagerLinks, pageSize, pageUrl } from '../../src/catalog/pages.ts';

describe('list pages', () => {
  it('split a list into pages of a fixed size, every item on exactly one page', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageCount(items.length, 10)).toBe(3);
    const pages = [1, 2, 3].map((p) => pageItems(items, p, 10));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(items);
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(20, 10)).toBe(2);
  });

  it('give page 1 the list’s own URL and later pages /page/n/', () => {
    expect(pageUrl('/topics/pruning/', 1)).toBe('/topics/pruning/');
    expect(pageUrl('/topics/pruning/', 4)).toBe('/topics/pruning/page/4/');
    expect(pageUrl('/', 2, '/papers/')).toBe('/papers/page/2/');
    expect(pageUrl('/', 1, '/papers/')).toBe('/');
    expect(laterPages(23, 10)).toEqual([2, 3]);
    expect(laterPages(10, 10)).toEqual([]);
  });

  it('show the first, last and nearby pages in the pager, with gaps between', () => {
    const shape = (current: number, count: number) => pagerLinks('/', current, count).map((l) => (l === null ? '…' : l.current ? `[${l.page}]` : String(l.page)));
    expect(shape(1, 1)).toEqual([]);
    expect(shape(1, 3)).toEqual(['[1]', '2', '3']);
    expect(shape(10, 40)).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '40']);
    expect(shape(40, 40)).toEqual(['1', '…', '38', '39', '[40]']);
    expect(pagerLinks('/t/', 2, 3)[0]).toEqual({ page: 1, url: '/t/', current: false });
  });

  it('read the page size from PAGE_SIZE, refusing what is not a positive whole number', () => {
    expect(pageSize({})).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize({ PAGE_SIZE: '5' })).toBe(5);
    expect(() => pageSize({ PAGE_SIZE: '0' })).toThrow(/PAGE_SIZE: expected a positive whole number of papers per list page, found "0"/);
    expect(() => pageSize({ PAGE_SIZE: 'ten' })).toThrow(/found "ten"\. Hint: unset it/);
  });
});
