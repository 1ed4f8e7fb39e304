import { describe, expect, it } from 'vitest';
import { parseEntry, replaceField, serializeEntry } from '../../src/content/entry-file.ts';

const entry = serializeEntry(
  { title: 'u-μP: The Unit-Scaled Maximal Update Parametrization', tags: ['mup', 'scaling-laws'], source: { file: 's.txt', position: 3 }, added: '2026-11-26' },
  'An abstract with \\{braces\\}.',
);

describe('serializeEntry', () => {
  it('writes frontmatter in a fixed order with tags on one line, then the body', () => {
    expect(entry).toBe(
      '---\ntitle: "u-μP: The Unit-Scaled Maximal Update Parametrization"\ntags: [mup, scaling-laws]\nsource:\n  file: s.txt\n  position: 3\nadded: 2026-11-26\n---\n\nAn abstract with \\{braces\\}.\n',
    );
  });

  it('round-trips through parseEntry', () => {
    const parsed = parseEntry(entry, 'x.mdx');
    expect(parsed.data).toEqual({ title: 'u-μP: The Unit-Scaled Maximal Update Parametrization', tags: ['mup', 'scaling-laws'], source: { file: 's.txt', position: 3 }, added: '2026-11-26' });
    expect(parsed.body).toBe('An abstract with \\{braces\\}.\n');
  });

  it('quotes titles that YAML would misread', () => {
    for (const title of ['Title: Subtitle', '[Bracketed] start', "It's #1 - yes", '- dash', 'null', '2024', '@home', 'a: b # c', '$\\mathcal {O}$ rate']) {
      expect(parseEntry(serializeEntry({ title, tags: [] }, 'x'), 'x.mdx').data['title']).toBe(title);
    }
  });
});

describe('replaceField', () => {
  const handEdited = [
    '---',
    '# a comment a person wrote',
    "title: 'Kept: exactly as typed'",
    'tags:',
    '  - old-tag',
    '  - other',
    'pinnedTags: [lora]   # keep this',
    'added: 2024-01-02',
    '---',
    '',
    'Body *as edited*.',
    '',
  ].join('\n');

  it('replaces only the tags field, keeping every other byte', () => {
    const out = replaceField(handEdited, 'tags', ['lora', 'peft']);
    expect(out).toBe(handEdited.replace('tags:\n  - old-tag\n  - other', 'tags: [lora, peft]'));
  });

  it('replaces a nested field such as source', () => {
    const out = replaceField(entry, 'source', { file: 't.txt', position: 9 });
    expect(out).toBe(entry.replace('  file: s.txt\n  position: 3', '  file: t.txt\n  position: 9'));
  });

  it('adds a missing field right under the title', () => {
    const out = replaceField('---\ntitle: T\nadded: 2024-01-02\n---\n\nBody\n', 'tags', ['a']);
    expect(out).toBe('---\ntitle: T\ntags: [a]\nadded: 2024-01-02\n---\n\nBody\n');
  });

  it('leaves a file without frontmatter alone', () => {
    expect(replaceField('no frontmatter', 'tags', ['a'])).toBe('no frontmatter');
  });
});

describe('parseEntry errors name the file and line', () => {
  it('a missing frontmatter block', () => {
    expect(() => parseEntry('Just an abstract.', 'content/papers/x.mdx')).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: content/papers/x.mdx, line 1: expected a frontmatter block opened and closed by lines of three dashes ("---"), found no such block.
        Hint: start the file with "---", the YAML fields, and "---", then the abstract; see CONTRIBUTING.md]
    `);
  });

  it('broken YAML', () => {
    expect(() => parseEntry('---\ntitle: A: B\n---\nx', 'content/papers/x.mdx')).toThrow(/content\/papers\/x\.mdx, line 2: expected valid YAML frontmatter, found .*\n {2}Hint: quote values/);
  });
});
