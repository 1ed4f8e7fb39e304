import { escapeHtml } from '../shared/escape-html.ts';
import { plural } from '../shared/plural.ts';
import { BASELINE_EM, GAP_EM, LINE_EM, SIDES, type LabelPosition } from './labels.ts';
import { HOVER_ONLY } from './label-scale.ts';
import type { GraphPayload } from './payload.ts';
import type { Scene, SceneNode } from './scene.ts';
import { shapePath } from './shapes.ts';

export interface RenderOptions {
  /** The page a node links to. */
  href: (slug: string) => string;
  /** Accessible name of the whole drawing. */
  label: string;
}

export const num = (v: number) => String(Math.round(v * 100) / 100);
const em = (v: number) => `${num(v)}em`;

/** Edge width in screen pixels (the stroke does not scale with zoom). */
export function edgeWidth(strength: number): number {
  return Math.round((0.5 + 4 * strength ** 0.75) * 10) / 10;
}
export function edgeOpacity(strength: number): number {
  return Math.round(Math.min(0.9, 0.1 + 1.3 * strength ** 0.75) * 100) / 100;
}

/**
 * A label as SVG text inside its node's group (origin at the node's centre). Offsets
 * along the node's radius are graph units; the rest are ems, so they follow the font
 * size the stylesheet and script keep constant on screen.
 */
export function labelText(lines: readonly string[], r: number, position: LabelPosition, className: string): string {
  const side = SIDES[position];
  const n = lines.length;
  const first = side.hang === 'below' ? side.uy * GAP_EM + BASELINE_EM : side.hang === 'above' ? side.uy * GAP_EM - n * LINE_EM + BASELINE_EM : (-n * LINE_EM) / 2 + BASELINE_EM;
  const x = side.ux * r;
  const dx = side.ux * GAP_EM;
  const spans = lines
    // the space ending each line but the last keeps the words apart in the text a screen
    // reader (and the link's visible name) gets; labelBox counts it in the width
    .map((line, i) => `<tspan x="${num(x)}"${dx ? ` dx="${em(dx)}"` : ''} dy="${em(i === 0 ? first : LINE_EM)}">${escapeHtml(i < n - 1 ? `${line} ` : line)}</tspan>`)
    .join('');
  return `<text class="${className}" y="${num(side.uy * r)}" text-anchor="${side.anchor}" aria-hidden="true">${spans}</text>`;
}

function renderLabel(node: SceneNode): string {
  const { level, small } = node.label;
  const classes = ['lbl', level === HOVER_ONLY ? 'vx' : `v${level}`, ...small.map((step) => `p${step}`)];
  return labelText(node.lines, node.r, node.label.position, classes.join(' '));
}

/** The whole graph as an SVG element: visible and clickable before any script runs. */
export function renderGraphSvg(scene: Scene, options: RenderOptions): string {
  const degree = new Array<number>(scene.nodes.length).fill(0);
  for (const { source, target } of scene.edges) {
    degree[source]! += 1;
    degree[target]! += 1;
  }
  const edges = scene.edges
    .map((edge) => {
      const a = scene.nodes[edge.source]!;
      const b = scene.nodes[edge.target]!;
      return `<line class="edge" x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke-width="${edgeWidth(edge.strength)}" stroke-opacity="${edgeOpacity(edge.strength)}"/>`;
    })
    .join('');
  const nodes = scene.nodes
    .map((node, i) => {
      const group = scene.groups[node.group]!;
      const name = `${node.name}: ${plural(node.papers, 'paper')}, linked to ${plural(degree[i]!, 'topic')}`;
      return (
        `<a class="node" href="${escapeHtml(options.href(node.slug))}" transform="translate(${num(node.x)} ${num(node.y)})" data-i="${i}" aria-label="${escapeHtml(name)}">` +
        `<path class="shape" d="${shapePath(group.shape, node.r)}" fill="${group.color}" stroke="${group.stroke}"/>` +
        renderLabel(node) +
        '</a>'
      );
    })
    .join('');
  return (
    `<svg class="graph-svg" viewBox="0 0 ${scene.width} ${scene.height}" role="group" aria-label="${escapeHtml(options.label)}">` +
    `<g class="viewport"><g class="edges" aria-hidden="true">${edges}</g><g class="nodes">${nodes}</g></g></svg>`
  );
}

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
