import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findUrls } from '../../content/find-urls.ts';

/**
 * Turns bare URLs in text into links, trailing punctuation left outside. GFM's own
 * autolinking is off in this site (it would also bring strikethrough and tables into
 * abstracts), so this is the only place URLs become links.
 */
export default function remarkBareLinks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const matches = findUrls(node.value);
      if (matches.length === 0) return;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const { url, start, end } of matches) {
        if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
        const link: Link = { type: 'link', url, children: [{ type: 'text', value: url }] };
        parts.push(link);
        at = end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(index, 1, ...(parts as Parent['children']));
      return [SKIP, index + parts.length];
    });
  };
}
