import { buildCoTopicGraph, type TopicInput } from './co-topics.ts';
import { buildScene, type Scene } from './scene.ts';

const scenes = new WeakMap<readonly TopicInput[], Scene>();

/**
 * The laid-out graph of a catalog's topics, computed once per build however many pages
 * (the graph page, every topic page's local graph) ask for it.
 */
export function catalogScene(topics: readonly TopicInput[]): Scene {
  let scene = scenes.get(topics);
  if (!scene) {
    scene = buildScene(buildCoTopicGraph(topics));
    scenes.set(topics, scene);
  }
  return scene;
}
