import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexFile, bibtexKey, escapeBibtex } from '../../src/catalog/bibtex.ts';

describe('escapeBibtex', () => {
  it.each([
    ['50% of C# & more', '50\\% of C\\# \\& more'],
    ['snake_case', 'snake\\_case'],
    ['{braces}', '\\{braces\\}'],
    ['a\\b', 'a\\textbackslash{}b'],
    ['~ and ^', '\\textasciitilde{} and \\textasciicircum{}'],
    ['costs $5', 'costs \\$5'],
    ['μP at 30°', '{$\\mu$}P at 30{$^\\circ$}'],
    ['Schrödinger', 'Schrödinger'],
  ])('escapes case %# (%s)', (text, escaped) => {
    expect(escapeBibtex(text)).toBe(escaped);
  });

  it('keeps $…$ math as LaTeX', () => {
    expect(escapeBibtex('with $1/n$ Parameters')).toBe('with $1/n$ Parameters');
    expect(escapeBibtex('$\\mathcal {O}\\left(k^{-3} \\right)$ rate')).toBe('$\\mathcal {O}\\left(k^{-3} \\right)$ rate');
  });

  it('escapes a math span whose braces do not balance, which would break the entry', () => {
    expect(escapeBibtex('$a}$ and $b{$')).toBe('\\$a\\}\\$ and \\$b\\{\\$');
  });
});

describe('bibtexKey', () => {
  it('is the slug: unique in the catalog and never changed', () => {
    expect(bibtexKey('condconv-conditionally-parameterized-convolutions-for-efficient')).toBe(
      'condconv-conditionally-parameterized-convolutions-for-efficient',
    );
  });
});

describe('bibtexEntry', () => {
  it('writes only what a seed entry knows', () => {
    expect(bibtexEntry({ slug: 'condconv', title: 'CondConv: Conditionally Parameterized Convolutions for Efficient Inference' })).toBe(
      '@misc{condconv,\n  title = {{CondConv}: Conditionally Parameterized Convolutions for Efficient Inference}\n}\n',
    );
  });

  it('protects words whose capitals matter, and not plain title case', () => {
    const entry = bibtexEntry({ slug: 's', title: 'LoRA for CNNs in 3D: A Low-Rank Study of BERT-like GPT-4 Models' });
    expect(entry).toContain('title = {{LoRA} for {CNNs} in {3D}: A Low-Rank Study of {BERT-like} {GPT-4} Models}');
  });

  it('keeps title math unprotected and escapes the rest', () => {
    const entry = bibtexEntry({ slug: 's', title: 'Beyond Quaternions: Hypercomplex Multiplications with $1/n$ Parameters & 50% Less' });
    expect(entry).toContain('title = {Beyond Quaternions: Hypercomplex Multiplications with $1/n$ Parameters \\& 50\\% Less}');
  });

  it('adds authors, year, arXiv and DOI when the frontmatter has them', () => {
    expect(
      bibtexEntry({
        slug: 'lora',
        title: 'LoRA: Low-Rank Adaptation of Large Language Models',
        authors: ['Edward J. Hu', 'Yelong Shen'],
        year: 2021,
        arxiv: '2106.09685',
        doi: '10.48550/arXiv.2106.09685',
        keywords: ['LoRA', 'Fine_tuning'],
      }),
    ).toBe(
      [
        '@misc{lora,',
        '  title         = {{LoRA}: Low-Rank Adaptation of Large Language Models},',
        '  author        = {Edward J. Hu and Yelong Shen},',
        '  year          = {2021},',
        '  eprint        = {2106.09685},',
        '  archivePrefix = {arXiv},',
        '  doi           = {10.48550/arXiv.2106.09685},',
        '  url           = {https://arxiv.org/abs/2106.09685},',
        '  keywords      = {LoRA, Fine\\_tuning}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('links the DOI when there is no arXiv ID, leaving its underscores verbatim', () => {
    const entry = bibtexEntry({ slug: 'x', title: 'X', doi: '10.1000/a_b' });
    expect(entry).toContain('doi   = {10.1000/a_b}');
    expect(entry).toContain('url   = {https://doi.org/10.1000/a_b}');
  });

  it('writes the abstract on one line, escaped, when asked', () => {
    expect(bibtexEntry({ slug: 'x', title: 'X', abstract: 'Line one,\n  100% {sure}.' })).toContain('abstract = {Line one, 100\\% \\{sure\\}.}');
  });

  it('always balances its braces, whatever the title', () => {
    const chars = fc.constantFrom(...'ab C{}$\\%&#_~^μ -'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((c) => c.join('')), (title) => {
        const entry = bibtexEntry({ slug: 'x', title, abstract: title });
        const unescaped = entry.replace(/\\[{}]/g, '');
        let depth = 0;
        for (const ch of unescaped) {
          depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bibtexFile', () => {
  it('says what it holds, then lists the entries in order', () => {
    const file = bibtexFile([{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }], 'Paper Atlas: topic LoRA.');
    expect(file).toBe(
      '% Paper Atlas: topic LoRA.\n% 2 entries. Keys are the papers\' slugs on the site and never change.\n\n@misc{a,\n  title = {A}\n}\n\n@misc{b,\n  title = {B}\n}\n',
    );
  });
});
