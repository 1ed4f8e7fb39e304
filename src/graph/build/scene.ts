import type { CoTopicGraph, GraphEdge, GraphNode } from './co-topics.ts';
import { groupTopics, type Group } from './groups.ts';
import { VIEW_WIDTH } from '../label-scale.ts';
import { placeLabels, type Placement } from './labels.ts';
import { DEFAULT_LAYOUT, layoutGraph, type LayoutOptions } from './layout.ts';
import { wrapLabel } from './text-width.ts';

/**
 * The co-topic graph laid out and ready to draw: positions, sizes, groups and label
 * placements, in a viewBox `VIEW_WIDTH` wide. Everything here is decided at build time.
 */
export interface SceneNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  group: number;
  lines: string[];
  label: Placement;
}

export interface Scene {
  width: number;
  height: number;
  /** In the graph's order: most papers first (also the tab order). */
  nodes: SceneNode[];
  /** Weakest first: drawing order, so strong links lie on top. */
  edges: GraphEdge[];
  groups: Group[];
}

export interface SceneOptions {
  layout: LayoutOptions;
  /** Radius of the biggest topic, before fitting the frame. */
  maxRadius: number;
  minRadius: number;
  /** Empty room around the drawing, in graph units: wider at the sides, where labels go. */
  padX: number;
  padY: number;
  /** Aspect (height / width) the frame keeps within. */
  minAspect: number;
  maxAspect: number;
}

export const DEFAULT_SCENE: SceneOptions = { layout: DEFAULT_LAYOUT, maxRadius: 20, minRadius: 4, padX: 56, padY: 24, minAspect: 0.55, maxAspect: 0.85 };

const round = (v: number) => Math.round(v * 100) / 100;

export function buildScene(graph: CoTopicGraph, options: SceneOptions = DEFAULT_SCENE): Scene {
  const { groups, groupOf } = groupTopics(graph);
  const most = Math.max(1, ...graph.nodes.map((n) => n.papers));
  // area, not radius, follows the paper count
  const radii = graph.nodes.map((n) => Math.max(options.minRadius, options.maxRadius * Math.sqrt(n.papers / most)));
  const points = layoutGraph(
    radii.map((r, i) => ({ r, group: groupOf[i]! })),
    graph.edges,
    options.layout,
  );

  // fit the drawing into the frame: VIEW_WIDTH wide, as tall as the picture within limits
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  points.forEach(({ x, y }, i) => {
    const r = radii[i]!;
    x0 = Math.min(x0, x - r); y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r); y1 = Math.max(y1, y + r);
  });
  if (points.length === 0) x0 = y0 = x1 = y1 = 0;
  const inner = VIEW_WIDTH - 2 * options.padX;
  const spanX = Math.max(x1 - x0, 1);
  const spanY = Math.max(y1 - y0, 1);
  const aspect = Math.min(options.maxAspect, Math.max(options.minAspect, (spanY * (inner / spanX) + 2 * options.padY) / VIEW_WIDTH));
  const height = Math.round(VIEW_WIDTH * aspect);
  const scale = Math.min(inner / spanX, (height - 2 * options.padY) / spanY);
  const offsetX = (VIEW_WIDTH - spanX * scale) / 2 - x0 * scale;
  const offsetY = (height - spanY * scale) / 2 - y0 * scale;

  const placed = graph.nodes.map((node, i) => ({
    ...node,
    x: round(points[i]!.x * scale + offsetX),
    y: round(points[i]!.y * scale + offsetY),
    // a small graph spreads out to fill the frame, but its nodes keep their size
    r: round(radii[i]! * Math.min(1, scale)),
    group: groupOf[i]!,
    lines: wrapLabel(node.name),
  }));
  const labels = placeLabels(placed, { width: VIEW_WIDTH, height });
  return {
    width: VIEW_WIDTH,
    height,
    nodes: placed.map((node, i) => ({ ...node, label: labels[i]! })),
    edges: [...graph.edges].sort((a, b) => a.strength - b.strength || a.source - b.source || a.target - b.target),
    groups,
  };
}

/** Each node's neighbours with the link, strongest first. */
export function neighbours(scene: Pick<Scene, 'nodes' | 'edges'>): { node: number; edge: GraphEdge }[][] {
  const lists = scene.nodes.map((): { node: number; edge: GraphEdge }[] => []);
  for (const edge of scene.edges) {
    lists[edge.source]!.push({ node: edge.target, edge });
    lists[edge.target]!.push({ node: edge.source, edge });
  }
  for (const list of lists) list.sort((a, b) => b.edge.count - a.edge.count || b.edge.strength - a.edge.strength || a.node - b.node);
  return lists;
}
