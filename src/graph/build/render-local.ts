import { escapeHtml } from '../../shared/escape-html.ts';
import type { Group } from './groups.ts';
import type { LocalGraph } from './local.ts';
import { plural } from '../../shared/plural.ts';
import { edgeWidth } from '../edge-style.ts';
import { labelText } from './svg-label.ts';
import { num } from './svg-units.ts';
import { shapePath } from '../shapes.ts';

/** A topic's neighbourhood as a small static SVG: no script, every neighbour a link. */
export function renderLocalSvg(local: LocalGraph, groups: readonly Group[], href: (slug: string) => string): string {
  const edges = local.edges
    .map((e) => {
      const a = local.nodes[e.source]!;
      const b = local.nodes[e.target]!;
      const own = e.source === 0 || e.target === 0;
      return `<line class="${own ? 'spoke' : 'chord'}" x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke-width="${edgeWidth(e.strength) + (own ? 0.4 : 0)}"/>`;
    })
    .join('');
  const shared = new Map(local.edges.filter((e) => e.source === 0 || e.target === 0).map((e) => [e.source === 0 ? e.target : e.source, e.count]));
  const nodes = local.nodes
    .map((node, k) => {
      const group = groups[node.group]!;
      const shape = `<path class="shape" d="${shapePath(group.shape, node.r)}" fill="${group.color}" stroke="${group.stroke}"/>`;
      const label = labelText(node.lines, node.r, node.position, node.labelled ? 'lbl' : 'lbl hover-only');
      const at = `transform="translate(${num(node.x)} ${num(node.y)})"`;
      if (k === 0) return `<g class="node self" ${at}>${shape}${label}</g>`;
      const name = `${node.name}: ${plural(shared.get(k) ?? 0, 'shared paper')}`;
      return `<a class="node" href="${escapeHtml(href(node.slug))}" ${at} aria-label="${escapeHtml(name)}">${shape}${label}</a>`;
    })
    .join('');
  const self = local.nodes[0]!;
  return (
    `<svg class="local-graph-svg" viewBox="0 0 ${local.width} ${local.height}" font-size="${local.fontSize}" role="group" aria-label="${escapeHtml(`Topics linked to ${self.name}`)}">` +
    `<g class="edges" aria-hidden="true">${edges}</g><g class="nodes">${nodes}</g></svg>`
  );
}
