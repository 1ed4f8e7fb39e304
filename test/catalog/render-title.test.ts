import { describe, expect, it } from 'vitest';
import { hasMath, plainTitle, renderTitleHtml } from '../../src/catalog/render-title.ts';

describe('titles with LaTeX', () => {
  const damped = 'Damped Newton Method with Near-Optimal Global $\\mathcal {O}\\left(k^{-3} \\right)$ Convergence Rate';

  it('renders $…$ with KaTeX, with MathML for screen readers', () => {
    const html = renderTitleHtml(damped);
    expect(html).toMatch(/^Damped Newton Method with Near-Optimal Global <span class="katex">/);
    expect(html).toContain('<math');
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathcal {O}\\left(k^{-3} \\right)</annotation>');
    expect(html).toMatch(/<\/span> Convergence Rate$/);
  });

  it('renders MathML alone when asked, which needs no stylesheet', () => {
    const html = renderTitleHtml(damped, 'mathml');
    expect(html).toMatch(/^Damped Newton Method with Near-Optimal Global <span class="katex"><math /);
    expect(html).not.toContain('katex-html');
    expect(html).not.toContain('style=');
  });

  it('escapes the text around the math', () => {
    expect(renderTitleHtml('A <b> & $1/n$ "q"')).toMatch(/^A &lt;b&gt; &amp; <span class="katex">.*<\/span> &quot;q&quot;$/s);
  });

  it('leaves titles without math as escaped text', () => {
    expect(renderTitleHtml('Go Wider Instead of Deeper')).toBe('Go Wider Instead of Deeper');
    expect(hasMath('Go Wider Instead of Deeper')).toBe(false);
    expect(hasMath('with $1/n$ Parameters')).toBe(true);
  });

  it('gives a plain-text title for <title> and feeds', () => {
    expect(plainTitle(damped)).toBe('Damped Newton Method with Near-Optimal Global O(k^-3) Convergence Rate');
    expect(plainTitle('Hypercomplex Multiplications with $1/n$ Parameters')).toBe('Hypercomplex Multiplications with 1/n Parameters');
  });
});
