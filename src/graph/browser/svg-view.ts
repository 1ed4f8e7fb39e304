import { drag } from 'd3-drag';
import { select, selectAll } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { baseScale, levelAt, shownAt } from '../label-scale.ts';
import type { GraphModel } from '../model.ts';
import type { GraphView, ViewEvents } from './view.ts';

/**
 * Interaction on the SVG drawn at build time: nothing is redrawn, the script only moves
 * the viewport, toggles classes and, while a node is dragged, moves that node and its lines.
 */
export function svgView(svg: SVGSVGElement, model: GraphModel, events: ViewEvents): GraphView {
  const { payload } = model;
  const viewport = svg.querySelector<SVGGElement>('.viewport')!;
  const nodes = [...svg.querySelectorAll<SVGAElement>('a.node')];
  const lines = [...svg.querySelectorAll<SVGLineElement>('line.edge')];
  const labels = nodes.map((node) => node.querySelector('text'));
  const position = payload.nodes.map(({ x, y }) => ({ x, y }));
  const indexOf = (element: Element | null) => Number((element?.closest('a.node') as SVGAElement | null)?.dataset['i'] ?? -1);

  // Labels: same size on screen at every zoom; which show depends on the screen scale.
  let base = baseScale(svg.getBoundingClientRect().width);
  let k = 1;
  let level = -1;
  let shown = '';
  const applyScale = () => {
    const s = base * k;
    const value = String(Math.round(s * 10000) / 10000);
    // panning leaves the scale alone: then neither do we, or every label would be restyled
    if (value !== shown) svg.style.setProperty('--s', (shown = value));
    const next = levelAt(s);
    if (next === level) return;
    level = next;
    labels.forEach((label, i) => label?.classList.toggle('on', shownAt(payload.nodes[i]!, level)));
  };
  applyScale();
  svg.classList.add('js');
  new ResizeObserver(() => {
    base = baseScale(svg.getBoundingClientRect().width);
    applyScale();
  }).observe(svg);

  const { width, height } = payload;
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.6, 16])
    .translateExtent([[-width / 2, -height / 2], [width * 1.5, height * 1.5]])
    .on('zoom', (event: { transform: { k: number; toString(): string } }) => {
      viewport.setAttribute('transform', event.transform.toString());
      k = event.transform.k;
      applyScale();
    });
  const canvas = select(svg).call(zoomer);

  const moveLines = (i: number) => {
    const { x, y } = position[i]!;
    for (const e of model.incident[i]!) {
      const line = lines[e]!;
      const end = payload.edges[e]![0] === i ? '1' : '2';
      line.setAttribute(`x${end}`, String(x));
      line.setAttribute(`y${end}`, String(y));
    }
  };
  selectAll<SVGAElement, unknown>(nodes).call(
    drag<SVGAElement, unknown>()
      .clickDistance(4)
      .subject(function () {
        return position[indexOf(this)]!;
      })
      .on('start', () => svg.classList.add('dragging'))
      .on('drag', function (event: { x: number; y: number }) {
        const i = indexOf(this);
        position[i] = { x: event.x, y: event.y };
        this.setAttribute('transform', `translate(${event.x} ${event.y})`);
        moveLines(i);
      })
      .on('end', () => svg.classList.remove('dragging')),
  );

  svg.addEventListener('pointerover', (event) => {
    const i = indexOf(event.target as Element);
    events.hover(i >= 0 ? i : null);
  });
  svg.addEventListener('pointerleave', () => events.hover(null));
  // Focus listeners go on the frame: Chromium makes an SVG element with focus listeners
  // a tab stop of its own.
  const frame = svg.parentElement!;
  frame.addEventListener('focusin', (event) => {
    const i = indexOf(event.target as Element);
    if (i < 0) return;
    // tabbing to a topic off screen brings it into view; a click or tap never moves the graph under the pointer
    if ((event.target as Element).matches(':focus-visible')) ensureVisible(i);
    events.focus(i);
  });
  frame.addEventListener('focusout', () => events.focus(null));

  // Touch has no hover: the first tap on a topic shows its name and neighbours, the
  // second opens it; a tap on empty space clears.
  let touch = false;
  let previewed = -1;
  svg.addEventListener('pointerdown', (event) => {
    touch = event.pointerType !== 'mouse';
  });
  svg.addEventListener('click', (event) => {
    if (!touch) return;
    const i = indexOf(event.target as Element);
    if (i >= 0 && i !== previewed) {
      event.preventDefault();
      nodes[i]!.focus({ preventScroll: true });
    } else if (i < 0 && document.activeElement instanceof SVGElement && svg.contains(document.activeElement)) {
      document.activeElement.blur();
    }
    previewed = i;
  });

  const ensureVisible = (i: number) => {
    const t = zoomTransform(svg);
    const [x, y] = t.apply([position[i]!.x, position[i]!.y]);
    const margin = 40;
    if (x < margin || y < margin || x > width - margin || y > height - margin) zoomer.translateTo(canvas, position[i]!.x, position[i]!.y);
  };

  let cut = 0;
  let lit: Element[] = [];
  let marked: Element[] = [];
  return {
    setCut(next) {
      for (let e = Math.min(cut, next); e < Math.max(cut, next); e++) lines[e]!.classList.toggle('off', e < next);
      cut = next;
    },
    highlight(node, neighbourhood) {
      for (const element of lit) element.classList.remove('hl', 'nb');
      lit = [];
      svg.classList.toggle('hl-mode', node !== null);
      if (node === null || !neighbourhood) return;
      nodes[node]!.classList.add('hl');
      lit.push(nodes[node]!);
      for (const n of neighbourhood.nodes) {
        nodes[n]!.classList.add('nb');
        lit.push(nodes[n]!);
      }
      for (const e of neighbourhood.edges) {
        lines[e]!.classList.add('hl');
        lit.push(lines[e]!);
      }
    },
    mark(list) {
      for (const element of marked) element.classList.remove('match');
      marked = list.map((i) => nodes[i]!);
      for (const element of marked) element.classList.add('match');
    },
    focusNode(i) {
      nodes[i]!.focus({ preventScroll: true });
      ensureVisible(i);
    },
    zoomBy(factor) {
      zoomer.scaleBy(canvas, factor);
    },
    reset() {
      zoomer.transform(canvas, zoomIdentity);
    },
  };
}
