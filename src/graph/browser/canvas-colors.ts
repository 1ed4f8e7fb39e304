import type { ThemeColors } from './canvas-state.ts';

/** A CSS colour (a custom property, say) as the browser computes it inside `frame`. */
function resolveColor(frame: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  frame.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Reads the graph's colours from the page's stylesheet into `colors`, so themes apply. */
export function readThemeColors(frame: HTMLElement, colors: ThemeColors): void {
  colors.fg = resolveColor(frame, 'var(--fg)');
  colors.bg = resolveColor(frame, 'var(--graph-bg)');
  colors.accent = resolveColor(frame, 'var(--accent)');
  colors.edge = resolveColor(frame, 'var(--graph-edge)');
}
