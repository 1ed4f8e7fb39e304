import { GraphModel } from '../model.ts';
import type { GraphPayload } from '../payload.ts';
import { plural } from '../../shared/plural.ts';
import type { GraphView } from './view.ts';
import { svgView } from './svg-view.ts';
// imported up front, not on demand: a lazy chunk costs every page a second round trip
// (Vite's preload helper) before the graph turns interactive, to save 3 KB
import { canvasView } from './canvas-view.ts';

/**
 * The graph page's script. The graph is already drawn (SVG, at build time); this adds
 * zoom, pan, drag, highlighting, the strength slider and the topic finder. Graphs too big
 * for SVG to pan smoothly are redrawn on a canvas instead.
 */

/**
 * Above either size, pan and zoom go to a canvas. In `npm run bench:graph`, SVG keeps up
 * with the seed catalog (59 topics, 336 links) but not with 1,000 links; the canvas does
 * at 10,000.
 */
export const CANVAS_ABOVE = { nodes: 250, edges: 600 };

export function initGraph(root: HTMLElement | null = document.querySelector<HTMLElement>('[data-graph]')): void {
  const data = root?.querySelector('script[type="application/json"]');
  const svg = root?.querySelector<SVGSVGElement>('svg.graph-svg');
  if (!root || !data || !svg) return;
  const started = performance.now();
  const payload = JSON.parse(data.textContent ?? '{}') as GraphPayload;
  const model = new GraphModel(payload);

  let hovered: number | null = null;
  let focused: number | null = null;
  let cut = 0;
  let view: GraphView;
  const refresh = () => {
    const node = hovered ?? focused;
    view.highlight(node, node === null ? undefined : model.neighbourhood(node, cut));
  };
  const events = {
    hover(node: number | null) {
      if (node === hovered) return;
      hovered = node;
      refresh();
    },
    focus(node: number | null) {
      focused = node;
      refresh();
    },
  };
  // ?renderer=svg|canvas overrides the choice, for tests and comparisons
  const forced = new URLSearchParams(location.search).get('renderer') ?? root.dataset['renderer'];
  const big = payload.nodes.length > CANVAS_ABOVE.nodes || payload.edges.length > CANVAS_ABOVE.edges;
  if (forced === 'canvas' || (forced !== 'svg' && big)) {
    view = canvasView(svg, model, events);
    root.dataset['renderer'] = 'canvas';
  } else {
    view = svgView(svg, model, events);
    root.dataset['renderer'] = 'svg';
  }

  // the strength slider
  const slider = root.querySelector<HTMLInputElement>('input[name="strength"]');
  const shown = root.querySelector<HTMLOutputElement>('output[for="graph-strength"]');
  const onSlide = () => {
    if (!slider) return;
    const min = Number(slider.value);
    cut = model.cutFor(min);
    view.setCut(cut);
    refresh();
    const total = payload.edges.length;
    if (shown) shown.textContent = cut === 0 ? `all ${plural(total, 'link')}` : `${total - cut} of ${plural(total, 'link')}`;
  };
  slider?.addEventListener('input', onSlide);
  if (slider && Number(slider.value) > 0) onSlide();

  // the topic finder
  const finder = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[name="topic"]');
  const status = root.querySelector<HTMLElement>('[data-graph-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  input?.addEventListener('input', (event) => {
    const query = input.value.trim();
    const matches = query.length >= 2 ? model.find(query) : [];
    view.mark(matches);
    // picking one of the suggestions (not typing) goes there at once
    const picked = !(event instanceof InputEvent) || event.inputType === 'insertReplacementText';
    if (picked && matches.length > 0 && payload.nodes[matches[0]!]!.name === query) go(matches[0]!);
  });
  const go = (node: number) => {
    const topic = payload.nodes[node]!;
    const links = model.neighbourhood(node, cut).nodes.length;
    say(`${topic.name}: ${plural(topic.papers, 'paper')}, ${plural(links, 'linked topic')}. Press Enter to open it.`);
    view.focusNode(node);
  };
  finder?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input?.value.trim() ?? '';
    const [first] = model.find(query);
    if (first === undefined) {
      view.mark([]);
      say(query ? `No topic matches “${query}”.` : '');
      return;
    }
    go(first);
  });

  // zoom buttons
  root.querySelector('[data-zoom="in"]')?.addEventListener('click', () => view.zoomBy(1.5));
  root.querySelector('[data-zoom="out"]')?.addEventListener('click', () => view.zoomBy(1 / 1.5));
  root.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => view.reset());
  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[data-graph-enable]')) control.disabled = false;

  // arriving from a topic page's local graph: /graph/?focus=<slug>
  const wanted = new URLSearchParams(location.search).get('focus');
  const target = wanted ? payload.nodes.findIndex((n) => n.slug === wanted) : -1;
  if (target >= 0) go(target);

  // when the graph became interactive (ms since navigation), and the script's own share of it
  root.dataset['ready'] = String(Math.round(performance.now() * 10) / 10);
  root.dataset['initMs'] = String(Math.round((performance.now() - started) * 10) / 10);
}
