import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../../../src/topics/induce/phrase-trie.ts';

describe('PhraseTrie', () => {
  it('gives one node per run of words, whichever way it is built', () => {
    const trie = new PhraseTrie();
    const a = trie.add('mixture of expert');
    const mixture = trie.child(PhraseTrie.ROOT, trie.wordId('mixture'));
    const of = trie.child(mixture, trie.wordId('of'));
    expect(trie.child(of, trie.wordId('expert'))).toBe(a);
    expect(trie.lookup('mixture of expert')).toBe(a);
    expect(trie.add('mixture of expert')).toBe(a);
  });

  it('reads a node back as its key, its words, its parent and its length', () => {
    const trie = new PhraseTrie();
    const node = trie.add('state space model');
    expect(trie.key(node)).toBe('state space model');
    expect(trie.wordsOf(node).map((w) => trie.word(w))).toEqual(['state', 'space', 'model']);
    expect(trie.key(trie.parent(node))).toBe('state space');
    expect(trie.depth(node)).toBe(3);
    expect(trie.word(trie.lastWord(node))).toBe('model');
    expect(trie.parent(trie.lookup('state'))).toBe(PhraseTrie.ROOT);
  });

  it('finds without making: a key or word it does not hold is -1', () => {
    const trie = new PhraseTrie();
    trie.add('graph neural network');
    const size = trie.size;
    expect(trie.lookup('graph network')).toBe(-1);
    expect(trie.lookup('protein')).toBe(-1);
    expect(trie.findWord('protein')).toBe(-1);
    expect(trie.find(trie.lookup('graph'), trie.wordId('neural'))).toBe(trie.lookup('graph neural'));
    expect(trie.size).toBe(size);
  });

  it('keeps every node apart as it grows past its first tables', () => {
    const trie = new PhraseTrie();
    const nodes = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const key of [`w${i}`, `w${i} x${i % 7}`, `w${i} x${i % 7} y`]) nodes.set(key, trie.add(key));
    expect(new Set(nodes.values()).size).toBe(nodes.size);
    for (const [key, node] of nodes) {
      expect(trie.lookup(key)).toBe(node);
      expect(trie.key(node)).toBe(key);
    }
    expect(trie.size).toBe(nodes.size + 1);
  });
});
