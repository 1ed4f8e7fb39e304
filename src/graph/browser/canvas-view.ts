import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { baseScale } from '../label-scale.ts';
import type { GraphModel } from '../model.ts';
import { readThemeColors } from './canvas-colors.ts';
import { nodeAt, toGraph } from './canvas-hit.ts';
import { spriteWarmer } from './canvas-labels.ts';
import { createLayer, edgeBatches, placeLayer, type Layer } from './canvas-layers.ts';
import { drawOverlay } from './canvas-overlay.ts';
import { createState } from './canvas-state.ts';
import type { GraphView, ViewEvents } from './view.ts';

/**
 * The same picture on canvases, for graphs with more lines than SVG can pan smoothly.
 *
 * Drawing 10,000 anti-aliased lines takes tens of milliseconds in a software-rendered
 * browser: too slow to repeat every frame. So lines and shapes are drawn once into
 * bitmaps ("layers") that pan and zoom moves with a CSS transform, which the browser's
 * compositor applies without repainting: a base layer of the whole graph, and, once pan
 * or zoom pauses, a sharp layer of what is on screen, drawn a slice per frame so no
 * frame is long. Labels, highlights and a dragged topic are drawn live each frame on a
 * transparent canvas on top, which also takes the pointer.
 */

/** Time per frame spent drawing a layer in slices, in milliseconds. */
const SLICE_MS = 6;
/** Pan or zoom counts as paused after this long without input, in milliseconds. */
const SETTLE_MS = 150;

/** The canvas that replaces the SVG: it shows the labels and highlights, and takes the pointer. */
function overlayCanvas(svg: SVGSVGElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${svg.getAttribute('aria-label') ?? 'Topic graph'}. The table below lists every topic with its links.`);
  return canvas;
}

export function canvasView(svg: SVGSVGElement, model: GraphModel, events: ViewEvents): GraphView {
  const { payload } = model;
  const frame = svg.parentElement!;
  const canvas = overlayCanvas(svg);
  const ctx = canvas.getContext('2d')!;
  const state = createState(payload);
  const { position } = state;
  // colours come from the page's stylesheet, so themes apply
  readThemeColors(frame, state.colors);
  const batches = edgeBatches(payload);
  const newLayer = (view: ZoomTransform, x: number, y: number, w: number, h: number) => createLayer(state, batches, view, x, y, w, h);

  /** The whole graph, unzoomed: shown wherever no sharper layer covers the screen. */
  let baseLayer: Layer | null = null;
  /** What is on screen at the last pause, drawn sharp. */
  let detail: Layer | null = null;
  /** A layer being drawn a slice per frame. */
  let job: { layer: Layer; steps: Generator<void>; done: (layer: Layer) => void } | null = null;

  const show = (slot: 'base' | 'detail', layer: Layer | null) => {
    const old = slot === 'base' ? baseLayer : detail;
    if (old && old !== layer) old.bitmap.remove();
    if (layer && !layer.bitmap.isConnected) frame.insertBefore(layer.bitmap, slot === 'base' ? frame.firstChild : canvas);
    if (slot === 'base') baseLayer = layer;
    else detail = layer;
  };
  const renderBaseNow = () => {
    const { layer, steps } = newLayer(zoomIdentity, 0, 0, state.cssWidth, state.cssHeight);
    for (const _ of steps);
    show('base', layer);
  };
  /** Redraw the layers (links hidden, a topic moved, colours changed), in slices. */
  const invalidate = () => {
    const { layer, steps } = newLayer(zoomIdentity, 0, 0, state.cssWidth, state.cssHeight);
    job = {
      layer,
      steps,
      done: (fresh) => {
        show('detail', null);
        show('base', fresh);
        if (!state.dragging) state.loose = -1;
        settle();
      },
    };
    schedule();
  };

  let settleTimer = 0;
  /** After pan or zoom pauses: draw the screen sharp at the new zoom. */
  const settle = () => {
    clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      if (job) return;
      if (state.t.k <= 1) {
        show('detail', null);
        return;
      }
      const { cssWidth, cssHeight } = state;
      const { layer, steps } = newLayer(state.t, -cssWidth * 0.25, -cssHeight * 0.25, cssWidth * 1.5, cssHeight * 1.5);
      job = { layer, steps, done: (fresh) => show('detail', fresh) };
      schedule();
    }, SETTLE_MS);
  };

  const draw = () => {
    placeLayer(state, baseLayer);
    placeLayer(state, detail);
    drawOverlay(ctx, state, model);
  };

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (job) {
        const until = performance.now() + SLICE_MS;
        let finished = false;
        while (performance.now() < until) {
          if (job.steps.next().done) {
            finished = true;
            break;
          }
        }
        if (finished) {
          const { layer, done } = job;
          job = null;
          done(layer);
        } else schedule();
      }
      draw();
    });
  };

  const size = () => {
    state.cssWidth = frame.clientWidth;
    state.cssHeight = state.cssWidth * (payload.height / payload.width);
    state.dpr = window.devicePixelRatio || 1;
    state.unit = state.cssWidth / payload.width;
    state.base = baseScale(state.cssWidth);
    canvas.width = Math.round(state.cssWidth * state.dpr);
    canvas.height = Math.round(state.cssHeight * state.dpr);
    state.sprites = new Map();
  };

  const warmLabels = spriteWarmer(state);

  // swap the SVG for the canvases in one task: the picture does not move
  frame.insertBefore(canvas, svg);
  size();
  renderBaseNow();
  draw();
  svg.style.display = 'none';
  warmLabels();
  new ResizeObserver(() => {
    if (frame.clientWidth === state.cssWidth) return;
    size();
    renderBaseNow();
    show('detail', null);
    draw();
    settle();
    warmLabels();
  }).observe(frame);
  // a theme change (the system's, or the site's toggle on <html>) recolours the drawing
  const recolour = () => {
    readThemeColors(frame, state.colors);
    state.sprites = new Map();
    invalidate();
    warmLabels();
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  new MutationObserver(recolour).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });

  const zoomer = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.6, 16])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      state.t = event.transform;
      schedule();
      settle();
    });
  const selection = select(canvas);
  selection
    .call(
      drag<HTMLCanvasElement, unknown>()
        .clickDistance(4)
        .subject((event: { x: number; y: number }) => {
          const i = nodeAt(state, event.x, event.y);
          const { t, unit } = state;
          return i < 0 ? undefined : { x: t.x + position[i]!.x * t.k * unit, y: t.y + position[i]!.y * t.k * unit, i };
        })
        .on('start', (event: { subject: { i: number } }) => {
          state.dragging = true;
          state.loose = event.subject.i;
          show('detail', null);
          renderBaseNow();
        })
        .on('drag', (event: { x: number; y: number }) => {
          position[state.loose] = toGraph(state, event.x, event.y);
          schedule();
        })
        .on('end', () => {
          state.dragging = false;
          invalidate();
        }),
    )
    .call(zoomer);

  canvas.addEventListener('pointermove', (event) => {
    if (state.dragging) return;
    const i = nodeAt(state, event.offsetX, event.offsetY);
    canvas.style.cursor = i >= 0 ? 'pointer' : '';
    events.hover(i >= 0 ? i : null);
  });
  canvas.addEventListener('pointerleave', () => events.hover(null));
  canvas.addEventListener('click', (event) => {
    const i = nodeAt(state, event.offsetX, event.offsetY);
    if (i >= 0) location.assign(payload.nodes[i]!.href);
    else events.focus(null);
  });

  return {
    setCut(next) {
      state.cut = next;
      invalidate();
    },
    highlight(node, neighbourhood) {
      state.lit = node === null || !neighbourhood ? null : { node, nodes: new Set(neighbourhood.nodes), edges: new Set(neighbourhood.edges) };
      schedule();
    },
    mark(list) {
      state.marked = new Set(list);
      schedule();
    },
    focusNode(i) {
      canvas.focus({ preventScroll: true });
      zoomer.translateTo(selection, position[i]!.x * state.unit, position[i]!.y * state.unit);
      events.focus(i);
    },
    zoomBy(factor) {
      zoomer.scaleBy(selection, factor);
    },
    reset() {
      zoomer.transform(selection, zoomIdentity);
    },
  };
}
