import { describe, expect, it } from 'vitest';
import { findBroadTopics, KEEPS_TO_ITSELF, MIN_OWN_SHARE, ownTopicShare, subsumedTopics } from '../../../src/topics/induce/hierarchy.ts';
import { listName } from '../../../src/topics/induce/names.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('ownTopicShare', () => {
  it('is the share of tags on the community’s papers that are of topics mostly inside it', () => {
    const members = new Set(range(0, 6));
    // 3 of 3 inside, 2 of 3 inside (own at 60 %), none inside.
    expect(ownTopicShare(members, [[0, 1, 2], [3, 4, 9], [7, 8, 9]])).toBe(1);
    // Half inside is not the community's own: 2 tags of 2 are of a shared topic.
    expect(ownTopicShare(members, [[0, 1, 7, 8]])).toBe(0);
    expect(ownTopicShare(members, [[0, 1, 2], [3, 4, 7, 8]])).toBeCloseTo(3 / 5);
    expect(ownTopicShare(members, [])).toBe(0);
  });
});

describe('findBroadTopics', () => {
  // Two communities of `size` papers each; three narrow topics of three papers inside each.
  function catalog(size: number, crossing: boolean) {
    const community = [...range(0, size).map(() => 0), ...range(0, size).map(() => 1)];
    const topics = crossing
      ? // Each subject is written on both sides: a catalog of one field.
        [[0, 1, size, size + 1], [2, 3, size + 2, size + 3], [4, 5, size + 4, size + 5], [6, 7, size + 6, size + 7]]
      : [[0, 1, 2], [3, 4, 5], [6, 7, 8], [size, size + 1, size + 2], [size + 3, size + 4, size + 5], [size + 6, size + 7, size + 8]];
    const keys = topics.map((_, i) => [`subject ${String.fromCharCode(97 + i)}`]);
    const namers = new Map(topics.map((papers, i) => [keys[i]![0]!, papers]));
    return { community, topics, keys, namers };
  }

  it('makes each community of a field of its own a broad topic over its subjects', () => {
    const { community, topics, keys, namers } = catalog(10, false);
    const broad = findBroadTopics(community, topics, keys, namers, new Map([[0, 0.7], [1, 0.7]]));
    expect(broad).toHaveLength(2);
    for (const b of broad) expect(b.children.length + (b.self === undefined ? 0 : 1)).toBe(3);
    // Three papers of ten: "subject a" fits the community at F1 6/13, enough to name it alone.
    expect(broad.every((b) => b.alsoNamedBy.length === 0)).toBe(true);
  });

  it('names a field one phrase covers loosely by its three best subjects', () => {
    const { community, topics, keys, namers } = catalog(40, false);
    const broad = findBroadTopics(community, topics, keys, namers, new Map([[0, 0.7], [1, 0.7]]));
    expect(broad).toHaveLength(2);
    const first = broad.find((b) => b.key === 'subject a')!;
    expect(first.alsoNamedBy).toEqual(['subject b', 'subject c']);
    expect(listName(['Subject a', 'subject b', 'subject c'])).toBe('Subject a, subject b & subject c');
    expect(listName(['Subject a'])).toBe('Subject a');
  });

  it('makes no field of communities whose subjects cross them, though their papers keep together', () => {
    const { community, topics, keys, namers } = catalog(10, true);
    const separation = new Map([[0, 0.7], [1, 0.7]]);
    expect(ownTopicShare(new Set(range(0, 10)), topics)).toBeLessThan(MIN_OWN_SHARE);
    // On separation alone both communities would be fields, each named by a subject it shares.
    expect(findBroadTopics(community, topics, keys, namers, separation)).toEqual([]);
  });

  it('makes fields of communities that read apart only where the catalog divides into them, or of one that keeps wholly to itself', () => {
    // Communities 0 and 3 (10 papers each) have subjects of their own; 1 and 2 (20 each) share theirs.
    const community = [...range(0, 10).map(() => 0), ...range(0, 20).map(() => 1), ...range(0, 20).map(() => 2), ...range(0, 10).map(() => 3)];
    const topics = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [10, 11, 30, 31], [12, 13, 32, 33], [14, 15, 34, 35], [50, 51, 52], [53, 54, 55], [56, 57, 58]];
    const keys = topics.map((_, i) => [`subject ${String.fromCharCode(97 + i)}`]);
    const namers = new Map(topics.map((papers, i) => [keys[i]![0]!, papers]));
    expect(ownTopicShare(new Set(range(0, 10)), topics)).toBeGreaterThanOrEqual(MIN_OWN_SHARE);
    const fields = (separation: number) =>
      findBroadTopics(community, topics, keys, namers, new Map([[0, separation], [1, 0.7], [2, 0.7], [3, 0.7]])).filter((b) => b.key === 'subject a');
    // 20 papers of 60 read as fields: the catalog does not divide into fields.
    expect(fields(0.7)).toEqual([]);
    expect(fields(KEEPS_TO_ITSELF)).toHaveLength(1);
  });
});

describe('subsumedTopics', () => {
  // 0 "reinforcement learning": tagged on 0–19 and written by every paper below 40.
  // 1 "offline RL" (20–25), 2 "model-based RL" (26–30): their papers write "reinforcement learning" but are tagged by the narrower topic.
  // 3 "offline-to-online" (20–22): inside 1, and so inside 0. 4 "bandits" (40–49), 5 "linear bandits" (40–43): one child only.
  const tagged = [range(0, 20), range(20, 26), range(26, 31), range(20, 23), range(40, 50), range(40, 44)];
  const mentioned = [range(0, 40), range(20, 26), range(26, 31), range(20, 23), range(40, 50), range(40, 44)];
  const all = new Set(range(0, 6));

  it('puts a topic under the larger one whose phrases most of its papers write, across communities', () => {
    const parentOf = subsumedTopics(tagged, mentioned, all);
    expect(parentOf.get(1)).toBe(0);
    expect(parentOf.get(2)).toBe(0);
  });

  it('keeps two levels: a topic under a narrower one joins the broadest above it', () => {
    const parentOf = subsumedTopics(tagged, mentioned, all);
    expect(parentOf.get(3)).toBe(0);
    expect([...parentOf.values()]).not.toContain(1);
    expect(parentOf.has(0)).toBe(false);
  });

  it('makes no parent of one child, and leaves topics the communities placed alone', () => {
    expect(subsumedTopics(tagged, mentioned, all).has(5)).toBe(false);
    const parentOf = subsumedTopics(tagged, mentioned, new Set([0, 1, 4, 5]));
    expect(parentOf.size).toBe(0);
  });

  it('needs four in five of the papers: a topic half inside another stays beside it', () => {
    const half = [range(0, 20), range(15, 25), range(16, 24)];
    expect(subsumedTopics(half, half, new Set([0, 1, 2])).has(1)).toBe(false);
  });
});
