import { escapeHtml } from '../../shared/escape-html.ts';
import { plural } from '../../shared/plural.ts';
import { edgeOpacity, edgeWidth } from '../edge-style.ts';
import { HOVER_ONLY } from '../label-scale.ts';
import { shapePath } from '../shapes.ts';
import type { Scene, SceneNode } from './scene.ts';
import { labelText } from './svg-label.ts';
import { num } from './svg-units.ts';

export interface RenderOptions {
  /** The page a node links to. */
  href: (slug: string) => string;
  /** Accessible name of the whole drawing. */
  label: string;
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
