import { edgeOpacity, edgeWidth } from '../edge-style.ts';
import type { GraphModel } from '../model.ts';
import type { CanvasState } from './canvas-state.ts';
import { drawLabels } from './canvas-labels.ts';

/**
 * The canvas on top of the layers, redrawn each frame: a dragged topic and its links, the
 * highlighted neighbourhood, the finder's rings, and the labels.
 */

function drawShape(ctx: CanvasRenderingContext2D, state: CanvasState, i: number, color: string | null, width: number): void {
  const { t, unit, dpr, payload } = state;
  const { x, y } = state.position[i]!;
  const scale = t.k * unit;
  ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * (t.x + x * scale), dpr * (t.y + y * scale));
  ctx.fillStyle = payload.groups[payload.nodes[i]!.group]!.color;
  ctx.fill(state.shapes[i]!);
  ctx.strokeStyle = color ?? payload.groups[payload.nodes[i]!.group]!.stroke;
  ctx.lineWidth = width / scale;
  ctx.stroke(state.shapes[i]!);
}

function drawLines(ctx: CanvasRenderingContext2D, state: CanvasState, edges: Iterable<number>, color: string, alpha: number | null): void {
  const { t, unit, dpr, payload, position } = state;
  const scale = t.k * unit;
  ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * t.x, dpr * t.y);
  ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  for (const e of edges) {
    if (e < state.cut) continue;
    const [s, d, strength] = payload.edges[e]!;
    ctx.globalAlpha = alpha ?? edgeOpacity(strength);
    ctx.lineWidth = edgeWidth(strength) / scale;
    ctx.beginPath();
    ctx.moveTo(position[s]!.x, position[s]!.y);
    ctx.lineTo(position[d]!.x, position[d]!.y);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

export function drawOverlay(ctx: CanvasRenderingContext2D, state: CanvasState, model: GraphModel): void {
  const { loose, lit, colors } = state;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (loose >= 0) {
    drawLines(ctx, state, model.incident[loose]!, colors.edge, null);
    drawShape(ctx, state, loose, null, 1.25);
  }
  if (lit) {
    drawLines(ctx, state, lit.edges, colors.accent, 0.95);
    for (const i of lit.nodes) drawShape(ctx, state, i, null, 1.25);
    drawShape(ctx, state, lit.node, colors.fg, 2.5);
  }
  for (const i of state.marked) drawShape(ctx, state, i, colors.accent, 3.5);
  drawLabels(ctx, state);
}
