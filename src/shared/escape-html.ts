/**
 * Text and attribute values made safe inside HTML and SVG markup: `& < > " '` become
 * entities. The site's one escape, for titles, graph labels and link targets alike.
 * Isomorphic: no Node, no DOM.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
