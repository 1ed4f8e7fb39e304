import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/topics/induce/catalog-text.ts';
import { groupPhrases, variantGroups } from '../../../src/topics/induce/group.ts';
import { nameKeyOf } from '../../../src/topics/induce/names.ts';
import { indexPhrases } from '../../../src/topics/induce/phrase-index.ts';

/** 40 papers: `lines[i]` is paper i's abstract, the rest say something unrelated. */
function indexOf(lines: readonly string[]) {
  const papers = Array.from({ length: 40 }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    title: `Paper ${i}`,
    abstract: lines[i] ?? `We study the weather ${i % 7} in spring.`,
  }));
  return indexPhrases(readCatalog(papers).papers);
}

describe('groupPhrases: a subject followed by a catalog-wide word', () => {
  // Eight papers write "fine-tuning", three of them "fine-tuning methods" (Jaccard 3/8: no merge by overlap).
  const verbs = ['adapt', 'help', 'change', 'move', 'cost'];
  const lines = [
    ...Array.from({ length: 3 }, (_, i) => `We compare fine-tuning methods on task ${i}.`),
    ...verbs.map((verb, i) => `We ${verb} model ${i} by fine-tuning.`),
  ];

  it('is that subject when the word is written by papers of any subject ("methods")', () => {
    // 20 of 40 papers write "method".
    const index = indexOf([...lines, ...Array.from({ length: 12 }, (_, i) => `A method for the weather ${i}.`)]);
    const groups = groupPhrases(['fine tuning', 'fine tuning method'], index);
    expect(groups.map((g) => g.keys)).toEqual([['fine tuning', 'fine tuning method']]);
  });

  it('stays a subject of its own when the word is not catalog-wide', () => {
    const index = indexOf(lines.map((l) => l.replace('methods', 'schedules')));
    const groups = groupPhrases(['fine tuning', 'fine tuning schedule'], index);
    expect(groups.map((g) => g.keys)).toEqual([['fine tuning'], ['fine tuning schedule']]);
  });
});

describe('nameKeyOf', () => {
  it('names a lone word by the phrase half its papers write it in ("Mott" → "Mott insulator")', () => {
    const index = indexOf([
      ...Array.from({ length: 4 }, (_, i) => `The Mott insulator phase ${i}.`),
      ...Array.from({ length: 2 }, (_, i) => `Mott physics ${i}.`),
    ]);
    expect(nameKeyOf('mott', ['mott', 'mott insulator'], index)).toBe('mott insulator');
    // A phrase head is its own name; so is a word the longer phrase holds in under half its papers.
    expect(nameKeyOf('mott insulator', ['mott insulator', 'mott'], index)).toBe('mott insulator');
    const few = indexOf([`The Mott insulator phase.`, ...Array.from({ length: 5 }, (_, i) => `Mott physics ${i}.`)]);
    expect(nameKeyOf('mott', ['mott', 'mott insulator'], few)).toBe('mott');
  });
});

describe('variantGroups', () => {
  it('joins keys alike by any spelling, through chains', () => {
    const first = (k: string) => k[0]!;
    const last = (k: string) => k.at(-1)!;
    // ab ~ ax by the first letter, ax ~ zx by the last: one group; qq stays alone
    expect([...variantGroups(['ab', 'ax', 'qq', 'zx'], first, last).values()]).toEqual([['ab', 'ax', 'zx'], ['qq']]);
  });
});
