import { describe, expect, it } from 'vitest';
import { findUntrustedMdx } from '../../src/content/mdx-policy.ts';
import { mdxSource } from '../../src/content/mdx-source.ts';

describe('mdxSource', () => {
  it.each([
    ['ordinary YAML frontmatter', '---\ntitle: x\n---\n\nbody {x}\n', '   \n        \n   \n\nbody {x}\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: x\n---\nbody', '    \n        \n   \nbody'],
    ['CRLF line ends', '---\r\ntitle: x\r\n---\r\n\r\nbody\r\n', '   \r\n        \r\n   \r\n\r\nbody\r\n'],
    ['trailing blanks on the closing fence', '---\ntitle: x\n--- \t\nbody', '   \n        \n     \nbody'],
  ])('blanks the frontmatter block of %s, keeping line ends', (_name, code, content) => {
    expect(mdxSource(code)).toEqual({ frontmatter: 'title: x', delimiter: '---', startLine: 2, content });
  });

  it.each([
    ['no frontmatter', 'just {a} body'],
    ['an unclosed fence', '---\ntitle: x\nbody {x}'],
    ['blank lines before the fence', '\n\n---\ntitle: x\n---\nbody'],
    ['a fence later in the file', 'body\n---\ntitle: x\n---\n'],
    ['text right after the closing fence', '---\ntitle: x\n---{process.env.X}\n'],
  ])('leaves %s whole, for MDX to read every character', (_name, code) => {
    expect(mdxSource(code)).toEqual({ frontmatter: '', delimiter: undefined, startLine: 1, content: code });
  });

  it('marks TOML frontmatter, which no reader takes', () => {
    expect(mdxSource('+++\ntitle = "x"\n+++\nbody').delimiter).toBe('+++');
  });

  it('keeps lines and columns: the body starts on the same line as in the file', () => {
    const code = '---\ntitle: x\nadded: 2026-01-01\n---\n\n{x}';
    expect(mdxSource(code).content.split('\n')[5]).toBe('{x}');
  });
});

describe('the frontmatter rule of the MDX policy', () => {
  it('refuses a line inside the block that starts with ---, where Astro’s rule would close it and compile the rest', () => {
    const code = '---\ntitle: x\n---{process.env.SECRET}\n---\n\nbody\n';
    expect(findUntrustedMdx(code, 'x.mdx')).toMatchObject([{ rule: 'frontmatter', line: 3, found: 'a line starting with "---" inside the frontmatter' }]);
  });

  it('names the line of a layout field', () => {
    expect(findUntrustedMdx('---\ntitle: x\nlayout: ../pwn.astro\n---\n\nbody\n', 'x.mdx')).toMatchObject([{ rule: 'frontmatter', field: 'layout', line: 3 }]);
  });
});
