import type { GraphPayload } from '../payload.ts';
import type { Scene } from './scene.ts';

/** The data the browser script reads, matching the SVG element for element. */
export function graphPayload(scene: Scene, href: (slug: string) => string): GraphPayload {
  return {
    width: scene.width,
    height: scene.height,
    nodes: scene.nodes.map((node) => ({
      slug: node.slug,
      name: node.name,
      href: href(node.slug),
      papers: node.papers,
      x: node.x,
      y: node.y,
      r: node.r,
      group: node.group,
      lines: node.lines,
      position: node.label.position,
      level: node.label.level,
      ...(node.label.small.length > 0 ? { small: node.label.small } : {}),
    })),
    edges: scene.edges.map((e) => [e.source, e.target, Math.round(e.strength * 1000) / 1000, e.count]),
    groups: scene.groups.map(({ color, stroke, shape }) => ({ color, stroke, shape })),
  };
}

/** JSON for a `<script type="application/json">`: `<` escaped so no text can close the tag. */
export function payloadJson(payload: GraphPayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}
