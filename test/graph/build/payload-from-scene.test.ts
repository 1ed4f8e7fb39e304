import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../../src/graph/build/co-topics.ts';
import { graphPayload, payloadJson } from '../../../src/graph/build/payload-from-scene.ts';
import { buildScene } from '../../../src/graph/build/scene.ts';
import { fiveTopics } from '../fixtures.ts';

const scene = buildScene(buildCoTopicGraph(fiveTopics()));

describe('graphPayload', () => {
  it('hands the script data that matches the drawing element for element', () => {
    const payload = graphPayload(scene, (slug) => `/topics/${slug}/`);
    expect(payload.nodes.map((n) => n.slug)).toEqual(scene.nodes.map((n) => n.slug));
    expect(payload.edges.map(([a, b]) => [a, b])).toEqual(scene.edges.map((e) => [e.source, e.target]));
    expect(payloadJson({ ...payload, nodes: [{ ...payload.nodes[0]!, name: '</script>' }] })).not.toContain('</script>');
  });
});
