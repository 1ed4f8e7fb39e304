/**
 * DOM for search results, shared by the dialog and the /search/ page. Builds nodes
 * rather than HTML strings: only Pagefind's <mark> survives from an excerpt.
 */
import type { Result } from '../engine.ts';
import { splitMarked } from '../match-ranges.ts';
import { HIGHLIGHT_PARAM } from '../options.ts';

/** `text` with the query's words in <mark>. */
export function markedText(text: string, terms: readonly string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of splitMarked(text, terms)) {
    if (!piece.marked) out.append(piece.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      out.append(mark);
    }
  }
  return out;
}

/** Pagefind's excerpt HTML as nodes: its text, and its <mark> elements, nothing else. */
export function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of [...template.content.childNodes]) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

function span(className: string, ...children: (Node | string)[]): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...children);
  return element;
}

/** One result: a link holding the title, a kind badge for topics, the excerpt and the topic chips. */
export function resultLink(result: Result, terms: readonly string[], id: string, asOption: boolean): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'search-result';
  const url = new URL(result.url, location.href);
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  link.setAttribute('href', `${url.pathname}${url.search}`);
  link.id = id;
  if (asOption) {
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.tabIndex = -1;
  }
  const title = span('search-result-title');
  if (result.kind === 'topic') title.append(span('search-result-kind', 'Topic'));
  title.append(markedText(result.title, terms));
  link.append(title, span('search-result-excerpt', excerptNodes(result.excerpt)));
  const topics = result.kind === 'paper' ? result.topics : [];
  if (topics.length > 0) {
    const chips = span('search-result-topics');
    chips.append(...topics.map((name) => span('chip', name)));
    link.append(chips);
  }
  return link;
}
