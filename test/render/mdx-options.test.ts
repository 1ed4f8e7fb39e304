import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/content/mdx-escape.ts';
import { renderMdx, visibleText } from '../support/render-mdx.ts';

describe('math in paper bodies', () => {
  it('renders $…$ in a hand-written body as MathML alone: no stylesheet, no style attributes for the CSP to hash', async () => {
    const html = await renderMdx('A rate of $O(1/n)$ holds.');
    expect(html).toContain('<math');
    expect(html).toContain('<annotation encoding="application/x-tex">O(1/n)</annotation>');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('katex-html');
  });

  it('never renders the dollars of a seed abstract written by ingest as math', async () => {
    const text = 'With $\\mathcal{O}(k^{-3})$ and $1/n$ parameters, $$ too.';
    const html = await renderMdx(escapeMdxText(text));
    expect(html).not.toContain('<math');
    expect(visibleText(html)).toBe(text);
  });
});
