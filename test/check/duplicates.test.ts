import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDuplicates, NEAR_DUPLICATE_THRESHOLD, SHINGLE_SIZE } from '../../src/check/duplicates.ts';
import { checkSchema } from '../../src/check/schema.ts';
import { shingles, similarPairs } from '../../src/check/shingles.ts';
import type { CheckContext, ContentFile } from '../../src/check/types.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { parseSeed } from '../../src/ingest/parse-seed.ts';
import { ABSTRACT_A, ABSTRACT_B, entryFile } from './support/entries.ts';

function run(files: ContentFile[]): string[] {
  const { entries, findings } = checkSchema(files);
  expect(findings).toEqual([]);
  const context: CheckContext = { root: '.', files, entries, ingest: () => [] };
  return checkDuplicates(context).map(formatProblem);
}

const base = { tags: '[]', added: '2026-11-26' };
// the same abstract with a few words changed, as a journal version would be
const REVISED = ABSTRACT_A.replace('striking', 'remarkable').replace('without a Euclidean grid', 'without relying on a grid').replace('We introduce', 'This paper introduces');

describe('checkDuplicates', () => {
  it('reports the same title under two file names, on both files', () => {
    expect(
      run([
        entryFile('u-mup.mdx', { ...base, title: '"u-μP: Unit Scaling"' }, ABSTRACT_A),
        entryFile('u-mup-the-unit-scaled.mdx', { ...base, title: "'U-$\\mu$P: unit scaling'" }, ABSTRACT_B),
      ]),
    ).toEqual([
      'content/papers/u-mup.mdx, field "title": expected a paper not already in the catalog, found the same title as content/papers/u-mup-the-unit-scaled.mdx (equal once case, punctuation, LaTeX and accents are ignored), and no DOI, arXiv ID, author list or year that tells them apart.\n  Hint: the catalog holds each paper once: keep one of the files and delete the other; if they are two papers, give each its DOI, authors or year',
      'content/papers/u-mup-the-unit-scaled.mdx, field "title": expected a paper not already in the catalog, found the same title as content/papers/u-mup.mdx (equal once case, punctuation, LaTeX and accents are ignored), and no DOI, arXiv ID, author list or year that tells them apart.\n  Hint: the catalog holds each paper once: keep one of the files and delete the other; if they are two papers, give each its DOI, authors or year',
    ]);
  });

  it('takes one title with different DOIs, authors or years for two papers, and one title with one author list for one', () => {
    const editorial = (file: string, extra: Record<string, string>) => entryFile(file, { ...base, title: 'Editorial', ...extra }, '');
    expect(run([editorial('editorial.mdx', { year: '1990', authors: '["Beebe, Nelson"]' }), editorial('editorial-2.mdx', { year: '1991', authors: '["Beebe, Nelson"]' })])).toEqual([]);
    expect(run([editorial('editorial.mdx', { authors: '["Knuth, Donald"]' }), editorial('editorial-2.mdx', { authors: '["Beebe, Nelson"]' })])).toEqual([]);
    expect(run([editorial('editorial.mdx', { doi: '10.1000/a1' }), editorial('editorial-2.mdx', { doi: '10.1000/a2' })])).toEqual([]);
    // a preprint a year before its publication, by the same people: one paper
    expect(
      run([editorial('editorial.mdx', { year: '2023', arxiv: '"2301.00001"', authors: '["Beebe, Nelson"]' }), editorial('editorial-2.mdx', { year: '2024', doi: '10.1000/a2', authors: '["Nelson Beebe"]' })]),
    ).toHaveLength(2);
  });

  it('reports a near-duplicate abstract with its share and how to declare a version', () => {
    expect(
      run([
        entryFile('meshsdf.mdx', { ...base, title: 'MeshSDF' }, ABSTRACT_A),
        entryFile('deepmesh.mdx', { ...base, title: 'DeepMesh' }, REVISED),
        entryFile('lora.mdx', { ...base, title: 'LoRA' }, ABSTRACT_B),
      ]),
    ).toEqual([
      'content/papers/meshsdf.mdx: expected an abstract of its own (at most 20% of three-word phrases shared with another entry), found 57% of its phrases shared with content/papers/deepmesh.mdx ("DeepMesh").\n  Hint: if one is another version of the other (preprint and journal paper, extended version), add `versions: [deepmesh]` to this entry\'s frontmatter; if they are the same paper, keep one file',
      'content/papers/deepmesh.mdx: expected an abstract of its own (at most 20% of three-word phrases shared with another entry), found 57% of its phrases shared with content/papers/meshsdf.mdx ("MeshSDF").\n  Hint: if one is another version of the other (preprint and journal paper, extended version), add `versions: [meshsdf]` to this entry\'s frontmatter; if they are the same paper, keep one file',
    ]);
  });

  it('accepts a near-duplicate declared in versions on either side', () => {
    const pair = (a: Record<string, string>, b: Record<string, string>) => [
      entryFile('meshsdf.mdx', { ...base, title: 'MeshSDF', ...a }, ABSTRACT_A),
      entryFile('deepmesh.mdx', { ...base, title: 'DeepMesh', ...b }, REVISED),
    ];
    expect(run(pair({ versions: '[deepmesh]' }, {}))).toEqual([]);
    expect(run(pair({}, { versions: '[meshsdf]' }))).toEqual([]);
    expect(run(pair({ versions: '[deepmesh]' }, { versions: '[meshsdf]' }))).toEqual([]);
  });

  it('still refuses an equal title when versions are declared: the same title is the same paper', () => {
    expect(
      run([
        entryFile('a.mdx', { ...base, title: 'Same Title', versions: '[b]' }, ABSTRACT_A),
        entryFile('b.mdx', { ...base, title: 'same title.' }, REVISED),
      ]),
    ).toHaveLength(2);
  });
});

describe('checkDuplicates: DOIs and arXiv IDs', () => {
  // an imported entry (bibliographic fields) beside a seeded one (title, abstract, source)
  const imported = (name: string, fields: Record<string, string>, body = ABSTRACT_A) => entryFile(name, { ...base, title: `"${name}"`, ...fields }, body);
  const seeded = (name: string, fields: Record<string, string>, body = ABSTRACT_B) => entryFile(name, { ...base, title: `"${name}"`, source: '{ file: seed.txt, position: 1 }', ...fields }, body);

  it('reports one DOI on two entries, compared without case, on both files', () => {
    expect(run([imported('a.mdx', { doi: '10.1000/XYZ.1' }), seeded('b.mdx', { doi: '10.1000/xyz.1' })])).toEqual([
      'content/papers/a.mdx, field "doi": expected a DOI no other entry has, found DOI 10.1000/XYZ.1, also the DOI of content/papers/b.mdx ("b.mdx").\n  Hint: a DOI names one publication, so these are one paper: keep one file (with what each knows) and delete the other',
      'content/papers/b.mdx, field "doi": expected a DOI no other entry has, found DOI 10.1000/xyz.1, also the DOI of content/papers/a.mdx ("a.mdx").\n  Hint: a DOI names one publication, so these are one paper: keep one file (with what each knows) and delete the other',
    ]);
  });

  it('refuses one DOI even when the entries declare each other versions', () => {
    expect(run([imported('a.mdx', { doi: '10.1000/x', versions: '[b]' }), seeded('b.mdx', { doi: '10.1000/x' })])).toHaveLength(2);
  });

  it('reports one arXiv ID on two entries, versions of the ID ignored, with how to declare a version', () => {
    expect(run([imported('a.mdx', { arxiv: '"2106.09685v2"' }), seeded('b.mdx', { arxiv: '"2106.09685"' })])).toEqual([
      'content/papers/a.mdx, field "arxiv": expected an arXiv ID no other entry has, found arXiv ID 2106.09685, also the arXiv ID of content/papers/b.mdx ("b.mdx").\n  Hint: if one is another version of the other (the journal version of a preprint), add `versions: [b]` to this entry\'s frontmatter; if they are the same paper, keep one file',
      'content/papers/b.mdx, field "arxiv": expected an arXiv ID no other entry has, found arXiv ID 2106.09685, also the arXiv ID of content/papers/a.mdx ("a.mdx").\n  Hint: if one is another version of the other (the journal version of a preprint), add `versions: [a]` to this entry\'s frontmatter; if they are the same paper, keep one file',
    ]);
  });

  it('knows an arXiv DOI as the arXiv ID it names', () => {
    expect(run([imported('a.mdx', { doi: '10.48550/arXiv.2203.03466' }), seeded('b.mdx', { arxiv: 'hep-th/9901001' }), seeded('c.mdx', { arxiv: '"2203.03466"' }, ABSTRACT_A)])).toEqual([
      'content/papers/a.mdx, field "doi": expected an arXiv ID no other entry has, found arXiv ID 2203.03466 (its DOI 10.48550/arXiv.2203.03466), also the arXiv ID of content/papers/c.mdx ("c.mdx").\n  Hint: if one is another version of the other (the journal version of a preprint), add `versions: [c]` to this entry\'s frontmatter; if they are the same paper, keep one file',
      'content/papers/c.mdx, field "arxiv": expected an arXiv ID no other entry has, found arXiv ID 2203.03466, also the arXiv ID of content/papers/a.mdx ("a.mdx").\n  Hint: if one is another version of the other (the journal version of a preprint), add `versions: [a]` to this entry\'s frontmatter; if they are the same paper, keep one file',
    ]);
  });

  it('accepts one arXiv ID on entries declared versions of each other', () => {
    expect(run([imported('a.mdx', { arxiv: '"2106.09685"', doi: '10.1000/journal.1', versions: '[b]' }), seeded('b.mdx', { arxiv: '"2106.09685"' })])).toEqual([]);
  });

  it('accepts different identifiers, and says one thing of a pair that shares DOI, title and abstract', () => {
    expect(run([imported('a.mdx', { doi: '10.1000/a', arxiv: '"2106.00001"' }), seeded('b.mdx', { doi: '10.1000/b', arxiv: '"2106.00002"' })])).toEqual([]);
    const both = run([entryFile('a.mdx', { ...base, title: 'Same', doi: '10.1000/a' }, ABSTRACT_A), entryFile('b.mdx', { ...base, title: 'same', doi: '10.1000/a' }, ABSTRACT_A)]);
    expect(both.map((m) => m.split(':')[0])).toEqual(['content/papers/a.mdx, field "doi"', 'content/papers/b.mdx, field "doi"']);
  });
});

describe('the threshold, on the 219 seed papers', () => {
  const seed = parseSeed(readFileSync(join(import.meta.dirname, '../../seeds/000_3e2e2a5540f5c922.txt'), 'utf8'), 'seed');
  const sets = seed.map((p) => shingles(p.abstract, SHINGLE_SIZE));

  it('flags exactly one pair: MeshSDF and its journal version DeepMesh', () => {
    const pairs = similarPairs(sets, NEAR_DUPLICATE_THRESHOLD).map(({ i, j }) => [seed[i]!.title, seed[j]!.title]);
    expect(pairs).toEqual([['MeshSDF: Differentiable Iso-Surface Extraction', 'DeepMesh: Differentiable Iso-Surface Extraction']]);
  });

  it('leaves a wide margin: every other pair shares under a quarter of the threshold', () => {
    const others = similarPairs(sets, 0.01).slice(1);
    expect(others[0]!.similarity).toBeLessThan(NEAR_DUPLICATE_THRESHOLD / 4);
  });
});
