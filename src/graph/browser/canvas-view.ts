import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { baseScale, LABEL_PX, levelAt, shownAt } from '../label-scale.ts';
import { BASELINE_EM, GAP_EM, LINE_EM, SIDES } from '../label-geometry.ts';
import type { GraphModel } from '../model.ts';
import { edgeOpacity, edgeWidth } from '../edge-style.ts';
import { shapePath } from '../shapes.ts';
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

/** A bitmap of the graph as drawn under zoom transform `t`, covering a rectangle of the screen. */
interface Layer {
  bitmap: HTMLCanvasElement;
  t: ZoomTransform;
  /** The screen rectangle it covers (CSS pixels, under `t`). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How many lines go into one path: Skia fills many short paths faster than one huge one. */
const PATH_CHUNK = 64;
/** Time per frame spent drawing a layer in slices, in milliseconds. */
const SLICE_MS = 6;
/** Pan or zoom counts as paused after this long without input, in milliseconds. */
const SETTLE_MS = 150;

/**
 * Canvas drawing is recorded and rasterised later, all at once, when the bitmap is first
 * shown: reading a pixel makes it happen now, so each slice really costs its slice of time.
 */
function flush(target: CanvasRenderingContext2D): void {
  target.getImageData(0, 0, 1, 1);
}

export function canvasView(svg: SVGSVGElement, model: GraphModel, events: ViewEvents): GraphView {
  const { payload } = model;
  const frame = svg.parentElement!;
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${svg.getAttribute('aria-label') ?? 'Topic graph'}. The table below lists every topic with its links.`);
  const ctx = canvas.getContext('2d')!;

  // colours come from the page's stylesheet, so themes apply
  const resolve = (value: string) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    frame.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  };
  const colors = { fg: '', bg: '', accent: '', edge: '' };
  const readColors = () => {
    colors.fg = resolve('var(--fg)');
    colors.bg = resolve('var(--graph-bg)');
    colors.accent = resolve('var(--accent)');
    colors.edge = resolve('var(--graph-edge)');
  };
  readColors();

  const position = payload.nodes.map(({ x, y }) => ({ x, y }));
  const shapes = payload.nodes.map((n) => new Path2D(shapePath(payload.groups[n.group]!.shape, n.r)));
  // lines grouped by drawn width, so each width is a few strokes
  const byWidth = new Map<number, number[]>();
  payload.edges.forEach(([, , strength], e) => byWidth.set(edgeWidth(strength), [...(byWidth.get(edgeWidth(strength)) ?? []), e]));
  const widths = [...byWidth.keys()].sort((a, b) => a - b);
  const opacityOf = new Map(widths.map((w) => [w, edgeOpacity(payload.edges[byWidth.get(w)![0]!]![2])]));

  let cssWidth = 0;
  let cssHeight = 0;
  let unit = 1; // CSS pixels per graph unit, unzoomed
  let base = 1; // the screen scale labels are judged at, unzoomed (as in graph.css)
  let dpr = 1;
  let t: ZoomTransform = zoomIdentity;
  let cut = 0;
  /** A topic being dragged: left out of the layers, drawn live. */
  let loose = -1;
  let dragging = false;
  let lit: { node: number; nodes: Set<number>; edges: Set<number> } | null = null;
  let marked = new Set<number>();

  /** Draws lines and shapes into `target` as seen under `view`, a slice at a time. */
  function* paint(target: CanvasRenderingContext2D, view: ZoomTransform, x: number, y: number, w: number, h: number): Generator<void> {
    const scale = view.k * unit;
    target.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * (view.x - x), dpr * (view.y - y));
    const px = 1 / scale;
    const x0 = (x - view.x) / scale;
    const y0 = (y - view.y) / scale;
    const x1 = x0 + w / scale;
    const y1 = y0 + h / scale;
    target.lineCap = 'round';
    target.strokeStyle = colors.edge;
    let drawn = 0;
    for (const width of widths) {
      target.lineWidth = width * px;
      target.globalAlpha = opacityOf.get(width)!;
      target.beginPath();
      for (const e of byWidth.get(width)!) {
        if (e < cut) continue;
        const [s, d] = payload.edges[e]!;
        if (s === loose || d === loose) continue;
        const a = position[s]!;
        const b = position[d]!;
        if ((a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) || (a.y > y1 && b.y > y1)) continue;
        target.moveTo(a.x, a.y);
        target.lineTo(b.x, b.y);
        if (++drawn % PATH_CHUNK === 0) {
          target.stroke();
          target.beginPath();
          if (drawn % (PATH_CHUNK * 2) === 0) {
            flush(target);
            yield;
          }
        }
      }
      target.stroke();
    }
    target.globalAlpha = 1;
    target.lineWidth = 1.25 * px;
    const margin = 30 * px;
    for (const [g, group] of payload.groups.entries()) {
      const path = new Path2D();
      payload.nodes.forEach((n, i) => {
        if (n.group !== g || i === loose) return;
        const p = position[i]!;
        if (p.x < x0 - margin || p.x > x1 + margin || p.y < y0 - margin || p.y > y1 + margin) return;
        path.addPath(shapes[i]!, new DOMMatrix([1, 0, 0, 1, p.x, p.y]));
      });
      target.fillStyle = group.color;
      target.strokeStyle = group.stroke;
      target.fill(path);
      target.stroke(path);
      flush(target);
      yield;
    }
  }

  const newLayer = (view: ZoomTransform, x: number, y: number, w: number, h: number): { layer: Layer; steps: Generator<void> } => {
    const bitmap = document.createElement('canvas');
    bitmap.className = 'graph-layer';
    bitmap.width = Math.max(1, Math.round(w * dpr));
    bitmap.height = Math.max(1, Math.round(h * dpr));
    bitmap.style.width = `${w}px`;
    bitmap.style.height = `${h}px`;
    bitmap.setAttribute('aria-hidden', 'true');
    const layer = { bitmap, t: view, x, y, w, h };
    return { layer, steps: paint(bitmap.getContext('2d', { willReadFrequently: true })!, view, x, y, w, h) };
  };

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
    const { layer, steps } = newLayer(zoomIdentity, 0, 0, cssWidth, cssHeight);
    for (const _ of steps);
    show('base', layer);
  };
  /** Redraw the layers (links hidden, a topic moved, colours changed), in slices. */
  const invalidate = () => {
    const { layer, steps } = newLayer(zoomIdentity, 0, 0, cssWidth, cssHeight);
    job = {
      layer,
      steps,
      done: (fresh) => {
        show('detail', null);
        show('base', fresh);
        if (!dragging) loose = -1;
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
      if (t.k <= 1) {
        show('detail', null);
        return;
      }
      const { layer, steps } = newLayer(t, -cssWidth * 0.25, -cssHeight * 0.25, cssWidth * 1.5, cssHeight * 1.5);
      job = { layer, steps, done: (fresh) => show('detail', fresh) };
      schedule();
    }, SETTLE_MS);
  };

  /** Moves a layer to where the current zoom puts it: a compositor job, no repaint. */
  const place = (layer: Layer | null) => {
    if (!layer) return;
    const k = t.k / layer.t.k;
    layer.bitmap.style.transform = `translate(${t.x + (layer.x - layer.t.x) * k}px, ${t.y + (layer.y - layer.t.y) * k}px) scale(${k})`;
    layer.bitmap.style.opacity = lit ? '0.14' : '1';
  };

  const drawShape = (i: number, color: string | null, width: number) => {
    const { x, y } = position[i]!;
    const scale = t.k * unit;
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * (t.x + x * scale), dpr * (t.y + y * scale));
    ctx.fillStyle = payload.groups[payload.nodes[i]!.group]!.color;
    ctx.fill(shapes[i]!);
    ctx.strokeStyle = color ?? payload.groups[payload.nodes[i]!.group]!.stroke;
    ctx.lineWidth = width / scale;
    ctx.stroke(shapes[i]!);
  };
  const drawLines = (edges: Iterable<number>, color: string, alpha: number | null) => {
    const scale = t.k * unit;
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * t.x, dpr * t.y);
    ctx.strokeStyle = color;
    ctx.lineCap = 'round';
    for (const e of edges) {
      if (e < cut) continue;
      const [s, d, strength] = payload.edges[e]!;
      ctx.globalAlpha = alpha ?? edgeOpacity(strength);
      ctx.lineWidth = edgeWidth(strength) / scale;
      ctx.beginPath();
      ctx.moveTo(position[s]!.x, position[s]!.y);
      ctx.lineTo(position[d]!.x, position[d]!.y);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  };

  // Labels keep one size on screen, so each is drawn once into a small bitmap (with its
  // halo) and stamped where it belongs each frame: far cheaper than setting text.
  let sprites = new Map<number, { bitmap: HTMLCanvasElement; dx: number; dy: number }>();
  const labelPx = () => (LABEL_PX * unit) / base;
  const sprite = (i: number) => {
    let made = sprites.get(i);
    if (made) return made;
    const node = payload.nodes[i]!;
    const px = labelPx();
    const halo = (3.5 * unit) / base;
    const font = `600 ${px}px system-ui, sans-serif`;
    const bitmap = document.createElement('canvas');
    const c = bitmap.getContext('2d')!;
    c.font = font;
    const width = Math.ceil(Math.max(...node.lines.map((line) => c.measureText(line).width)) + 2 * halo);
    const height = Math.ceil(node.lines.length * LINE_EM * px + 2 * halo);
    bitmap.width = Math.ceil(width * dpr);
    bitmap.height = Math.ceil(height * dpr);
    c.scale(dpr, dpr);
    c.font = font;
    c.lineJoin = 'round';
    c.lineWidth = halo;
    c.strokeStyle = colors.bg;
    c.fillStyle = colors.fg;
    const side = SIDES[node.position];
    c.textAlign = side.anchor === 'middle' ? 'center' : side.anchor === 'start' ? 'left' : 'right';
    const ax = side.anchor === 'middle' ? width / 2 : side.anchor === 'start' ? halo : width - halo;
    node.lines.forEach((line, l) => {
      const y = halo + (BASELINE_EM + l * LINE_EM) * px;
      c.strokeText(line, ax, y);
      c.fillText(line, ax, y);
    });
    // where the sprite's corner sits relative to the label's anchor point on the node's rim
    const n = node.lines.length;
    const top = side.hang === 'below' ? side.uy * GAP_EM * px : side.hang === 'above' ? (side.uy * GAP_EM - n * LINE_EM) * px : (-n * LINE_EM * px) / 2;
    made = { bitmap, dx: -ax + side.ux * GAP_EM * px, dy: top - halo };
    sprites.set(i, made);
    return made;
  };

  const drawLabels = () => {
    const level = levelAt(base * t.k);
    const scale = t.k * unit;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    payload.nodes.forEach((node, i) => {
      const visible = lit ? lit.node === i || lit.nodes.has(i) : shownAt(node, level) || marked.has(i);
      if (!visible) return;
      const side = SIDES[node.position];
      const ax = t.x + position[i]!.x * scale + side.ux * node.r * scale;
      const ay = t.y + position[i]!.y * scale + side.uy * node.r * scale;
      if (ax < -400 || ax > cssWidth + 400 || ay < -80 || ay > cssHeight + 80) return;
      const { bitmap, dx, dy } = sprite(i);
      ctx.drawImage(bitmap, Math.round((ax + dx) * dpr), Math.round((ay + dy) * dpr));
    });
  };

  const draw = () => {
    place(baseLayer);
    place(detail);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (loose >= 0) {
      drawLines(model.incident[loose]!, colors.edge, null);
      drawShape(loose, null, 1.25);
    }
    if (lit) {
      drawLines(lit.edges, colors.accent, 0.95);
      for (const i of lit.nodes) drawShape(i, null, 1.25);
      drawShape(lit.node, colors.fg, 2.5);
    }
    for (const i of marked) drawShape(i, colors.accent, 3.5);
    drawLabels();
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
    cssWidth = frame.clientWidth;
    cssHeight = cssWidth * (payload.height / payload.width);
    dpr = window.devicePixelRatio || 1;
    unit = cssWidth / payload.width;
    base = baseScale(cssWidth);
    canvas.width = Math.round(cssWidth * dpr);
    canvas.height = Math.round(cssHeight * dpr);
    sprites = new Map();
  };

  // Label bitmaps for the labels zooming in will reveal, made while the page is idle, so
  // a zoom that uncovers hundreds of labels does not stall on making them.
  const byLevel = payload.nodes.map((_, i) => i).sort((a, b) => payload.nodes[a]!.level - payload.nodes[b]!.level);
  const idle = (work: (deadline: { timeRemaining(): number }) => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(() => work({ timeRemaining: () => 8 }), 50);
  const warm = (deadline: { timeRemaining(): number }) => {
    const made = sprites;
    let next = byLevel.findIndex((i) => !made.has(i));
    while (next >= 0 && next < byLevel.length && deadline.timeRemaining() > 2) sprite(byLevel[next++]!);
    if (next >= 0 && next < byLevel.length) idle(warm);
  };

  // swap the SVG for the canvases in one task: the picture does not move
  frame.insertBefore(canvas, svg);
  size();
  renderBaseNow();
  draw();
  svg.style.display = 'none';
  idle(warm);
  new ResizeObserver(() => {
    if (frame.clientWidth === cssWidth) return;
    size();
    renderBaseNow();
    show('detail', null);
    draw();
    settle();
    idle(warm);
  }).observe(frame);
  // a theme change (the system's, or the site's toggle on <html>) recolours the drawing
  const recolour = () => {
    readColors();
    sprites = new Map();
    invalidate();
    idle(warm);
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  new MutationObserver(recolour).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });

  const toGraph = (sx: number, sy: number) => ({ x: (sx - t.x) / (t.k * unit), y: (sy - t.y) / (t.k * unit) });
  const nodeAt = (sx: number, sy: number): number => {
    const { x, y } = toGraph(sx, sy);
    const slack = 3 / (t.k * unit);
    for (let i = payload.nodes.length - 1; i >= 0; i--) {
      const dx = position[i]!.x - x;
      const dy = position[i]!.y - y;
      const r = payload.nodes[i]!.r + slack;
      if (dx * dx + dy * dy <= r * r) return i;
    }
    return -1;
  };

  const zoomer = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.6, 16])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      t = event.transform;
      schedule();
      settle();
    });
  const selection = select(canvas);
  selection
    .call(
      drag<HTMLCanvasElement, unknown>()
        .clickDistance(4)
        .subject((event: { x: number; y: number }) => {
          const i = nodeAt(event.x, event.y);
          return i < 0 ? undefined : { x: t.x + position[i]!.x * t.k * unit, y: t.y + position[i]!.y * t.k * unit, i };
        })
        .on('start', (event: { subject: { i: number } }) => {
          dragging = true;
          loose = event.subject.i;
          show('detail', null);
          renderBaseNow();
        })
        .on('drag', (event: { x: number; y: number }) => {
          position[loose] = toGraph(event.x, event.y);
          schedule();
        })
        .on('end', () => {
          dragging = false;
          invalidate();
        }),
    )
    .call(zoomer);

  canvas.addEventListener('pointermove', (event) => {
    if (dragging) return;
    const i = nodeAt(event.offsetX, event.offsetY);
    canvas.style.cursor = i >= 0 ? 'pointer' : '';
    events.hover(i >= 0 ? i : null);
  });
  canvas.addEventListener('pointerleave', () => events.hover(null));
  canvas.addEventListener('click', (event) => {
    const i = nodeAt(event.offsetX, event.offsetY);
    if (i >= 0) location.assign(payload.nodes[i]!.href);
    else events.focus(null);
  });

  return {
    setCut(next) {
      cut = next;
      invalidate();
    },
    highlight(node, neighbourhood) {
      lit = node === null || !neighbourhood ? null : { node, nodes: new Set(neighbourhood.nodes), edges: new Set(neighbourhood.edges) };
      schedule();
    },
    mark(list) {
      marked = new Set(list);
      schedule();
    },
    focusNode(i) {
      canvas.focus({ preventScroll: true });
      zoomer.translateTo(selection, position[i]!.x * unit, position[i]!.y * unit);
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
