// @astrojs/markdown-remark is the exact package (pinned by astro and @astrojs/mdx) whose
// frontmatter rule mdx-source.ts repeats; the test imports it only to compare the two.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { mdxSource } from '../../src/content/mdx-source.ts';

describe('mdxSource', () => {
  it.each([
    ['ordinary YAML frontmatter', '---\ntitle: x\n---\n\nbody {x}\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: x\n---\nbody'],
    ['blank lines before the fence', '\n\n---\ntitle: x\n---\nbody'],
    ['CRLF line ends', '---\r\ntitle: x\r\n---\r\n\r\nbody\r\n'],
    ['no frontmatter', 'just {a} body'],
    ['an unclosed fence', '---\ntitle: x\nbody {x}'],
    ['a fence later in the file', 'body\n---\ntitle: x\n---\n'],
    ['TOML frontmatter', '+++\ntitle = "x"\n+++\nbody'],
    ['text right after the closing fence', '---\ntitle: x\n---{process.env.X}\n'],
    ['an empty frontmatter', '---\n---\nbody'],
  ])('blanks the same region as Astro for %s', (_name, code) => {
    const astro = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
    const ours = mdxSource(code);
    expect(ours.content).toBe(astro.content);
    expect(ours.frontmatter).toBe(astro.rawFrontmatter);
  });

  it('keeps lines and columns: the body starts on the same line as in the file', () => {
    const code = '---\ntitle: x\nadded: 2026-01-01\n---\n\n{x}';
    expect(mdxSource(code).content.split('\n')[5]).toBe('{x}');
    expect(mdxSource(code).startLine).toBe(1);
    expect(mdxSource('\n\n---\na: 1\n---\n').startLine).toBe(3);
  });
});
