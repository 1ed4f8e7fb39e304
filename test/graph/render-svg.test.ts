import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../src/graph/co-topics.ts';
import { LADDER, SMALL_STEPS } from '../../src/graph/label-scale.ts';
import { graphPayload, payloadJson, renderGraphSvg } from '../../src/graph/render-svg.ts';
import { buildScene } from '../../src/graph/scene.ts';
import { fiveTopics } from './fixtures.ts';

const scene = buildScene(buildCoTopicGraph(fiveTopics()));
const svg = renderGraphSvg(scene, { href: (slug) => `/topics/${slug}/`, label: 'Topics & links' });

describe('renderGraphSvg', () => {
  it('draws one link per topic and one line per edge', () => {
    expect(svg.match(/<a class="node" href="\/topics\/[a-d]\/"/g)).toHaveLength(4);
    expect(svg.match(/<line class="edge"/g)).toHaveLength(6);
  });

  it('names each topic for screen readers and escapes text', () => {
    expect(svg).toContain('aria-label="Topic A: 4 papers, linked to 3 topics"');
    expect(svg).toContain('aria-label="Topics &amp; links"');
    const tricky = buildScene({ nodes: [{ slug: 'x', name: 'A <b> & "c"', description: '', papers: 3 }], edges: [] });
    expect(renderGraphSvg(tricky, { href: () => '#', label: 'x' })).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('puts each label in its zoom class, so the stylesheet can show it from the right width', () => {
    for (const node of scene.nodes) expect(svg).toContain(`lbl v${node.label.level}`);
  });

  it('hands the script data that matches the drawing element for element', () => {
    const payload = graphPayload(scene, (slug) => `/topics/${slug}/`);
    expect(payload.nodes.map((n) => n.slug)).toEqual(scene.nodes.map((n) => n.slug));
    expect(payload.edges.map(([a, b]) => [a, b])).toEqual(scene.edges.map((e) => [e.source, e.target]));
    expect(payloadJson({ ...payload, nodes: [{ ...payload.nodes[0]!, name: '</script>' }] })).not.toContain('</script>');
  });
});

describe('graph.css', () => {
  it('has one container query per step of the label ladder, with the same widths and scales', () => {
    const css = readFileSync('src/graph/graph.css', 'utf8');
    const queries = [...css.matchAll(/@container graph \(min-width: ([\d.]+)px\) \{ \.graph-svg \{ --s: ([\d.]+); \} \.graph-svg \.v(\d+) \{ display: inline; \} \}/g)];
    expect(queries.length).toBeGreaterThanOrEqual(8);
    queries.forEach(([, width, s, step], i) => {
      expect(Number(step)).toBe(i + 1);
      expect(Number(s)).toBe(LADDER[i + 1]);
      expect(Number(width)).toBeCloseTo(LADDER[i + 1]! * 1000, 6);
    });
    expect(css).toContain(`--s: ${LADDER[0]};`);
  });

  it('shows the extra phone-sized labels at their own step only', () => {
    const css = readFileSync('src/graph/graph.css', 'utf8');
    const ranges = [...css.matchAll(/@container graph \((?:([\d.]+)px <= )?width < ([\d.]+)px\) \{ \.graph-svg \.p(\d+) \{ display: inline; \} \}/g)];
    expect(ranges).toHaveLength(SMALL_STEPS);
    ranges.forEach(([, from, to, step], i) => {
      expect(Number(step)).toBe(i);
      if (i > 0) expect(Number(from)).toBeCloseTo(LADDER[i]! * 1000, 6);
      expect(Number(to)).toBeCloseTo(LADDER[i + 1]! * 1000, 6);
    });
  });
});
