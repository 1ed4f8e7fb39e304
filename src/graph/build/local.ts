import type { GraphEdge } from './co-topics.ts';
import { LABEL_PX } from '../label-scale.ts';
import { POSITIONS, SIDES, type LabelPosition } from '../label-geometry.ts';
import { boxesOverlap, boxHitsCircle, labelBox, type Box } from './labels.ts';
import { neighbours, type Scene } from './scene.ts';
import { wrapLabel } from './text-width.ts';

/**
 * A topic's neighbourhood for its page: the topic in the middle, its closest topics
 * (most shared papers first) on a ring around it, grouped by community, and the links
 * among them. Labels sit outside the ring; one that would overlap another is shown only
 * on hover.
 */
export interface LocalNode {
  slug: string;
  name: string;
  papers: number;
  group: number;
  x: number;
  y: number;
  r: number;
  lines: string[];
  position: LabelPosition;
  /** False when the label would overlap another: then it shows on hover only. */
  labelled: boolean;
}

export interface LocalGraph {
  width: number;
  height: number;
  fontSize: number;
  /** The topic itself first, then its neighbours around the ring. */
  nodes: LocalNode[];
  /** Indices into `nodes`; the topic's own links first. */
  edges: { source: number; target: number; count: number; strength: number }[];
  /** Neighbours left out to keep the picture readable. */
  more: number;
}

export interface LocalOptions {
  /** Most neighbours drawn. */
  max: number;
  width: number;
  height: number;
  /** Label size in viewBox units (the picture scales with the page, labels with it). */
  fontSize: number;
}

export const DEFAULT_LOCAL: LocalOptions = { max: 8, width: 560, height: 330, fontSize: 14 };

/** Sides a ring node's label may take, most outward first; none that points inwards. */
function outward(angle: number): LabelPosition[] {
  const ox = Math.cos(angle);
  const oy = Math.sin(angle);
  const facing = (side: LabelPosition) => SIDES[side].ux * ox + SIDES[side].uy * oy;
  return POSITIONS.filter((side) => facing(side) > -0.1).sort((a, b) => facing(b) - facing(a));
}

/** Every topic page asks for the same scene's neighbour lists: made once. */
const neighbourLists = new WeakMap<Scene, ReturnType<typeof neighbours>>();

export function localGraph(scene: Scene, slug: string, options: LocalOptions = DEFAULT_LOCAL): LocalGraph | undefined {
  const index = scene.nodes.findIndex((n) => n.slug === slug);
  if (index < 0) return undefined;
  let lists = neighbourLists.get(scene);
  if (!lists) neighbourLists.set(scene, (lists = neighbours(scene)));
  const around = lists[index]!;
  if (around.length === 0) return undefined;
  const chosen = around.slice(0, options.max);
  // same community side by side, so colours form arcs and their links stay short
  const ring = [...chosen].sort((a, b) => scene.nodes[a.node]!.group - scene.nodes[b.node]!.group || b.edge.count - a.edge.count || a.node - b.node);
  const ids = [index, ...ring.map((n) => n.node)];
  const most = Math.max(...ids.map((i) => scene.nodes[i]!.papers));
  const radius = (papers: number) => 5 + 11 * Math.sqrt(papers / most);
  const { width, height } = options;
  const cx = width / 2;
  const cy = height / 2;
  const rx = width * 0.24;
  const ry = height * 0.33;
  const s = LABEL_PX / options.fontSize; // the scale at which labelBox sees this font size
  const nodes: LocalNode[] = ids.map((i, k) => {
    const node = scene.nodes[i]!;
    const angle = -Math.PI / 2 + ((k - 1) * 2 * Math.PI) / ring.length;
    const atCentre = k === 0;
    return {
      slug: node.slug,
      name: node.name,
      papers: node.papers,
      group: node.group,
      x: Math.round((atCentre ? cx : cx + rx * Math.cos(angle)) * 100) / 100,
      y: Math.round((atCentre ? cy : cy + ry * Math.sin(angle)) * 100) / 100,
      r: Math.round((atCentre ? 18 : radius(node.papers)) * 100) / 100,
      lines: wrapLabel(node.name, 9),
      position: atCentre ? 'below' : outward(angle)[0]!,
      labelled: true,
    };
  });

  // labels: the topic's own first, then the ring in order; each takes the first free side
  const placed: Box[] = [];
  const frame = { x0: 0, y0: 0, x1: width, y1: height };
  nodes.forEach((node, k) => {
    const angle = -Math.PI / 2 + ((k - 1) * 2 * Math.PI) / ring.length;
    const sides: LabelPosition[] = k === 0 ? ['below', 'above', 'right', 'left'] : outward(angle);
    const fit = sides.find((side) => {
      const box = labelBox(node, side, s);
      if (box.x0 < frame.x0 || box.y0 < frame.y0 || box.x1 > frame.x1 || box.y1 > frame.y1) return false;
      if (placed.some((other) => boxesOverlap(box, other))) return false;
      return nodes.every((other, j) => j === k || !boxHitsCircle(box, other.x, other.y, other.r + 1));
    });
    if (fit) {
      node.position = fit;
      placed.push(labelBox(node, fit, s));
    } else node.labelled = false;
  });

  const local = new Map(ids.map((i, k) => [i, k]));
  const edges = scene.edges
    .filter((e: GraphEdge) => local.has(e.source) && local.has(e.target))
    .map((e) => ({ source: local.get(e.source)!, target: local.get(e.target)!, count: e.count, strength: e.strength }))
    .sort((a, b) => Number(a.source !== 0 && a.target !== 0) - Number(b.source !== 0 && b.target !== 0) || a.strength - b.strength);
  return { width, height, fontSize: options.fontSize, nodes, edges, more: around.length - chosen.length };
}
