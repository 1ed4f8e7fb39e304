import { describe, expect, it } from 'vitest';
import { renderMdx } from '../../support/render-mdx.ts';

describe('remarkBareLinks', () => {
  it.each([
    ['a bare URL', 'Code: https://github.com/org/repo', 'Code: <a href="https://github.com/org/repo">https://github.com/org/repo</a>'],
    ['trailing punctuation stays outside', 'See https://a.io/x.', 'See <a href="https://a.io/x">https://a.io/x</a>.'],
    ['stripped LaTeX after the URL', 'https://github.com/yfguo91/MPBN\\{MPBN\\}.', '<a href="https://github.com/yfguo91/MPBN">https://github.com/yfguo91/MPBN</a>{MPBN}.'],
    ['several URLs in one sentence', 'https://a.io/1 and https://b.io/2', '<a href="https://a.io/1">https://a.io/1</a> and <a href="https://b.io/2">https://b.io/2</a>'],
    ['an existing link is left alone', '[site](https://a.io/x)', '<a href="https://a.io/x">site</a>'],
    ['a link whose text is a URL is not nested', '[https://a.io/x](https://a.io/x)', '<a href="https://a.io/x">https://a.io/x</a>'],
    ['code stays code', '`https://a.io/x`', '<code>https://a.io/x</code>'],
    ['no URL, no change', 'Plain text.', 'Plain text.'],
  ])('%s', async (_name, mdx, html) => {
    expect(await renderMdx(mdx)).toBe(`<p>${html}</p>`);
  });
});
