import { describe, expect, it } from 'vitest';
import { paperPageInputs, type PageCatalog, type PagePaper } from '../../src/catalog/paper-page-inputs.ts';
import type { Topic } from '../../src/topics/types.ts';

const paper = (id: string, tags: string[], title = `Title ${id}`): PagePaper => ({ id, data: { title, tags } });
const topic = (slug: string, name = slug.toUpperCase(), parent?: string): Topic => ({ slug, name, description: '', aliases: [], patterns: [], ...(parent ? { parent } : {}) });

/** Papers a–d; a and b share topic t (a child of p), a, c and d carry u (a's second topic, c's and d's main one). */
function catalog(change: { tName?: string; tPapers?: string[]; uPapers?: string[]; bTitle?: string; authors?: number; cAuthorName?: string } = {}): { papers: PagePaper[]; catalog: PageCatalog } {
  const papers = [paper('a', ['t', 'u']), paper('b', ['t'], change.bTitle), paper('c', ['u']), paper('d', ['u'])];
  papers[2]!.data['authors'] = ['Vaswani, Ashish'];
  const authors = new Map(Array.from({ length: change.authors ?? 0 }, (_, i) => [`author-${i}`, { name: `Author ${i}` }]));
  if (change.cAuthorName) authors.set('ashish-vaswani', { name: change.cAuthorName });
  const vocabulary = new Map([
    ['t', topic('t', change.tName, 'p')],
    ['p', topic('p')],
    ['u', topic('u')],
  ]);
  return {
    papers,
    catalog: {
      topicBySlug: new Map([
        ['t', { papers: change.tPapers ?? ['a', 'b'], parent: 'p' }],
        ['p', { papers: ['a', 'b'] }],
        ['u', { papers: change.uPapers ?? ['a', 'c', 'd'] }],
      ]),
      evidence: new Map(),
      describe: (slug) => vocabulary.get(slug) ?? topic(slug),
      versions: new Map(),
      bySlug: new Map(papers.map((p) => [p.id, p])),
      authors,
    },
  };
}

/** Paper `id`'s inputs in catalog order, with b as a's related paper. */
function inputsOf(id: string, world: ReturnType<typeof catalog>): string {
  const i = world.papers.findIndex((p) => p.id === id);
  const related = id === 'a' ? [{ id: 'b', score: 0.5, sharedTags: ['t'], version: false }] : [];
  return JSON.stringify(paperPageInputs(world.papers[i]!, { text: 'x', html: '<p>x</p>' }, world.papers[i - 1], world.papers[i + 1], world.catalog, related));
}

describe('paperPageInputs', () => {
  it('is the same for the same catalog', () => {
    expect(inputsOf('a', catalog())).toBe(inputsOf('a', catalog()));
  });

  it('changes with what the page shows of the catalog around it', () => {
    const base = catalog();
    // the chips, the trail and the shared topics of related papers name T
    expect(inputsOf('a', catalog({ tName: 'Renamed' }))).not.toBe(inputsOf('a', base));
    // b is a's next paper and its related paper; c's previous paper
    expect(inputsOf('a', catalog({ bTitle: 'New title' }))).not.toBe(inputsOf('a', base));
    expect(inputsOf('c', catalog({ bTitle: 'New title' }))).not.toBe(inputsOf('c', base));
    // the navigation lists authors once a paper names one
    expect(inputsOf('d', catalog({ authors: 1 }))).not.toBe(inputsOf('d', base));
    // the search's author filter names c's author as their page does, a form other papers may write
    expect(inputsOf('c', catalog({ cAuthorName: 'Ashish Váswani' }))).not.toBe(inputsOf('c', catalog({ cAuthorName: 'Ashish Vaswani' })));
  });

  it('does not change with what the page does not show', () => {
    const base = catalog();
    // d neither neighbours b nor shares a topic with it
    expect(inputsOf('d', catalog({ bTitle: 'New title' }))).toBe(inputsOf('d', base));
    expect(inputsOf('d', catalog({ tName: 'Renamed', tPapers: ['a', 'b', 'e'] }))).toBe(inputsOf('d', base));
    // a paper joining a topic leaves the pages of the topic's other papers as they were: the pager
    // says "All papers in T", without a count that would change every one of them
    expect(inputsOf('a', catalog({ tPapers: ['a', 'b', 'e'] }))).toBe(inputsOf('a', base));
    expect(inputsOf('c', catalog({ uPapers: ['a', 'c', 'd', 'e'] }))).toBe(inputsOf('c', base));
  });

  it("stands for the entry's frontmatter and abstract by the loader's digest when it has one", () => {
    const of = (digest: string | undefined, title: string, html: string) => {
      const world = catalog();
      const a = { ...world.papers[0]!, data: { ...world.papers[0]!.data, title }, ...(digest === undefined ? {} : { digest }) };
      return JSON.stringify(paperPageInputs(a, { text: html, html }, undefined, world.papers[1], world.catalog, []));
    };
    // the digest covers the entry's text and its renderer: equal digests, equal entry
    expect(of('d1', 'One', '<p>x</p>')).toBe(of('d1', 'Two', '<p>y</p>'));
    expect(of('d2', 'One', '<p>x</p>')).not.toBe(of('d1', 'One', '<p>x</p>'));
    // without one, the frontmatter and the abstract themselves
    expect(of(undefined, 'One', '<p>x</p>')).not.toBe(of(undefined, 'Two', '<p>x</p>'));
    expect(of(undefined, 'One', '<p>x</p>')).not.toBe(of(undefined, 'One', '<p>y</p>'));
  });
});
