import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntrustedMdx } from '../../src/content/mdx-policy.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { escapeMdxText } from '../../src/content/mdx-escape.ts';
import { renderMdx } from '../support/render-mdx.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/untrusted');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const rules = (text: string) => findUntrustedMdx(text, 'x.mdx').map((p) => p.rule);
const entry = (body: string) => `---\ntitle: "T"\ntags: []\nadded: 2026-11-26\n---\n\n${body}\n`;

describe('findUntrustedMdx on the malicious fixtures', () => {
  it.each([
    ['esm-export-writes-file.mdx', ['esm']],
    ['esm-import-writes-file.mdx', ['esm', 'esm']],
    ['expression-reads-env.mdx', ['expression']],
    ['expression-writes-file.mdx', ['expression']],
    ['jsx-attribute-reads-env.mdx', ['jsx']],
    ['script-tag.mdx', ['jsx']],
    ['img-onerror-jsx.mdx', ['jsx']],
    ['img-onerror-html.mdx', ['syntax']],
    ['link-javascript.mdx', ['url']],
    ['link-javascript-obfuscated.mdx', ['url', 'url', 'url', 'url']],
    ['link-vbscript-definition.mdx', ['url']],
    ['data-url.mdx', ['url', 'url']],
    ['frontmatter-layout.mdx', ['frontmatter']],
  ])('refuses %s (%j)', (name, expected) => {
    expect(rules(fixture(name))).toEqual(expected);
  });

  it('covers every fixture in the folder', () => {
    const tested = 13;
    expect(readdirSync(FIXTURES).filter((n) => n.endsWith('.mdx'))).toHaveLength(tested);
  });

  it('accepts text, Markdown, math, https/mailto/relative links and attribute-free <sub>/<sup>', () => {
    expect(findUntrustedMdx(fixture('allowed/plain-text-markdown-and-math.mdx'), 'x.mdx')).toEqual([]);
  });
});

describe('the messages', () => {
  it.each([
    [
      'esm-export-writes-file.mdx',
      `content/papers/x.mdx, line 9: expected text, Markdown and math, no code, found an export statement "export const pwned = process.getBuiltinModule('node:fs').wr…", which MDX would run while building the site.\n  Hint: remove it: an entry cannot import or export code (a line of text must not start with "import " or "export ")`,
    ],
    [
      'expression-reads-env.mdx',
      'content/papers/x.mdx, line 7: expected text, Markdown and math, no code, found an expression "{process.env.PAPER_ATLAS_SECRET}", which MDX would evaluate as JavaScript while building the site.\n  Hint: to show the characters { } < > as text, escape each with a backslash: \\{ \\} \\< \\> (`npm run new` and `npm run ingest` do this for you)',
    ],
    [
      'img-onerror-jsx.mdx',
      'content/papers/x.mdx, line 7: expected text, Markdown and math (HTML only as <sub> and <sup> without attributes), found the element <img> with attributes "<img src=\\"x\\" onerror=\\"alert(document.domain)\\" />", which MDX compiles to code and sends to every reader as markup.\n  Hint: remove the markup; to show the characters { } < > as text, escape each with a backslash: \\{ \\} \\< \\> (`npm run new` and `npm run ingest` do this for you)',
    ],
    [
      'img-onerror-html.mdx',
      'content/papers/x.mdx, line 9: expected text, Markdown and math that MDX can read, found text MDX cannot read at column 10: Unexpected character `x` (U+0078) before attribute value, expected a character that can start an attribute value, such as `"`, `\'`, or `{`.\n  Hint: to show the characters { } < > as text, escape each with a backslash: \\{ \\} \\< \\> (`npm run new` and `npm run ingest` do this for you)',
    ],
    [
      'link-vbscript-definition.mdx',
      'content/papers/x.mdx, line 9: expected links to http(s) or mailto: addresses only, found a link definition pointing to "vbscript:msgbox(\\"pwned\\")": the scheme "vbscript:" is not allowed: it runs script in the reader’s browser.\n  Hint: link to the paper’s page, code or data with an https:// address, or remove the link',
    ],
    [
      'frontmatter-layout.mdx',
      'content/papers/x.mdx, line 5, field "layout": expected only the data fields listed in CONTRIBUTING.md, found a "layout" field, which makes MDX import and run another file while building.\n  Hint: remove the field: an entry’s page layout comes from the site, not from the entry',
    ],
  ])('%s names file, line, what was expected, what was found and a hint', (name, message) => {
    expect(findUntrustedMdx(fixture(name), 'content/papers/x.mdx').map(formatProblem)).toEqual([message]);
  });
});

describe('findUntrustedMdx on constructs', () => {
  it.each([
    ['an import', 'import x from "y"', ['esm']],
    ['a flow expression', '{1 + 1}', ['expression']],
    ['a comment expression', 'text {/* hidden */}', ['expression']],
    ['a JSX fragment', '<>x</>', ['jsx']],
    ['a component', '<Chart data="x" />', ['jsx']],
    ['a member-expression element', '<sub.x>2</sub.x>', ['jsx']],
    ['sub with an attribute', 'H<sub class="x">2</sub>O', ['jsx']],
    ['an HTML comment', '<!-- hidden -->', ['syntax']],
    ['an image with a data URL', '![x](data:image/png;base64,AAAA)', ['url']],
    ['an expression inside an allowed element', 'H<sub>{process.env.X}</sub>O', ['expression']],
  ])('refuses %s', (_name, body, expected) => {
    expect(rules(entry(body))).toEqual(expected);
  });

  it.each([
    ['escaped braces and angle brackets', 'a \\{b\\} \\<c\\>'],
    ['braces inside math', '$x^{2}$'],
    ['words that look like schemes', 'javascript: and data: as words'],
    ['a sentence about export', 'We export models.\nexport const is text on a continuation line'],
  ])('accepts %s', (_name, body) => {
    expect(rules(entry(body))).toEqual([]);
  });

  it('reads a file without frontmatter as MDX from its first line, as Astro does', () => {
    expect(findUntrustedMdx('{process.env.X}', 'x.mdx')).toMatchObject([{ rule: 'expression', line: 1 }]);
  });

  it('refuses TOML frontmatter, which the schema and this guard do not read', () => {
    expect(rules('+++\ntitle = "x"\n+++\n\ntext')).toEqual(['frontmatter']);
  });

  it('never refuses what ingest writes: escaped text of any characters', () => {
    const specials = fc.constantFrom(...'{}<>$*_`[]#|~\\&!-+=:.()\'"/ \nμ°'.split(''), 'javascript:', 'http://x.org/a', '&#123;', '  ');
    // A body line starting with "import "/"export " is the one thing escaping cannot
    // neutralise (letters have no escape); ingest's bodies never start a line that way.
    const text = fc.array(fc.oneof(specials, fc.string()), { maxLength: 30 }).map((parts) => parts.join('')).filter((t) => !/(^|\n)[ \t]*(import|export)[ \t]/.test(t));
    fc.assert(fc.property(text, (t) => findUntrustedMdx(entry(escapeMdxText(t)), 'x.mdx').length === 0), { numRuns: 300 });
  });
});

describe('the fixtures are armed: compiled and run without the guard, they do harm', () => {
  it('an expression fixture leaks the environment into the page', async () => {
    process.env['PAPER_ATLAS_SECRET'] = 'armed-secret-4f1c';
    try {
      const body = fixture('expression-reads-env.mdx').split('---\n')[2]!;
      expect(await renderMdx(body)).toContain('armed-secret-4f1c');
    } finally {
      delete process.env['PAPER_ATLAS_SECRET'];
    }
  });

  it('an export fixture writes a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-armed-'));
    const body = fixture('esm-export-writes-file.mdx').split('---\n')[2]!.replaceAll('__PWNED_DIR__', dir);
    await renderMdx(body);
    expect(existsSync(join(dir, 'esm-export'))).toBe(true);
  });
});
