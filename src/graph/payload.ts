import type { Shape } from './shapes.ts';
import type { LabelPosition } from './label-geometry.ts';

/**
 * What the browser script gets besides the drawn SVG, in a `<script type="application/json">`:
 * enough to highlight, filter, search, and redraw on a canvas for big graphs.
 */
export interface PayloadNode {
  slug: string;
  name: string;
  href: string;
  papers: number;
  x: number;
  y: number;
  r: number;
  group: number;
  /** Label lines, the side they sit on, and the ladder step from which they show. */
  lines: string[];
  position: LabelPosition;
  level: number;
  /** Phone-sized steps below `level` where the label shows too. */
  small?: number[];
}

export interface GraphPayload {
  width: number;
  height: number;
  nodes: PayloadNode[];
  /** [source, target, strength, shared papers], weakest first: the order of the drawn lines. */
  edges: [number, number, number, number][];
  groups: { color: string; stroke: string; shape: Shape }[];
}
