import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => pagefind);

const { writeIndex } = await import('../../../src/search/build/pagefind.ts');

const ok = { errors: [] as string[] };
function indexThat(overrides: { addDirectory?: () => Promise<unknown>; writeFiles?: () => Promise<unknown> } = {}) {
  return {
    addDirectory: vi.fn(overrides.addDirectory ?? (async () => ({ ...ok, page_count: 3 }))),
    writeFiles: vi.fn(overrides.writeFiles ?? (async () => ({ ...ok, outputPath: '/site/pagefind' }))),
  };
}

beforeEach(() => {
  pagefind.createIndex.mockReset();
  pagefind.close.mockReset().mockResolvedValue(undefined);
});

describe('writeIndex', () => {
  it('indexes the site into the bundle, returns the page count and closes Pagefind', async () => {
    const index = indexThat();
    pagefind.createIndex.mockResolvedValue({ index, errors: [] });
    expect(await writeIndex('/site', '/site/pagefind')).toBe(3);
    expect(pagefind.createIndex).toHaveBeenCalledWith({ forceLanguage: 'en' });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Pagefind cannot start', () => pagefind.createIndex.mockResolvedValue({ errors: ['no binary'] }), /could not start: no binary/],
    ['createIndex rejects', () => pagefind.createIndex.mockRejectedValue(new Error('spawn failed')), /spawn failed/],
    [
      'indexing reports errors',
      () => pagefind.createIndex.mockResolvedValue({ index: indexThat({ addDirectory: async () => ({ errors: ['bad html'], page_count: 0 }) }), errors: [] }),
      /failed to index: bad html/,
    ],
    [
      'writing reports errors',
      () => pagefind.createIndex.mockResolvedValue({ index: indexThat({ writeFiles: async () => ({ errors: ['disk full'] }) }), errors: [] }),
      /failed to write: disk full/,
    ],
    [
      'writing rejects',
      () =>
        pagefind.createIndex.mockResolvedValue({
          index: indexThat({
            writeFiles: async () => {
              throw new Error('EACCES');
            },
          }),
          errors: [],
        }),
      /EACCES/,
    ],
  ])('closes Pagefind when %s', async (_, arrange, message) => {
    arrange();
    await expect(writeIndex('/site', '/site/pagefind')).rejects.toThrow(message);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
