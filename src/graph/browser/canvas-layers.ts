import type { ZoomTransform } from 'd3-zoom';
import { edgeOpacity, edgeWidth } from '../edge-style.ts';
import type { GraphPayload } from '../payload.ts';
import type { CanvasState } from './canvas-state.ts';

/**
 * Bitmaps of the whole drawing ("layers") for the canvas renderer: lines and shapes drawn
 * once under one zoom, then moved by pan and zoom with a CSS transform, which the
 * browser's compositor applies without repainting.
 */

/** A bitmap of the graph as drawn under zoom transform `t`, covering a rectangle of the screen. */
export interface Layer {
  bitmap: HTMLCanvasElement;
  t: ZoomTransform;
  /** The screen rectangle it covers (CSS pixels, under `t`). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lines grouped by drawn width, so each width is a few strokes. */
export interface EdgeBatches {
  widths: number[];
  byWidth: Map<number, number[]>;
  opacityOf: Map<number, number>;
}

/** How many lines go into one path: Skia fills many short paths faster than one huge one. */
const PATH_CHUNK = 64;

export function edgeBatches(payload: GraphPayload): EdgeBatches {
  const byWidth = new Map<number, number[]>();
  payload.edges.forEach(([, , strength], e) => byWidth.set(edgeWidth(strength), [...(byWidth.get(edgeWidth(strength)) ?? []), e]));
  const widths = [...byWidth.keys()].sort((a, b) => a - b);
  const opacityOf = new Map(widths.map((w) => [w, edgeOpacity(payload.edges[byWidth.get(w)![0]!]![2])]));
  return { widths, byWidth, opacityOf };
}

/**
 * Canvas drawing is recorded and rasterised later, all at once, when the bitmap is first
 * shown: reading a pixel makes it happen now, so each slice really costs its slice of time.
 */
function flush(target: CanvasRenderingContext2D): void {
  target.getImageData(0, 0, 1, 1);
}

/** Draws lines and shapes into `target` as seen under `view`, a slice at a time. */
function* paint(state: CanvasState, batches: EdgeBatches, target: CanvasRenderingContext2D, view: ZoomTransform, x: number, y: number, w: number, h: number): Generator<void> {
  const { payload, position, shapes, colors } = state;
  const { widths, byWidth, opacityOf } = batches;
  const scale = view.k * state.unit;
  const dpr = state.dpr;
  target.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * (view.x - x), dpr * (view.y - y));
  const px = 1 / scale;
  const x0 = (x - view.x) / scale;
  const y0 = (y - view.y) / scale;
  const x1 = x0 + w / scale;
  const y1 = y0 + h / scale;
  target.lineCap = 'round';
  target.strokeStyle = colors.edge;
  let drawn = 0;
  for (const width of widths) {
    target.lineWidth = width * px;
    target.globalAlpha = opacityOf.get(width)!;
    target.beginPath();
    for (const e of byWidth.get(width)!) {
      if (e < state.cut) continue;
      const [s, d] = payload.edges[e]!;
      if (s === state.loose || d === state.loose) continue;
      const a = position[s]!;
      const b = position[d]!;
      if ((a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) || (a.y > y1 && b.y > y1)) continue;
      target.moveTo(a.x, a.y);
      target.lineTo(b.x, b.y);
      if (++drawn % PATH_CHUNK === 0) {
        target.stroke();
        target.beginPath();
        if (drawn % (PATH_CHUNK * 2) === 0) {
          flush(target);
          yield;
        }
      }
    }
    target.stroke();
  }
  target.globalAlpha = 1;
  target.lineWidth = 1.25 * px;
  const margin = 30 * px;
  for (const [g, group] of payload.groups.entries()) {
    const path = new Path2D();
    payload.nodes.forEach((n, i) => {
      if (n.group !== g || i === state.loose) return;
      const p = position[i]!;
      if (p.x < x0 - margin || p.x > x1 + margin || p.y < y0 - margin || p.y > y1 + margin) return;
      path.addPath(shapes[i]!, new DOMMatrix([1, 0, 0, 1, p.x, p.y]));
    });
    target.fillStyle = group.color;
    target.strokeStyle = group.stroke;
    target.fill(path);
    target.stroke(path);
    flush(target);
    yield;
  }
}

/** A new layer for the screen rectangle (x, y, w, h) under `view`, and the steps that draw it. */
export function createLayer(state: CanvasState, batches: EdgeBatches, view: ZoomTransform, x: number, y: number, w: number, h: number): { layer: Layer; steps: Generator<void> } {
  const bitmap = document.createElement('canvas');
  bitmap.className = 'graph-layer';
  bitmap.width = Math.max(1, Math.round(w * state.dpr));
  bitmap.height = Math.max(1, Math.round(h * state.dpr));
  bitmap.style.width = `${w}px`;
  bitmap.style.height = `${h}px`;
  bitmap.setAttribute('aria-hidden', 'true');
  const layer = { bitmap, t: view, x, y, w, h };
  return { layer, steps: paint(state, batches, bitmap.getContext('2d', { willReadFrequently: true })!, view, x, y, w, h) };
}

/** Moves a layer to where the current zoom puts it: a compositor job, no repaint. */
export function placeLayer(state: CanvasState, layer: Layer | null): void {
  if (!layer) return;
  const { t } = state;
  const k = t.k / layer.t.k;
  layer.bitmap.style.transform = `translate(${t.x + (layer.x - layer.t.x) * k}px, ${t.y + (layer.y - layer.t.y) * k}px) scale(${k})`;
  layer.bitmap.style.opacity = state.lit ? '0.14' : '1';
}
