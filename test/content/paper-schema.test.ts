import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-error.ts';
import { friendlyZodProblems } from '../../src/content/friendly-error.ts';
import { paperSchema } from '../../src/content/paper-schema.ts';

const valid = { title: 'Go Wider Instead of Deeper', tags: ['cnn-backbones'], added: '2026-11-26' };

function messages(data: Record<string, unknown>): string[] {
  const result = paperSchema.safeParse(data);
  if (result.success) throw new Error('expected the schema to reject this frontmatter');
  return friendlyZodProblems(result.error, data, 'content/papers/x.mdx').map(formatProblem);
}

describe('paperSchema', () => {
  it('accepts a minimal entry and fills the defaults', () => {
    const data = paperSchema.parse(valid);
    expect(data).toMatchObject({ title: valid.title, tags: ['cnn-backbones'], pinnedTags: [], droppedTags: [], links: [], versions: [], authors: [] });
    expect(data.added.toISOString().slice(0, 10)).toBe('2026-11-26');
  });

  it('accepts every optional field in its documented shape', () => {
    expect(
      paperSchema.safeParse({
        ...valid,
        source: { file: 'a.txt', position: 3 },
        arxiv: '2106.09685v2',
        doi: '10.1000/xyz123',
        authors: ['Ada Lovelace'],
        year: 2024,
        links: ['https://github.com/a/b'],
        versions: ['other-paper'],
        pinnedTags: ['lora'],
        droppedTags: ['pruning'],
      }).success,
    ).toBe(true);
  });

  it.each([
    [
      'a missing title',
      { tags: [], added: '2026-11-26' },
      'content/papers/x.mdx, field "title": expected text (the field is required), found nothing (the field is missing).\n  Hint: write the paper title on one line, e.g. title: "Attention Is All You Need"',
    ],
    [
      'a single tag where a list belongs',
      { ...valid, pinnedTags: 'lora' },
      'content/papers/x.mdx, field "pinnedTags": expected a list, e.g. [a, b], found the text "lora".\n  Hint: list topic slugs from content/topics.yaml, e.g. pinnedTags: [lora]',
    ],
    [
      'a year written as text',
      { ...valid, year: 'twenty-twenty' },
      'content/papers/x.mdx, field "year": expected a number, found the text "twenty-twenty".\n  Hint: write the year as a number, e.g. year: 2024',
    ],
    [
      'a tag that is not a slug',
      { ...valid, tags: ['State Space Models'] },
      'content/papers/x.mdx, field "tags.0": expected a slug: lower-case letters and digits joined by single hyphens, e.g. "state-space-models", found the text "State Space Models".\n  Hint: leave tags to ingest (run `npm run ingest`); to force a tag use pinnedTags, to reject one use droppedTags',
    ],
    [
      'a date that is not a date',
      { ...valid, added: 'yesterday' },
      'content/papers/x.mdx, field "added": expected a date written as YYYY-MM-DD, found the text "yesterday".\n  Hint: write the day the paper joined the catalog as YYYY-MM-DD, e.g. added: 2026-11-26',
    ],
    [
      'an arXiv URL instead of an identifier',
      { ...valid, arxiv: 'https://arxiv.org/abs/2106.09685' },
      'content/papers/x.mdx, field "arxiv": expected an arXiv identifier such as "2106.09685", found the text "https://arxiv.org/abs/2106.09685".\n  Hint: write only the identifier, e.g. arxiv: "2106.09685", not the URL',
    ],
    [
      'a misspelt field',
      { ...valid, tagz: ['x'] },
      'content/papers/x.mdx, field "tagz": expected only the known fields ("tagz" is not one), found the field "tagz".\n  Hint: check the spelling against the fields listed in CONTRIBUTING.md, or remove it',
    ],
  ])('reports %s with file, field, expectation, finding and hint', (_name, data, message) => {
    expect(messages(data)).toEqual([message]);
  });
});
