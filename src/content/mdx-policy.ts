import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { formatProblem, preview, type ContentProblem } from './content-error.ts';
import { syntaxPlugins } from './mdx-syntax.ts';
import { mdxSource, type MdxSource } from './mdx-source.ts';
import { unsafeUrlReason } from './url-safety.ts';

/**
 * The MDX safety policy. MDX is code: `import`/`export` and `{expressions}` run on the
 * machine that builds the site, and JSX or HTML reaches every reader. A contributed entry
 * may hold text, Markdown and math only. The policy reads an entry with the same parser
 * and syntax as the site (remark-parse + remark-mdx + src/content/mdx-syntax.ts) but never
 * compiles or runs it: `parse()` builds a syntax tree, nothing more. The paper loader,
 * `npm run check`, `npm run new` and the Vite guard all apply this one policy.
 */

/** HTML elements an abstract may use, and only without attributes: Markdown has no sub/superscript. */
export const ALLOWED_ELEMENTS: readonly string[] = ['sub', 'sup'];

/** One kind of refused construct, for tests and messages. */
export type UntrustedRule = 'esm' | 'expression' | 'jsx' | 'url' | 'syntax' | 'frontmatter';

export interface UntrustedProblem extends ContentProblem {
  rule: UntrustedRule;
}

const ESCAPE_HINT = 'to show the characters { } < > as text, escape each with a backslash: \\{ \\} \\< \\> (`npm run new` and `npm run ingest` do this for you)';

// Only the parser and the syntax extensions are used: parse() runs no transformer.
const parser = unified().use(remarkParse).use(remarkMdx).use(syntaxPlugins).freeze();

function snippet(content: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return preview(start !== undefined && end !== undefined ? content.slice(start, end) : '', 60);
}

/** Frontmatter that is not YAML, or that makes MDX import a file (`layout`). */
export function frontmatterProblems(file: string, { frontmatter, delimiter, startLine }: MdxSource): UntrustedProblem[] {
  if (delimiter === '+++') {
    return [{ file, line: 1, rule: 'frontmatter', expected: 'YAML frontmatter between lines of three dashes (---)', found: 'TOML frontmatter (+++)', hint: 'write the fields as YAML between --- lines, as in every other entry' }];
  }
  // Astro's own frontmatter rule closes the block at the first line that merely starts
  // with --- or +++, so such a line would hand the rest of this block to MDX as body
  const fence = frontmatter.split('\n').findIndex((line) => /^(---|\+\+\+)/.test(line));
  if (fence !== -1) {
    return [{
      file, line: startLine + fence, rule: 'frontmatter',
      expected: 'one frontmatter block, closed by a line of three dashes alone',
      found: `a line starting with ${preview(frontmatter.split('\n')[fence]!.slice(0, 3))} inside the frontmatter`,
      hint: 'quote the value that holds it, or remove the line',
    }];
  }
  // `layout:` makes @astrojs/mdx import and run the named file: code by another name.
  const at = frontmatter.split('\n').findIndex((line) => /^\s*["']?layout["']?\s*:/.test(line));
  if (at === -1) return [];
  return [{
    file, line: startLine + at, field: 'layout', rule: 'frontmatter',
    expected: 'only the data fields listed in CONTRIBUTING.md',
    found: 'a "layout" field, which makes MDX import and run another file while building',
    hint: 'remove the field: an entry’s page layout comes from the site, not from the entry',
  }];
}

/** The problem to report when MDX cannot parse an entry at all (`error` is the parser's). */
export function syntaxProblem(error: unknown, file: string): UntrustedProblem {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  return {
    file, rule: 'syntax', ...(line ? { line } : {}),
    expected: 'text, Markdown and math that MDX can read',
    found: `text MDX cannot read${column ? ` at column ${column}` : ''}: ${reason ?? String(error)}`,
    hint: ESCAPE_HINT,
  };
}

/** The error a refused build stops with: every problem, and the promise that nothing ran. */
export function refusalMessage(problems: readonly UntrustedProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Refused: ${files} content file(s) hold code, markup or unsafe links (${problems.length} problem(s)).`,
    'Nothing from these files was compiled or run. Entries may hold text, Markdown and math only.',
    ...problems.map((p) => `- ${formatProblem(p)}`),
  ].join('\n');
}

/** Every construct in one entry that would run code or reach readers as markup; [] when it is plain. */
export function findUntrustedMdx(text: string, file: string): UntrustedProblem[] {
  const source = mdxSource(text);
  const { content } = source;
  const problems = frontmatterProblems(file, source);
  let tree: Root;
  try {
    tree = parser.parse(content);
  } catch (error) {
    problems.push(syntaxProblem(error, file));
    return problems;
  }

  problems.push(...findUntrustedNodes(tree, content, file));
  return problems;
}

/**
 * The constructs of an already parsed body that would run code or reach readers as
 * markup; [] when it is plain. `content` is the text `tree` was parsed from (for excerpts).
 * The paper loader (src/render/) parses each entry once and checks that tree before rendering it.
 */
export function findUntrustedNodes(tree: Root, content: string, file: string): UntrustedProblem[] {
  const problems: UntrustedProblem[] = [];
  const at = (node: Nodes) => (node.position ? { line: node.position.start.line } : {});
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          file, rule: 'esm', ...at(node),
          expected: 'text, Markdown and math, no code',
          found: `an ${/^\s*import\b/.test(node.value) ? 'import' : 'export'} statement ${snippet(content, node)}, which MDX would run while building the site`,
          hint: 'remove it: an entry cannot import or export code (a line of text must not start with "import " or "export ")',
        });
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          file, rule: 'expression', ...at(node),
          expected: 'text, Markdown and math, no code',
          found: `an expression ${snippet(content, node)}, which MDX would evaluate as JavaScript while building the site`,
          hint: ESCAPE_HINT,
        });
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name !== null && ALLOWED_ELEMENTS.includes(node.name) && node.attributes.length === 0) return undefined;
        const what = node.name === null ? 'a JSX fragment <>' : `the element <${node.name}>${node.attributes.length > 0 ? ' with attributes' : ''}`;
        problems.push({
          file, rule: 'jsx', ...at(node),
          expected: `text, Markdown and math (HTML only as ${ALLOWED_ELEMENTS.map((n) => `<${n}>`).join(' and ')} without attributes)`,
          found: `${what} ${snippet(content, node)}, which MDX compiles to code and sends to every reader as markup`,
          hint: `remove the markup; ${ESCAPE_HINT}`,
        });
        return SKIP;
      }
      case 'html':
        problems.push({ file, rule: 'jsx', ...at(node), expected: 'text, Markdown and math', found: `raw HTML ${snippet(content, node)}`, hint: `remove the markup; ${ESCAPE_HINT}` });
        return SKIP;
      case 'link':
      case 'image':
      case 'definition': {
        const reason = unsafeUrlReason(node.url);
        if (reason) {
          const kind = node.type === 'image' ? 'an image from' : node.type === 'definition' ? 'a link definition pointing to' : 'a link to';
          problems.push({
            file, rule: 'url', ...at(node),
            expected: 'links to http(s) or mailto: addresses only',
            found: `${kind} ${preview(node.url, 60)}: ${reason}`,
            hint: 'link to the paper’s page, code or data with an https:// address, or remove the link',
          });
        }
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return problems;
}
