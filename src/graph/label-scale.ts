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
/**
 * Steps of the screen scale: 0.28 × 1.1^i, from a 280-pixel-wide phone graph to 8× zoom on
 * a desktop. Steps 10% apart keep labels within 10% of LABEL_PX on any screen.
 */
export const LADDER: readonly number[] = Array.from({ length: 37 }, (_, i) => Math.round(0.28 * 1.1 ** i * 10000) / 10000);
/**
 * Steps below this one are phone-sized: there a label's box is two to three times its
 * desktop size in graph units and hardly any label fits clear of every topic, so more
 * are added at those steps that may lie over small topics (but never over a label).
 */
export const SMALL_STEPS = 5;
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

/** Whether a label placed from `level` (and at the phone-sized steps in `small`) shows at ladder step `step`. */
export function shownAt(label: { level: number; small?: readonly number[] }, step: number): boolean {
  return label.level <= step || (label.small?.includes(step) ?? false);
}
