import { describe, expect, it } from 'vitest';
import { indexVersions, versionsOf } from '../../src/catalog/versions.ts';

const paper = (id: string, versions: string[] = []) => ({ id, data: { versions } });

describe('versionsOf', () => {
  const papers = [paper('meshsdf', ['deepmesh']), paper('deepmesh'), paper('lora'), paper('preprint', ['meshsdf'])];

  it('lists what an entry declares and the entries that declare it, in catalog order', () => {
    expect(versionsOf('meshsdf', papers).map((p) => p.id)).toEqual(['deepmesh', 'preprint']);
    expect(versionsOf('deepmesh', papers).map((p) => p.id)).toEqual(['meshsdf']);
  });

  it('lists nothing for a paper without versions, and never the paper itself', () => {
    expect(versionsOf('lora', papers)).toEqual([]);
    expect(versionsOf('x', [paper('x', ['x'])])).toEqual([]);
  });
});

describe('indexVersions', () => {
  it('gives every paper its other versions in one pass, ignoring unknown slugs', () => {
    const index = indexVersions([paper('a', ['b', 'ghost']), paper('b'), paper('c', ['a'])]);
    expect([...index].map(([id, others]) => [id, others.map((p) => p.id)])).toEqual([
      ['a', ['b', 'c']],
      ['b', ['a']],
      ['c', ['a']],
    ]);
  });
});
