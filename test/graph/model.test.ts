import { describe, expect, it } from 'vitest';
import { buildCoTopicGraph } from '../../src/graph/build/co-topics.ts';
import { GraphModel } from '../../src/graph/model.ts';
import { graphPayload } from '../../src/graph/build/payload-from-scene.ts';
import { buildScene } from '../../src/graph/build/scene.ts';
import { fiveTopics } from './fixtures.ts';

const payload = graphPayload(buildScene(buildCoTopicGraph(fiveTopics())), (slug) => `/topics/${slug}/`);
const model = new GraphModel(payload);
const slugs = (nodes: number[]) => nodes.map((i) => payload.nodes[i]!.slug).sort();

describe('GraphModel', () => {
  it('hides the links weaker than the slider, weakest first', () => {
    expect(model.cutFor(0)).toBe(0);
    expect(model.cutFor(0.21)).toBe(1); // b–c, 0.2
    expect(model.cutFor(0.41)).toBe(4); // and the three at 0.4
    expect(model.cutFor(1)).toBe(6);
  });

  it("gives a topic's neighbours through the links still shown", () => {
    const b = payload.nodes.findIndex((n) => n.slug === 'b');
    expect(slugs(model.neighbourhood(b).nodes)).toEqual(['a', 'c', 'd']);
    expect(slugs(model.neighbourhood(b, model.cutFor(0.3)).nodes)).toEqual(['a', 'd']);
    expect(model.neighbourhood(b).edges).toHaveLength(3);
  });

  it('finds topics by name, whole names first, ignoring case and accents', () => {
    const find = (q: string) => model.find(q).map((i) => payload.nodes[i]!.slug);
    expect(find('topic c')).toEqual(['c']);
    expect(find('TOPIC')).toEqual(['a', 'd', 'b', 'c']);
    expect(find('tópic d')).toEqual(['d']);
    expect(find('zzz')).toEqual([]);
    expect(find('  ')).toEqual([]);
  });
});
