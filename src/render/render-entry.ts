import type { Element, ElementContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { mdxSource } from '../content/mdx-source.ts';
import { findUntrustedNodes, frontmatterProblems, syntaxProblem, type UntrustedProblem } from '../content/mdx-policy.ts';
import { rehypePlugins, remarkPlugins } from './mdx-options.ts';

/**
 * The few HTML elements an entry may hold (`<sub>`, `<sup>`, no attributes; the guard
 * refuses every other), turned into the same elements MDX would render.
 */
interface JsxElement {
  name: string | null;
}
function allowedElement(state: { all(node: JsxElement): ElementContent[] }, node: JsxElement): Element {
  return { type: 'element', tagName: node.name ?? 'span', properties: {}, children: state.all(node) };
}

const handlers = { mdxJsxTextElement: allowedElement, mdxJsxFlowElement: allowedElement } as unknown as RemarkRehypeOptions['handlers'];

/**
 * MDX syntax (remark-parse + remark-mdx, exactly as @astrojs/mdx reads a file), the
 * site's remark and rehype plugins, and HTML out: what MDX would render, without
 * compiling the entry into a JavaScript module.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkPlugins)
  .use(remarkRehype, { handlers })
  .use(rehypePlugins)
  .use(rehypeStringify)
  .freeze();

export type RenderedEntry = { html: string; problems?: never } | { html?: never; problems: UntrustedProblem[] };

/**
 * Renders one paper entry's body (the whole file's `text`, frontmatter included, so lines
 * in problems are the file's lines) to HTML. An entry that holds code, markup or unsafe
 * links is not rendered: its problems come back instead, and nothing of it ran.
 */
export function renderEntry(text: string, file: string): RenderedEntry {
  const source = mdxSource(text);
  const problems = frontmatterProblems(file, source);
  let tree;
  try {
    tree = processor.parse(source.content);
  } catch (error) {
    return { problems: [...problems, syntaxProblem(error, file)] };
  }
  problems.push(...findUntrustedNodes(tree, source.content, file));
  if (problems.length > 0) return { problems };
  return { html: processor.stringify(processor.runSync(tree)) };
}

/** One entry to render: its whole file's text and its path (for problems). */
export interface EntryToRender {
  text: string;
  file: string;
}

/** Entries a thread claims at a time: about 20 ms of work, so two threads end within that of each other. */
const CHUNK = 64;

/**
 * Renders this thread's share of `entries`: chunk after chunk, each claimed by adding to
 * the counter in `shared` (a SharedArrayBuffer of one 32-bit integer), which the other
 * threads rendering the same entries add to as well. Every entry is rendered by exactly
 * one of them, and a busier thread simply claims fewer. Gives what it rendered, by index.
 */
export function renderShare(entries: readonly EntryToRender[], shared: SharedArrayBuffer): [number, RenderedEntry][] {
  const next = new Int32Array(shared);
  const out: [number, RenderedEntry][] = [];
  for (let start = Atomics.add(next, 0, CHUNK); start < entries.length; start = Atomics.add(next, 0, CHUNK)) {
    for (let i = start; i < Math.min(start + CHUNK, entries.length); i++) out.push([i, renderEntry(entries[i]!.text, entries[i]!.file)]);
  }
  return out;
}
