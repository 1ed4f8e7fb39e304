import type { CanvasState } from './canvas-state.ts';

/** A point on the canvas (CSS pixels) in graph units, under the current zoom. */
export function toGraph(state: CanvasState, sx: number, sy: number): { x: number; y: number } {
  const { t, unit } = state;
  return { x: (sx - t.x) / (t.k * unit), y: (sy - t.y) / (t.k * unit) };
}

/** The topic under a point on the canvas (the topmost, with 3 px of slack), or -1. */
export function nodeAt(state: CanvasState, sx: number, sy: number): number {
  const { x, y } = toGraph(state, sx, sy);
  const { t, unit, payload, position } = state;
  const slack = 3 / (t.k * unit);
  for (let i = payload.nodes.length - 1; i >= 0; i--) {
    const dx = position[i]!.x - x;
    const dy = position[i]!.y - y;
    const r = payload.nodes[i]!.r + slack;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return -1;
}
