/**
 * How strong a link looks, shared by the build's SVG and the browser's canvas renderer so
 * that both draw the same picture. Isomorphic.
 */

/** Edge width in screen pixels (the stroke does not scale with zoom). */
export function edgeWidth(strength: number): number {
  return Math.round((0.5 + 4 * strength ** 0.75) * 10) / 10;
}
export function edgeOpacity(strength: number): number {
  return Math.round(Math.min(0.9, 0.1 + 1.3 * strength ** 0.75) * 100) / 100;
}
