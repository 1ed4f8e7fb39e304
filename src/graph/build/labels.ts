import { HOVER_ONLY, LABEL_PX, LADDER, SMALL_STEPS } from '../label-scale.ts';
import { textWidthEm } from './text-width.ts';
import { GAP_EM, LINE_EM, POSITIONS, SIDES, type LabelPosition } from '../label-geometry.ts';

/**
 * Label placement without overlaps, decided at build time. Each label gets a side of its
 * node and the lowest ladder step from which it is shown; at every step, the labels shown
 * there overlap neither each other nor any node, and stay inside the frame. Big topics
 * are placed first, so they win the space.
 */

/** Room kept around each label for its halo, in ems. */
const HALO_EM = 0.15;

export interface LabelSite {
  x: number;
  y: number;
  r: number;
  lines: readonly string[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Placement {
  position: LabelPosition;
  /** Index into LADDER from which the label shows; HOVER_ONLY if none. */
  level: number;
  /** Phone-sized steps (below SMALL_STEPS, under `level`) where the label shows too. */
  small: number[];
}

/** The box a label covers, in graph units, when the screen scale is `s`. */
export function labelBox(site: LabelSite, position: LabelPosition, s: number): Box {
  const em = LABEL_PX / s;
  // each line but the last ends in the space that joins it to the next (see labelText)
  const width = Math.max(...site.lines.map((line, i) => textWidthEm(i < site.lines.length - 1 ? `${line} ` : line))) * em;
  const height = site.lines.length * LINE_EM * em;
  const gap = GAP_EM * em;
  const halo = HALO_EM * em;
  const side = SIDES[position];
  const ax = site.x + side.ux * (site.r + gap);
  const ay = site.y + side.uy * (site.r + gap);
  const x0 = side.anchor === 'start' ? ax : side.anchor === 'end' ? ax - width : ax - width / 2;
  const y0 = side.hang === 'below' ? ay : side.hang === 'above' ? ay - height : ay - height / 2;
  return { x0: x0 - halo, y0: y0 - halo, x1: x0 + width + halo, y1: y0 + height + halo };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxHitsCircle(box: Box, x: number, y: number, r: number): boolean {
  const dx = x - Math.max(box.x0, Math.min(x, box.x1));
  const dy = y - Math.max(box.y0, Math.min(y, box.y1));
  return dx * dx + dy * dy < r * r;
}

/** On phone-sized steps, topics at least this big on screen (radius, CSS px) keep their middle clear. */
export const SMALL_VISIBLE_PX = 5;

/** Radius around a topic's centre that no label may cover, at any step. */
export const CENTRE = 2.5;

/** The share of topics, biggest first, whose labels may lie over the rim of much smaller topics. */
export const LEADING_SHARE = 0.15;

/**
 * How close the label of `own` may come to the centre of node `other`. A label keeps
 * clear of other nodes, except that the labels of the leading topics (the biggest, which
 * often sit in the crowded middle) may cover the rim of a topic under two thirds their
 * size, never its centre: otherwise the topics a reader most needs named would be the
 * ones left unnamed.
 */
export function clearance(sites: readonly LabelSite[], own: number, other: number): number {
  const leading = own < Math.max(3, Math.round(sites.length * LEADING_SHARE));
  const r = sites[other]!.r;
  return leading && r < sites[own]!.r * 0.65 ? Math.min(r, CENTRE) : r + 1;
}

/** Buckets of a uniform grid, to test a box against nearby things only. */
class Grid<T> {
  private cells = new Map<number, T[]>();
  constructor(private size: number) {}
  private *keys(box: Box): Generator<number> {
    const cx0 = Math.floor(box.x0 / this.size);
    const cx1 = Math.floor(box.x1 / this.size);
    const cy0 = Math.floor(box.y0 / this.size);
    const cy1 = Math.floor(box.y1 / this.size);
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) yield (cx + 50000) * 100000 + (cy + 50000);
  }
  add(box: Box, item: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key) ?? [];
      cell.push(item);
      this.cells.set(key, cell);
    }
  }
  *near(box: Box): Generator<T> {
    for (const key of this.keys(box)) yield* this.cells.get(key) ?? [];
  }
}

/**
 * Where each label goes and from which ladder step it shows. `sites` come most important
 * first; `frame` is the viewBox labels must stay inside.
 */
export function placeLabels(sites: readonly LabelSite[], frame: { width: number; height: number }): Placement[] {
  const nodes = new Grid<number>(40);
  sites.forEach((site, i) => nodes.add({ x0: site.x - site.r, y0: site.y - site.r, x1: site.x + site.r, y1: site.y + site.r }, i));
  // placed labels' boxes, per ladder step; grid cells grow with the boxes at small scales
  const placed = LADDER.map((s) => ({ grid: new Grid<Box>(Math.max(40, LABEL_PX / s) * 4) }));

  const fits = (box: Box, own: number, step: number): boolean => {
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > frame.width || box.y1 > frame.height) return false;
    for (const i of nodes.near(box)) {
      if (i === own) continue;
      const site = sites[i]!;
      if (boxHitsCircle(box, site.x, site.y, clearance(sites, own, i))) return false;
    }
    for (const other of placed[step]!.grid.near(box)) if (boxesOverlap(box, other)) return false;
    return true;
  };

  const placements = sites.map((site, own): Placement => {
    let best: Placement = { position: 'below', level: HOVER_ONLY, small: [] };
    for (const position of POSITIONS) {
      let level = HOVER_ONLY;
      for (let step = LADDER.length - 1; step >= 0; step--) {
        if (!fits(labelBox(site, position, LADDER[step]!), own, step)) break;
        level = step;
      }
      if (level < best.level) best = { position, level, small: [] };
    }
    for (let step = best.level; step < LADDER.length; step++) placed[step]!.grid.add(labelBox(site, best.position, LADDER[step]!), labelBox(site, best.position, LADDER[step]!));
    return best;
  });

  // Phone-sized steps: more labels, biggest topics first, on their chosen side. There most
  // topics are dots a few pixels wide and a label may lie over some (it lets taps through
  // to them), though not over the middle of a bigger one; never over another label.
  for (let step = 0; step < Math.min(SMALL_STEPS, LADDER.length); step++) {
    const s = LADDER[step]!;
    placements.forEach((placement, own) => {
      if (placement.level <= step) return;
      const box = labelBox(sites[own]!, placement.position, s);
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > frame.width || box.y1 > frame.height) return;
      for (const i of nodes.near(box)) {
        const site = sites[i]!;
        // topics big enough to see stay in sight: the label keeps off their middle
        if (i !== own && site.r * s >= SMALL_VISIBLE_PX && boxHitsCircle(box, site.x, site.y, site.r * 0.5)) return;
      }
      for (const other of placed[step]!.grid.near(box)) if (boxesOverlap(box, other)) return;
      placed[step]!.grid.add(box, box);
      placement.small.push(step);
    });
  }
  return placements;
}
