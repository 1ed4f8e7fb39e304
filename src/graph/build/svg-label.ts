import { escapeHtml } from '../../shared/escape-html.ts';
import { BASELINE_EM, GAP_EM, LINE_EM, SIDES, type LabelPosition } from '../label-geometry.ts';
import { em, num } from './svg-units.ts';

/**
 * A label as SVG text inside its node's group (origin at the node's centre). Offsets
 * along the node's radius are graph units; the rest are ems, so they follow the font
 * size the stylesheet and script keep constant on screen.
 */
export function labelText(lines: readonly string[], r: number, position: LabelPosition, className: string): string {
  const side = SIDES[position];
  const n = lines.length;
  const first = side.hang === 'below' ? side.uy * GAP_EM + BASELINE_EM : side.hang === 'above' ? side.uy * GAP_EM - n * LINE_EM + BASELINE_EM : (-n * LINE_EM) / 2 + BASELINE_EM;
  const x = side.ux * r;
  const dx = side.ux * GAP_EM;
  const spans = lines
    // the space ending each line but the last keeps the words apart in the text a screen
    // reader (and the link's visible name) gets; labelBox counts it in the width
    .map((line, i) => `<tspan x="${num(x)}"${dx ? ` dx="${em(dx)}"` : ''} dy="${em(i === 0 ? first : LINE_EM)}">${escapeHtml(i < n - 1 ? `${line} ` : line)}</tspan>`)
    .join('');
  return `<text class="${className}" y="${num(side.uy * r)}" text-anchor="${side.anchor}" aria-hidden="true">${spans}</text>`;
}
