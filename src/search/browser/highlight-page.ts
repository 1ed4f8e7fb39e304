/**
 * Marks the words of the search that led here (`?highlight=…`, added to result links by
 * render-results.ts, not Pagefind) in the page's indexed text, and leaves math alone.
 * Loaded only when the address carries the parameter.
 */
import { HIGHLIGHT_PARAM } from '../options.ts';
import { matchRanges } from '../match-ranges.ts';

const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).flatMap((t) => t.split(/\s+/));
const root = document.querySelector('[data-pagefind-body]');

if (root && terms.length > 0) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      // Not in math, nor in chips, link buttons and other page furniture the index leaves out.
      node.parentElement?.closest('.katex, script, style, [hidden], mark, .chips, [data-pagefind-ignore="all"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const ranges = matchRanges(text.data, terms);
    // Wrap from the end, so earlier offsets stay valid.
    for (const { start, end } of ranges.reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
    }
  }
}
