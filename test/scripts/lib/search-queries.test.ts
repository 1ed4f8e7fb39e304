import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuerySet } from '../../../scripts/lib/search-queries.ts';
import { ContentError } from '../../../src/content/content-error.ts';
import { loadVocabulary } from '../../../src/topics/vocabulary.ts';

/** Whether a judged id names a paper in content/ or a topic of the vocabulary: what the built site will have. */
const topicSlugs = new Set(loadVocabulary().map((t) => t.slug));
const inContent = (id: string) => (id.startsWith('topics/') ? topicSlugs.has(id.slice('topics/'.length)) : existsSync(`content/papers/${id}.mdx`));

const dir = mkdtempSync(join(tmpdir(), 'search-queries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(data: unknown): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}
const valid = {
  about: 'test',
  knownItem: [{ query: 'CondConv', expect: 'condconv', kind: 'acronym' }],
  topical: [{ query: 'pruning', kind: 'topic', relevant: ['topics/pruning', 'condconv'] }],
};

describe('loadQuerySet', () => {
  it('reads the committed query set, every judged page one the catalog has', () => {
    const set = loadQuerySet('test/fixtures/search-queries.json', inContent);
    expect(set.knownItem.length).toBeGreaterThan(0);
    expect(set.topical.length).toBeGreaterThan(0);
  });

  it('names the field and the value of a page the site does not have', () => {
    const file = write(valid);
    const load = () => loadQuerySet(file, (id) => id !== 'condconv');
    expect(load).toThrow(ContentError);
    expect(load).toThrow(/field "knownItem\.0\.expect": expected the slug of a built paper page, found "condconv"/);
    expect(load).toThrow(/field "topical\.0\.relevant\.1"/);
  });

  it('names the field of a query set of the wrong shape', () => {
    const file = write({ ...valid, knownItem: [{ ...valid.knownItem[0], kind: 'guess' }] });
    expect(() => loadQuerySet(file, () => true)).toThrow(/field "knownItem\.0\.kind".*found "guess"/);
  });
});
