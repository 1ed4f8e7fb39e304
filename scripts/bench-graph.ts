/**
 * `npm run bench:graph`: how the topic graph performs in Debian's headless Chromium.
 *
 * 1. A synthetic graph (1,000 topics and 10,000 links by default: `--nodes`, `--edges`)
 *    goes through the real pipeline (src/graph: communities, d3-force layout, label
 *    placement, SVG) into a standalone page in a temporary folder, with the graph page's
 *    own stylesheets and src/graph/browser/explorer.ts bundled by esbuild. It prints the build-time
 *    cost, the time from navigation to an interactive graph, and frames per second while
 *    a scripted mouse pans (drag) and zooms (wheel), for the renderer the script picks
 *    and, for comparison, for the other one.
 * 2. The seed catalog's graph page in the built site (dist/ or SITE_DIR): the size of its
 *    own script (gzip, as served), the time to interactive, and pan/zoom frame rates.
 *
 * Frame rates count requestAnimationFrame callbacks while the input runs. Bars: script
 * <= 30 KB gzipped, interactive <= 100 ms after the page's load event, >= 50 fps at
 * 1,000 topics / 10,000 links.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/browser.ts';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { startStaticServer } from './lib/static-server.ts';
import { jaccard, type CoTopicGraph, type GraphEdge } from '../src/graph/build/co-topics.ts';
import { median } from '../src/shared/median.ts';
import { mulberry32 } from '../src/shared/prng.ts';
import { buildScene } from '../src/graph/build/scene.ts';
import { graphPayload, payloadJson } from '../src/graph/build/payload-from-scene.ts';
import { renderGraphSvg } from '../src/graph/build/render-svg.ts';

const BAR = { scriptKB: 30, interactiveMs: 100, fps: 50 };
const { NODES, EDGES, SECONDS, LOADS } = readCommandLine('npm run bench:graph', 'npm run bench:graph [-- --nodes N] [--edges N] [--seconds N] [--loads N]', (args) => {
  const flags = parseFlags({ nodes: { type: 'string' }, edges: { type: 'string' }, seconds: { type: 'string' }, loads: { type: 'string' } }, args);
  return {
    NODES: wholeNumber('--nodes', flags.nodes, 1000, { min: 2 }),
    EDGES: wholeNumber('--edges', flags.edges, 10_000, { min: 1 }),
    SECONDS: wholeNumber('--seconds', flags.seconds, 3, { min: 1 }),
    LOADS: wholeNumber('--loads', flags.loads, 5, { min: 1 }),
  };
});
const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const VIEWPORT = { width: 1280, height: 900 };

const WORDS = ['neural', 'sparse', 'graph', 'kernel', 'adaptive', 'latent', 'robust', 'causal', 'quantum', 'spectral', 'federated', 'implicit', 'diffusion', 'tensor', 'bayesian', 'contrastive', 'recurrent', 'optimal', 'transport', 'attention'];
const NOUNS = ['models', 'learning', 'inference', 'networks', 'methods', 'fields', 'operators', 'estimation', 'control', 'retrieval'];

/**
 * A catalog-like graph: topics in communities of uneven size, paper counts with a long
 * tail, most links inside a community, link counts that fit both topics' sizes.
 */
function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): CoTopicGraph {
  const random = mulberry32(seed);
  const communities = Math.max(2, Math.round(Math.sqrt(nodeCount) * 0.7));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const papers = 3 + Math.floor(120 * random() ** 4);
    const name = `${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]} ${NOUNS[i % NOUNS.length]} ${i + 1}`;
    return { slug: `topic-${i + 1}`, name: name[0]!.toUpperCase() + name.slice(1), description: '', papers };
  });
  nodes.sort((a, b) => b.papers - a.papers);
  const community = nodes.map(() => Math.floor(random() ** 1.5 * communities));
  const members = Array.from({ length: communities }, (_, c) => community.flatMap((m, i) => (m === c ? [i] : [])));
  const seen = new Set<number>();
  const edges: GraphEdge[] = [];
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const pool = random() < 0.8 ? members[community[a]!]! : null;
    const b = pool && pool.length > 1 ? pool[Math.floor(random() * pool.length)]! : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    if (seen.has(source * nodeCount + target)) continue;
    seen.add(source * nodeCount + target);
    const smaller = Math.min(nodes[source]!.papers, nodes[target]!.papers);
    const count = 1 + Math.floor(random() ** 2 * (smaller - 1));
    edges.push({ source, target, count, strength: jaccard(count, nodes[source]!.papers, nodes[target]!.papers) });
  }
  edges.sort((x, y) => x.source - y.source || x.target - y.target);
  return { nodes, edges };
}

async function bundleScript(dir: string): Promise<void> {
  writeFileSync(join(dir, 'entry.ts'), `import { initGraph } from ${JSON.stringify(join(process.cwd(), 'src/graph/browser/explorer.ts'))};\ninitGraph();\n`);
  await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: join(dir, 'graph.js'), logLevel: 'error' });
}

function fixturePage(svg: string, json: string, edges: number, renderer?: 'svg' | 'canvas'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Graph benchmark</title><link rel="stylesheet" href="global.css"><link rel="stylesheet" href="graph.css"></head>
<body><main id="main"><h1>Graph benchmark</h1>
<div class="graph" data-graph${renderer ? ` data-renderer="${renderer}"` : ''}>
<form class="graph-controls-form"><fieldset class="graph-controls" data-graph-enable disabled>
<div class="find"><label for="graph-find">Find a topic</label><input id="graph-find" name="topic" type="search"></div>
<div class="strength"><label for="graph-strength">Hide weak links</label><div class="strength-row"><input id="graph-strength" name="strength" type="range" min="0" max="1" step="0.01" value="0"><output for="graph-strength">all ${edges} links</output></div></div>
</fieldset><p data-graph-status></p></form>
<figure class="graph-frame">${svg}</figure>
<script type="application/json">${json}</script>
</div></main><script type="module" src="graph.js"></script></body></html>`;
}

interface Timing {
  /** From navigation start to the script marking the graph interactive. */
  ready: number;
  /** The same, counted from the page's load event (negative: ready before load). */
  afterLoad: number;
  /** The same, counted from the last byte of the HTML: the browser's own share. */
  afterHtml: number;
  /** From navigation start to the first paint with content (the graph, drawn by the SVG). */
  paint: number;
  /** The graph script's own running time, from its start to interactive. */
  init: number;
}

async function loadTiming(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-graph][data-ready]');
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-graph]')!;
    const ready = Number(root.dataset['ready']);
    const init = Number(root.dataset['initMs']);
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { ready, afterLoad: ready - nav.loadEventStart, afterHtml: ready - nav.responseEnd, paint, init };
  });
}

/**
 * The graph page's own script: the module the graph component adds and every module it
 * imports, gzipped as a static host serves them (the search box's script, on every
 * page, is not the graph's).
 */
function graphScripts(site: string, html: string): [string, number][] {
  const entry = /<script type="module" src="([^"]*GraphExplorer[^"]*)"/.exec(html)?.[1];
  if (!entry) return [];
  const seen = new Map<string, number>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const code = readFileSync(join(site, path), 'utf8');
    seen.set(path, gzipSync(code).length);
    for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(new URL(spec!, `http://x${path}`).pathname);
  }
  return [...seen];
}


/** A point of the drawing with no topic under it, in page coordinates, to grab for panning. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const data = JSON.parse(document.querySelector('[data-graph] script[type="application/json"]')!.textContent!) as {
      width: number;
      height: number;
      nodes: { x: number; y: number; r: number }[];
    };
    const box = document.querySelector('.graph-frame')!.getBoundingClientRect();
    const unit = box.width / data.width;
    let best = { x: box.left + box.width / 2, y: box.top + box.height / 2, clear: -1 };
    for (let gx = 0.3; gx <= 0.7; gx += 0.02) {
      for (let gy = 0.3; gy <= 0.7; gy += 0.02) {
        const x = gx * data.width;
        const y = gy * data.height;
        const clear = Math.min(...data.nodes.map((n) => Math.hypot(n.x - x, n.y - y) - n.r));
        if (clear > best.clear) best = { x: box.left + x * unit, y: box.top + y * unit + window.scrollY * 0, clear };
      }
    }
    return { x: best.x, y: best.y };
  });
}

async function countFrames(page: Page, seconds: number, input: (until: number) => Promise<void>): Promise<{ fps: number; worst: number }> {
  // a string, not a function: tsx would wrap named inner functions in a helper the page lacks
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchRun = true;
    const tick = (t) => {
      window.benchFrames.push(t);
      if (window.benchRun) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await input(started + seconds * 1000);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRun: boolean };
    w.benchRun = false;
    return w.benchFrames;
  });
  const span = (frames.at(-1)! - frames[0]!) / 1000;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return { fps: (frames.length - 1) / span, worst: Math.max(...gaps) };
}

async function panAndZoom(page: Page): Promise<{ pan: { fps: number; worst: number }; zoom: { fps: number; worst: number }; moved: boolean }> {
  const spot = await emptySpot(page);
  const before = await viewState(page);
  await page.mouse.move(spot.x, spot.y);
  const pan = await countFrames(page, SECONDS, async (until) => {
    await page.mouse.down();
    for (let step = 0; Date.now() < until; step++) {
      const angle = step / 15;
      await page.mouse.move(spot.x + 120 * Math.sin(angle), spot.y + 80 * Math.sin(angle * 1.3));
    }
    await page.mouse.up();
  });
  await page.mouse.move(spot.x, spot.y);
  const zoom = await countFrames(page, SECONDS, async (until) => {
    for (let step = 0; Date.now() < until; step++) await page.mouse.wheel(0, Math.floor(step / 20) % 2 === 0 ? -40 : 40);
  });
  const after = await viewState(page);
  return { pan, zoom, moved: before !== after };
}

/** The current pan/zoom, to check the input really moved the graph. */
function viewState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const svg = document.querySelector('.graph-svg .viewport');
    const canvas = document.querySelector('.graph-canvas') as (HTMLCanvasElement & { __zoom?: { x: number; y: number; k: number } }) | null;
    if (canvas && canvas.__zoom) return JSON.stringify(canvas.__zoom);
    return svg?.getAttribute('transform') ?? '';
  });
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const fps = (r: { fps: number; worst: number }) => `${r.fps.toFixed(1)} fps (longest frame ${r.worst.toFixed(0)} ms)`;
const mark = (ok: boolean) => (ok ? 'ok' : 'BELOW BAR');

async function syntheticBench(): Promise<boolean> {
  console.log(`\nSynthetic graph: ${NODES} topics, ${EDGES} links`);
  const graph = syntheticGraph(NODES, EDGES);
  const started = performance.now();
  const scene = buildScene(graph);
  const built = performance.now() - started;
  const svg = renderGraphSvg(scene, { href: (slug) => `#${slug}`, label: 'Synthetic topic graph' });
  const json = payloadJson(graphPayload(scene, (slug) => `#${slug}`));
  console.log(`  build time (communities, layout, labels): ${ms(built)}; SVG ${(svg.length / 1024).toFixed(0)} KB, data ${(json.length / 1024).toFixed(0)} KB`);

  const dir = mkdtempSync(join(tmpdir(), 'bench-graph-'));
  let ok = true;
  try {
    await bundleScript(dir);
    writeFileSync(join(dir, 'global.css'), readFileSync('src/styles/global.css'));
    writeFileSync(join(dir, 'graph.css'), readFileSync('src/graph/components/graph.css'));
    writeFileSync(join(dir, 'index.html'), fixturePage(svg, json, scene.edges.length));
    writeFileSync(join(dir, 'svg.html'), fixturePage(svg, json, scene.edges.length, 'svg'));
    writeFileSync(join(dir, 'canvas.html'), fixturePage(svg, json, scene.edges.length, 'canvas'));
    const script = readFileSync(join(dir, 'graph.js'));
    console.log(`  bundled src/graph/browser/explorer.ts: ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped`);

    const server = await startStaticServer(dir);
    const browser = await launchChromium();
    try {
      for (const [label, file, isDefault] of [
        ['default renderer', 'index.html', true],
        ['SVG forced, for comparison', 'svg.html', false],
      ] as const) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const timings: Timing[] = [];
        for (let i = 0; i < LOADS; i++) timings.push(await loadTiming(page, `${server.url}/${file}`));
        const renderer = await page.locator('[data-graph]').getAttribute('data-renderer');
        const result = await panAndZoom(page);
        console.log(`  ${label} (${renderer}):`);
        console.log(`    first paint ${ms(median(timings.map((t) => t.paint)))}; interactive ${ms(median(timings.map((t) => t.ready)))} after navigation, ${ms(median(timings.map((t) => t.afterHtml)))} after the HTML arrived, ${ms(median(timings.map((t) => t.afterLoad)))} after load (median of ${LOADS}); the script itself runs ${ms(median(timings.map((t) => t.init)))}`);
        console.log(`    pan:  ${fps(result.pan)}`);
        console.log(`    zoom: ${fps(result.zoom)}${result.moved ? '' : '  (the view did not move: input missed the graph)'}`);
        if (errors.length > 0) console.log(`    page errors: ${errors.join('; ')}`);
        if (isDefault) {
          const pass = result.pan.fps >= BAR.fps && result.zoom.fps >= BAR.fps && result.moved && errors.length === 0;
          console.log(`    bar >= ${BAR.fps} fps: ${mark(pass)}`);
          ok &&= pass;
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

async function seedBench(): Promise<boolean> {
  console.log(`\nSeed catalog: ${SITE_DIR}/graph/`);
  if (!existsSync(join(SITE_DIR, 'graph', 'index.html'))) {
    console.log(`  no built graph page in ${SITE_DIR}/: build the site first (npm run build, or SITE_DIR=<folder>).`);
    return false;
  }
  const server = await startStaticServer(SITE_DIR);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const timings: Timing[] = [];
    for (let i = 0; i < LOADS; i++) timings.push(await loadTiming(page, `${server.url}/graph/`));
    const own = graphScripts(SITE_DIR, readFileSync(join(SITE_DIR, 'graph', 'index.html'), 'utf8'));
    const total = own.reduce((sum, [, size]) => sum + size, 0);
    const nodes = await page.locator('.graph-svg a.node').count();
    const edges = await page.locator('.graph-svg line.edge').count();
    console.log(`  ${nodes} topics, ${edges} links; renderer ${await page.locator('[data-graph]').getAttribute('data-renderer')}`);
    for (const [path, size] of own) console.log(`    ${path}: ${(size / 1024).toFixed(1)} KB gzipped`);
    const interactive = median(timings.map((t) => t.afterLoad));
    const scriptOk = total <= BAR.scriptKB * 1024;
    const readyOk = interactive <= BAR.interactiveMs;
    console.log(`  own script: ${(total / 1024).toFixed(1)} KB gzipped (bar <= ${BAR.scriptKB} KB: ${mark(scriptOk)})`);
    console.log(`  first paint ${ms(median(timings.map((t) => t.paint)))}: the graph is SVG in the HTML, so painting waits for no script (test/e2e/graph.test.ts draws it with JavaScript off)`);
    console.log(`  interactive ${ms(median(timings.map((t) => t.ready)))} after navigation, ${ms(median(timings.map((t) => t.afterHtml)))} after the HTML arrived, ${ms(interactive)} after the load event (median of ${LOADS}; bar <= ${BAR.interactiveMs} ms after load: ${mark(readyOk)}); the script itself runs ${ms(median(timings.map((t) => t.init)))}`);
    const result = await panAndZoom(page);
    console.log(`  pan:  ${fps(result.pan)}`);
    console.log(`  zoom: ${fps(result.zoom)}`);
    if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);
    await context.close();
    return scriptOk && readyOk && errors.length === 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

const synthetic = await syntheticBench();
const seed = await seedBench();
console.log(`\n${synthetic && seed ? 'All figures at or above the bar.' : 'Some figures are below the bar (see above).'}`);
