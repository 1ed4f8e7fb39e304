import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../src/content/mdx-escape.ts';
import { fileURLToPath } from 'node:url';
import { runOnThread } from '../../src/content/on-thread.ts';
import { renderEntry, renderShare, type RenderedEntry } from '../../src/render/render-entry.ts';
import { renderMdx, visibleText } from '../support/render-mdx.ts';

const entry = (body: string) => `---\ntitle: A paper\nadded: 2026-11-26\n---\n\n${body}\n`;
const html = (body: string) => {
  const out = renderEntry(entry(body), 'content/papers/a-paper.mdx');
  if (out.problems) throw new Error(out.problems.map((p) => p.found).join('; '));
  return out.html;
};

/** Element names in document order: the shape of some HTML, attributes aside. */
function shape(markup: string): string[] {
  const names: string[] = [];
  const walk = (node: { type: string; tagName?: string; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName) names.push(node.tagName);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(fromHtml(markup, { fragment: true }) as never);
  return names;
}

describe('renderEntry', () => {
  it('renders the body as a paragraph, leaving the frontmatter out', () => {
    expect(html('Low-rank adapters.')).toBe('<p>Low-rank adapters.</p>');
  });

  it('renders math as MathML, escaped braces and angle brackets as text, bare URLs as links', () => {
    const out = html(String.raw`Error $\mathcal{O}(1/n)$ with \{a\} and \<b\> at https://github.com/a/b.`);
    expect(out).toContain('<math');
    expect(out).not.toContain('katex-html'); // MathML alone, no HTML copy needing a stylesheet
    expect(visibleText(out)).toContain('with {a} and <b> at https://github.com/a/b.');
    expect(out).toContain('<a href="https://github.com/a/b">https://github.com/a/b</a>.');
  });

  it('keeps the allowed <sub> and <sup> elements', () => {
    expect(html('H<sub>2</sub>O and x<sup>2</sup>')).toBe('<p>H<sub>2</sub>O and x<sup>2</sup></p>');
  });

  it('refuses code, markup and unsafe links with the file and line, and renders nothing of them', () => {
    const text = `---\ntitle: A\nadded: 2026-11-26\n---\n\nimport fs from 'node:fs'\n\nText {process.exit(1)} and <script>alert(1)</script> [x](javascript:alert(1))\n`;
    const out = renderEntry(text, 'content/papers/a.mdx');
    expect(out.html).toBeUndefined();
    expect(out.problems?.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['content/papers/a.mdx', 6, 'esm'],
      ['content/papers/a.mdx', 8, 'expression'],
      ['content/papers/a.mdx', 8, 'jsx'],
      ['content/papers/a.mdx', 8, 'url'],
    ]);
  });

  it('reports text MDX cannot read as a syntax problem', () => {
    const out = renderEntry(entry('an unclosed {brace'), 'content/papers/a.mdx');
    expect(out.problems?.[0]).toMatchObject({ file: 'content/papers/a.mdx', rule: 'syntax' });
  });

  it('renders what MDX renders, text and elements, for random escaped abstracts', async () => {
    const alphabet = fc.constantFrom(
      ...'{}<>$_*#\\`[]()!&;|~=-+.:,"\'/?@^%', 'a', 'b', 'Z', '0', '9', 'μ', '°', 'é', ' ', ' ',
      'https://github.com/a/b', 'http://x.io/p.', '&amp;', '&#123;', '<br>', '{x}', '$x$', '$$', '1. ', '# ', '> ', '- ', 'import ', 'export ', '\n', '\n\n',
    );
    const abstract = fc.array(alphabet, { minLength: 1, maxLength: 60 }).map((parts) => parts.join('').trim()).filter((t) => t.length > 0);
    await fc.assert(
      fc.asyncProperty(abstract, async (text) => {
        const body = escapeMdxText(text);
        const ours = html(body);
        const mdx = await renderMdx(body);
        expect(visibleText(ours)).toBe(visibleText(mdx));
        expect(shape(ours)).toEqual(shape(mdx));
      }),
      { numRuns: Number(process.env['RUNS'] ?? 300) },
    );
  });
});

describe('renderShare', () => {
  const entries = Array.from({ length: 150 }, (_, i) => ({
    text: entry(i % 3 === 0 ? `Math $x_${i}^2$ and \\{braces\\}.` : i % 3 === 1 ? `Code {process.exit(${i})}` : `Plain text ${i}.`),
    file: `content/papers/p${i}.mdx`,
  }));
  const alone = entries.map(({ text, file }) => renderEntry(text, file));

  it('renders, chunk by chunk, what no other thread has claimed, and only that', () => {
    const shared = new SharedArrayBuffer(4);
    new Int32Array(shared)[0] = 64; // another thread has claimed the first chunk
    const mine = renderShare(entries, shared);
    expect(mine.map(([i]) => i)).toEqual(Array.from({ length: 150 - 64 }, (_, k) => 64 + k));
    for (const [i, rendered] of mine) expect(rendered).toEqual(alone[i]);
    // everything is claimed now: a late thread renders nothing
    expect(renderShare(entries, shared)).toEqual([]);
  });

  it('renders on a second thread as on this one, problems included, the two sharing one counter', async () => {
    const shared = new SharedArrayBuffer(4);
    const module = fileURLToPath(new URL('../../src/render/render-entry.ts', import.meta.url));
    const there = runOnThread<[number, RenderedEntry][]>(module, 'renderShare', [entries, shared]);
    const here = renderShare(entries, shared);
    const all = [...here, ...(await there)].sort((a, b) => a[0] - b[0]);
    expect(all.map(([i]) => i)).toEqual(entries.map((_, i) => i));
    expect(all.map(([, rendered]) => rendered)).toEqual(alone);
    expect(alone.filter((r) => r.problems).length).toBe(50);
  });
});
