import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, unescapeMdxText } from '../../src/content/mdx-escape.ts';
import { renderMdx, visibleText } from '../support/render-mdx.ts';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('escapeMdxText', () => {
  it.each([
    ['braces, the start of an expression', 'a {b} c'],
    ['angle brackets, the start of JSX', 'x < y and <div> and a -> b'],
    ['dollars, the start of math', 'costs $5 and $10'],
    ['emphasis marks', 'a *b* c _d_ e __f__'],
    ['a heading mark at the start', '# not a heading'],
    ['backslashes from stripped LaTeX', '360{\\deg} and \\mathcal{O}(n) and a \\ b'],
    ['a list marker at the start', '- not a list'],
    ['a numbered list marker at the start', '2019. A year'],
    ['a quote marker at the start', '> not a quote'],
    ['an import statement at the start', 'import fs from "fs"; it reads a file'],
    ['an export statement at the start', 'export const x = 1 is text'],
    ['a literal character reference', '&#105;mport and \\&#105;'],
    ['entities', 'AT&T &amp; &#123; &copy;'],
    ['code spans and links', '`code` [a](b) ![c](d)'],
    ['non-ASCII', 'u-μP at 360° — naïve “quotes”'],
    ['a URL with trailing punctuation', 'See https://github.com/org/repo_name.'],
    ['a URL glued to stripped LaTeX', 'https://github.com/yfguo91/MPBN{MPBN}.'],
  ])('%s reach the page unchanged', async (_name, text) => {
    expect(visibleText(await renderMdx(escapeMdxText(text)))).toBe(fold(text));
  });

  it('turns bare URLs into links, without trailing punctuation', async () => {
    const html = await renderMdx(escapeMdxText('Code: https://github.com/dshieble/Categorical_Stochastic_Processes. Data at https://x.org/a(b).'));
    expect(html).toContain('<a href="https://github.com/dshieble/Categorical_Stochastic_Processes">https://github.com/dshieble/Categorical_Stochastic_Processes</a>.');
    expect(html).toContain('<a href="https://x.org/a(b)">https://x.org/a(b)</a>.');
  });

  it('is undone by unescapeMdxText', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unescapeMdxText(escapeMdxText(text)) === text));
  });

  it('keeps every character of random abstracts through MDX compile and render', async () => {
    const alphabet = fc.constantFrom(
      ...'{}<>$_*#\\`[]()!&;|~=-+.:,"\'/?@^%', 'a', 'b', 'Z', '0', '1', '9', 'μ', '°', 'é', '—', '∞', ' ', ' ', ' ',
      'https://github.com/a/b', 'http://x.io/p.', '&amp;', '&#123;', '<br>', '{x}', '$x$', '1. ', '# ', '> ', '- ', 'import ', 'export ', '\n',
    );
    const abstract = fc.array(alphabet, { minLength: 1, maxLength: 60 }).map((parts) => parts.join('').trim()).filter((t) => t.length > 0);
    await fc.assert(
      fc.asyncProperty(abstract, async (text) => {
        expect(visibleText(await renderMdx(escapeMdxText(text)))).toBe(fold(text));
      }),
      { numRuns: 300 },
    );
  });
});
