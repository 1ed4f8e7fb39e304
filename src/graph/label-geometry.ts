/**
 * Where a label sits around its node, in ems and unit directions: the geometry that the
 * build's label placement (build/labels.ts), the SVG it writes and the browser's canvas
 * renderer must agree on. Isomorphic: imported by src/graph/build/ and src/graph/browser/.
 */

/** Sides of a node a label may sit on, in order of preference. */
export const POSITIONS = ['below', 'right', 'left', 'above', 'below-right', 'above-right', 'below-left', 'above-left'] as const;
export type LabelPosition = (typeof POSITIONS)[number];

const D = Math.SQRT1_2;
/**
 * Where each side is: the unit direction from the node's centre to the point of its rim
 * the label hangs from, how the text is anchored there horizontally, and whether the
 * label hangs below that point, stands above it or is centred on it.
 */
export const SIDES: Record<LabelPosition, { ux: number; uy: number; anchor: 'start' | 'middle' | 'end'; hang: 'below' | 'above' | 'center' }> = {
  below: { ux: 0, uy: 1, anchor: 'middle', hang: 'below' },
  above: { ux: 0, uy: -1, anchor: 'middle', hang: 'above' },
  right: { ux: 1, uy: 0, anchor: 'start', hang: 'center' },
  left: { ux: -1, uy: 0, anchor: 'end', hang: 'center' },
  'below-right': { ux: D, uy: D, anchor: 'start', hang: 'below' },
  'above-right': { ux: D, uy: -D, anchor: 'start', hang: 'above' },
  'below-left': { ux: -D, uy: D, anchor: 'end', hang: 'below' },
  'above-left': { ux: -D, uy: -D, anchor: 'end', hang: 'above' },
};

/** Line height, and the gap between a node and its label, in ems. */
export const LINE_EM = 1.2;
export const GAP_EM = 0.3;
/** From the top of a line box to its baseline, in ems. */
export const BASELINE_EM = 0.92;
