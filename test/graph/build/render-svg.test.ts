import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../../src/graph/build/co-topics.ts';
import { renderGraphSvg } from '../../../src/graph/build/render-svg.ts';
import { buildScene } from '../../../src/graph/build/scene.ts';
import { fiveTopics } from '../fixtures.ts';

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

});
