/**
 * The scale labels are judged at. Labels keep one size on screen (`LABEL_PX`) however far
 * the graph is zoomed, so how many fit depends on the screen scale `s` (screen pixels per
 * graph unit): the frame's width over `VIEW_WIDTH`, times the zoom. `s` is read off a
 * ladder of steps; a label is shown from its step upwards. Shared by the build
 * (placement), the stylesheet (its container queries use the same steps: see
 * `graph.css` and its test) and the browser script.
 */

/** Width of the graph's viewBox, in graph units. */
export const VIEW_WIDTH = 1000;
/** Label font size on screen, in CSS pixels. */
export const LABEL_PX = 12;
/** Steps of the screen scale: 0.3 × 1.2^i, from a 300-pixel-wide phone graph to 8× zoom on a desktop. */
export const LADDER: readonly number[] = Array.from({ length: 19 }, (_, i) => Math.round(0.3 * 1.2 ** i * 10000) / 10000);
/** Level for labels no step can fit: shown only on hover and focus. */
export const HOVER_ONLY = LADDER.length;

/** The highest ladder step at or below screen scale `s` (0 below the first step). */
export function levelAt(s: number): number {
  let level = 0;
  for (let i = 0; i < LADDER.length; i++) if (LADDER[i]! <= s + 1e-9) level = i;
  return level;
}

/** The screen scale the stylesheet assumes for a frame `width` CSS pixels wide, unzoomed. */
export function baseScale(width: number): number {
  return LADDER[levelAt(width / VIEW_WIDTH)]!;
}
