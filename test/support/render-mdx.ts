import { evaluate } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { rehypePlugins, remarkPlugins } from '../../src/render/mdx-options.ts';

/**
 * Compiles and runs MDX with the site's own plugin list and a tiny JSX runtime that
 * produces HTML strings, so tests see the markup a body really turns into.
 */
const Fragment = Symbol('Fragment');
interface Html {
  html: string;
}
type Child = string | number | boolean | null | undefined | Html | Child[];

const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);

function renderChildren(children: Child): string {
  if (Array.isArray(children)) return children.map(renderChildren).join('');
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (typeof children === 'object') return children.html;
  return escape(String(children));
}

function attribute(key: string, value: unknown): string {
  const name = key === 'className' ? 'class' : key;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    value = Object.entries(value).map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`).join(';');
  }
  return ` ${name}="${escape(Array.isArray(value) ? value.join(' ') : String(value))}"`;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function jsx(type: unknown, props: Record<string, unknown>): Html {
  const { children, ...attributes } = props;
  if (type === Fragment) return { html: renderChildren(children as Child) };
  if (typeof type === 'function') return (type as (p: unknown) => Html)(props);
  const attrs = Object.entries(attributes).map(([k, v]) => attribute(k, v)).join('');
  // void elements have no end tag: `<br></br>` would read back as two line breaks
  if (VOID.has(String(type))) return { html: `<${String(type)}${attrs}>` };
  return { html: `<${String(type)}${attrs}>${renderChildren(children as Child)}</${String(type)}>` };
}

export async function renderMdx(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins, rehypePlugins } as never);
  return (Content as unknown as (props: object) => Html)({}).html;
}

/** The text a reader sees in some HTML, white space folded. */
export function visibleText(html: string): string {
  return toText(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ').trim();
}
