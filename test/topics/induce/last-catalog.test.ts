import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/topics/induce/catalog-text.ts';
import { forgetCatalogs, LastCatalog } from '../../../src/topics/induce/last-catalog.ts';
import { nearestPapers } from '../../../src/topics/induce/neighbours.ts';
import { indexPhrases, type PhraseIndex } from '../../../src/topics/induce/phrase-index.ts';
import { twoFields } from './two-fields.ts';

const papers = [
  { id: 'a', title: 'Graph neural networks', abstract: 'Message passing.', keywords: ['graphs'] },
  { id: 'b', title: 'Protein folding', abstract: 'Contact maps.' },
];

describe('LastCatalog', () => {
  it('gives back the value for a catalog of the same text, in other objects', () => {
    const memo = new LastCatalog<number>();
    memo.set(papers, 42);
    expect(memo.get(papers.map((p) => ({ ...p })))).toBe(42);
  });

  it('misses when an id, a title, an abstract, a keyword or the order differs', () => {
    const memo = new LastCatalog<number>();
    memo.set(papers, 1);
    const [a, b] = papers as [(typeof papers)[0], (typeof papers)[1]];
    for (const changed of [
      [{ ...a, id: 'x' }, b],
      [{ ...a, title: 'Graph networks' }, b],
      [a, { ...b, abstract: 'Contact map.' }],
      [{ ...a, keywords: ['graph'] }, b],
      [{ id: a.id, title: a.title, abstract: a.abstract }, b],
      [b, a],
      [a],
    ]) {
      expect(memo.get(changed)).toBeUndefined();
    }
  });

  it('misses once a paper it was given is edited in place', () => {
    const memo = new LastCatalog<number>();
    const keywords = ['graphs'];
    const own = [{ ...papers[0]!, keywords }, papers[1]!];
    memo.set(own, 1);
    keywords[0] = 'trees';
    expect(memo.get(own)).toBeUndefined();
  });

  it('forgets everything kept on forgetCatalogs()', () => {
    const memo = new LastCatalog<number>();
    memo.set(papers, 1);
    forgetCatalogs();
    expect(memo.get(papers)).toBeUndefined();
  });
});

function plain(index: PhraseIndex) {
  return {
    size: index.size,
    papersOf: [...index.papersOf],
    mentions: index.mentions.map((own) => [...own].map(([k, m]) => [k, m.title, m.abstract, m.keyword, m.defined, m.form])),
    occurrences: [...index.occurrences],
    followed: [...index.followed],
    followedAny: [...index.followedAny],
  };
}

describe('what induction keeps for tagging', () => {
  const catalog = twoFields();

  it('an index of some phrases, taken from the full index, equals one built afresh', () => {
    forgetCatalogs();
    const full = indexPhrases(readCatalog(catalog).papers);
    const only = new Set([...full.papersOf.keys()].filter((_, i) => i % 3 === 0));
    const taken = plain(indexPhrases(readCatalog(catalog).papers, only));
    forgetCatalogs();
    const afresh = plain(indexPhrases(readCatalog(catalog).papers, only));
    expect(only.size).toBeGreaterThan(10);
    expect(taken).toEqual(afresh);
  });

  it('an index of a phrase the full index did not count is built afresh', () => {
    forgetCatalogs();
    indexPhrases(readCatalog(catalog).papers);
    const rare = new Set(['rarely written phrase']);
    expect(indexPhrases(readCatalog(catalog).papers, rare).papersOf.size).toBe(0);
  });

  it("some papers' neighbours, taken from every paper's, equal those found afresh", () => {
    forgetCatalogs();
    const all = nearestPapers(catalog);
    const some = [0, 5, 17];
    const taken = nearestPapers(catalog, undefined, some);
    forgetCatalogs();
    const afresh = nearestPapers(catalog, undefined, some);
    expect(taken).toEqual(afresh);
    expect(taken[5]).toEqual(all[5]);
    expect(taken[1]).toEqual([]);
  });
});
