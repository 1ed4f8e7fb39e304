import { detectCommunities } from '../../shared/communities.ts';
import type { CoTopicGraph } from './co-topics.ts';
import type { Shape } from '../shapes.ts';

/** A community of topics as the legend shows it. */
export interface Group {
  /** Short name: its biggest topic's, e.g. `Diffusion models`. */
  name: string;
  /** Legend text: its biggest topics and how many more. */
  label: string;
  color: string;
  /** Darker edge of the same hue, so light fills stand out on a light page. */
  stroke: string;
  shape: Shape;
  /** Node indices, most papers first. */
  members: number[];
}

/** Tableau 10's first eight hues: distinct for most colour-blind readers and on light and dark pages. */
const PALETTE = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7'];
const GROUP_SHAPES: Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'triangle-down', 'pentagon', 'star'];
const OTHER = { color: '#a0a0a0', shape: 'cross' as Shape };

function darken(hex: string, amount = 0.45): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 255) * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}

function describeMembers(names: string[]): string {
  const [first, second] = names;
  if (names.length <= 2) return names.join(' and ');
  return `${first}, ${second} and ${names.length - 2} more`;
}

/**
 * Topics grouped by community, the biggest communities (by papers) first. The eight
 * biggest with two or more topics get a colour and a shape; smaller ones and loners
 * share an "other" group.
 */
export function groupTopics(graph: CoTopicGraph): { groups: Group[]; groupOf: number[] } {
  const community = detectCommunities(
    graph.nodes.length,
    graph.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength })),
  );
  const members = new Map<number, number[]>();
  community.forEach((c, node) => members.set(c, [...(members.get(c) ?? []), node]));
  const papers = (list: number[]) => list.reduce((sum, i) => sum + graph.nodes[i]!.papers, 0);
  const ranked = [...members.values()]
    .map((list) => list.sort((a, b) => graph.nodes[b]!.papers - graph.nodes[a]!.papers || a - b))
    .sort((a, b) => papers(b) - papers(a) || a[0]! - b[0]!);
  const named = ranked.filter((list) => list.length >= 2).slice(0, PALETTE.length);
  const rest = ranked
    .filter((list) => !named.includes(list))
    .flat()
    .sort((a, b) => graph.nodes[b]!.papers - graph.nodes[a]!.papers || a - b);
  const groups: Group[] = named.map((list, i) => ({
    name: graph.nodes[list[0]!]!.name,
    label: describeMembers(list.map((n) => graph.nodes[n]!.name)),
    color: PALETTE[i]!,
    stroke: darken(PALETTE[i]!),
    shape: GROUP_SHAPES[i]!,
    members: list,
  }));
  if (rest.length > 0) {
    groups.push({ name: 'Other topics', label: 'Other topics', color: OTHER.color, stroke: darken(OTHER.color), shape: OTHER.shape, members: rest });
  }
  const groupOf = new Array<number>(graph.nodes.length).fill(0);
  groups.forEach((group, g) => group.members.forEach((n) => (groupOf[n] = g)));
  return { groups, groupOf };
}
