import { LABEL_PX, levelAt, shownAt } from '../label-scale.ts';
import { BASELINE_EM, GAP_EM, LINE_EM, SIDES } from '../label-geometry.ts';
import type { CanvasState, LabelSprite } from './canvas-state.ts';

/**
 * Labels on the canvas. They keep one size on screen, so each is drawn once into a small
 * bitmap (with its halo) and stamped where it belongs each frame: far cheaper than
 * setting text.
 */

/** Node `i`'s label bitmap, made on first use and kept in `state.sprites`. */
export function labelSprite(state: CanvasState, i: number): LabelSprite {
  let made = state.sprites.get(i);
  if (made) return made;
  const { unit, base, dpr, colors } = state;
  const node = state.payload.nodes[i]!;
  const px = (LABEL_PX * unit) / base;
  const halo = (3.5 * unit) / base;
  const font = `600 ${px}px system-ui, sans-serif`;
  const bitmap = document.createElement('canvas');
  const c = bitmap.getContext('2d')!;
  c.font = font;
  const width = Math.ceil(Math.max(...node.lines.map((line) => c.measureText(line).width)) + 2 * halo);
  const height = Math.ceil(node.lines.length * LINE_EM * px + 2 * halo);
  bitmap.width = Math.ceil(width * dpr);
  bitmap.height = Math.ceil(height * dpr);
  c.scale(dpr, dpr);
  c.font = font;
  c.lineJoin = 'round';
  c.lineWidth = halo;
  c.strokeStyle = colors.bg;
  c.fillStyle = colors.fg;
  const side = SIDES[node.position];
  c.textAlign = side.anchor === 'middle' ? 'center' : side.anchor === 'start' ? 'left' : 'right';
  const ax = side.anchor === 'middle' ? width / 2 : side.anchor === 'start' ? halo : width - halo;
  node.lines.forEach((line, l) => {
    const y = halo + (BASELINE_EM + l * LINE_EM) * px;
    c.strokeText(line, ax, y);
    c.fillText(line, ax, y);
  });
  // where the sprite's corner sits relative to the label's anchor point on the node's rim
  const n = node.lines.length;
  const top = side.hang === 'below' ? side.uy * GAP_EM * px : side.hang === 'above' ? (side.uy * GAP_EM - n * LINE_EM) * px : (-n * LINE_EM * px) / 2;
  made = { bitmap, dx: -ax + side.ux * GAP_EM * px, dy: top - halo };
  state.sprites.set(i, made);
  return made;
}

/** Stamps the labels the zoom (or a highlight, or the finder) shows, near the screen only. */
export function drawLabels(ctx: CanvasRenderingContext2D, state: CanvasState): void {
  const { payload, position, t, lit, marked, unit, dpr } = state;
  const level = levelAt(state.base * t.k);
  const scale = t.k * unit;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  payload.nodes.forEach((node, i) => {
    const visible = lit ? lit.node === i || lit.nodes.has(i) : shownAt(node, level) || marked.has(i);
    if (!visible) return;
    const side = SIDES[node.position];
    const ax = t.x + position[i]!.x * scale + side.ux * node.r * scale;
    const ay = t.y + position[i]!.y * scale + side.uy * node.r * scale;
    if (ax < -400 || ax > state.cssWidth + 400 || ay < -80 || ay > state.cssHeight + 80) return;
    const { bitmap, dx, dy } = labelSprite(state, i);
    ctx.drawImage(bitmap, Math.round((ax + dx) * dpr), Math.round((ay + dy) * dpr));
  });
}

type Idle = (work: (deadline: { timeRemaining(): number }) => void) => void;
const idle: Idle = (work) => void ('requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(() => work({ timeRemaining: () => 8 }), 50));

/**
 * Makes the label bitmaps that zooming in will reveal while the page is idle, lowest
 * ladder step first, so a zoom that uncovers hundreds of labels does not stall on them.
 * Returns the function that (re)starts the work.
 */
export function spriteWarmer(state: CanvasState): () => void {
  const nodes = state.payload.nodes;
  const byLevel = nodes.map((_, i) => i).sort((a, b) => nodes[a]!.level - nodes[b]!.level);
  const warm = (deadline: { timeRemaining(): number }) => {
    const made = state.sprites;
    let next = byLevel.findIndex((i) => !made.has(i));
    while (next >= 0 && next < byLevel.length && deadline.timeRemaining() > 2) labelSprite(state, byLevel[next++]!);
    if (next >= 0 && next < byLevel.length) idle(warm);
  };
  return () => idle(warm);
}
