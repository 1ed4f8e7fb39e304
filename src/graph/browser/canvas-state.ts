import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { GraphPayload } from '../payload.ts';
import { shapePath } from '../shapes.ts';

/** The page's colours, read from its stylesheet so themes apply (see readThemeColors). */
export interface ThemeColors {
  fg: string;
  bg: string;
  accent: string;
  edge: string;
}

/** A label drawn once with its halo, and where its corner sits from the label's anchor point. */
export interface LabelSprite {
  bitmap: HTMLCanvasElement;
  dx: number;
  dy: number;
}

/**
 * What the canvas renderer's parts share: the graph, its current size and zoom, and what
 * is dragged, lit or marked. One mutable object, read at draw time by every part.
 */
export interface CanvasState {
  readonly payload: GraphPayload;
  /** Node positions in graph units (a dragged topic moves). */
  readonly position: { x: number; y: number }[];
  /** Each node's shape, centred on the origin. */
  readonly shapes: Path2D[];
  readonly colors: ThemeColors;
  cssWidth: number;
  cssHeight: number;
  /** CSS pixels per graph unit, unzoomed. */
  unit: number;
  /** The screen scale labels are judged at, unzoomed (as in graph.css). */
  base: number;
  dpr: number;
  t: ZoomTransform;
  /** Links below this index (the weakest) are hidden. */
  cut: number;
  /** A topic being dragged: left out of the layers, drawn live. */
  loose: number;
  dragging: boolean;
  lit: { node: number; nodes: Set<number>; edges: Set<number> } | null;
  marked: Set<number>;
  /** Label bitmaps made so far, by node; replaced when the size or colours change. */
  sprites: Map<number, LabelSprite>;
}

export function createState(payload: GraphPayload): CanvasState {
  return {
    payload,
    position: payload.nodes.map(({ x, y }) => ({ x, y })),
    shapes: payload.nodes.map((n) => new Path2D(shapePath(payload.groups[n.group]!.shape, n.r))),
    colors: { fg: '', bg: '', accent: '', edge: '' },
    cssWidth: 0,
    cssHeight: 0,
    unit: 1,
    base: 1,
    dpr: 1,
    t: zoomIdentity,
    cut: 0,
    loose: -1,
    dragging: false,
    lit: null,
    marked: new Set(),
    sprites: new Map(),
  };
}
