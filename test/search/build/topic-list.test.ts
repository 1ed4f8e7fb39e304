import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, topicKey, topicKeys } from '../../../src/search/build/topic-keys.ts';
import { topicList } from '../../../src/search/build/topic-list.ts';

describe('topicKey', () => {
  it('is the prefix and ten digits, the same for a slug every time', () => {
    expect(topicKey('lora')).toMatch(new RegExp(`^${KEY_PREFIX}\\d{10}$`));
    expect(topicKey('lora')).toBe(topicKey('lora'));
    expect(topicKey('lora')).not.toBe(topicKey('peft'));
  });
  it('gives keys none of which starts another (they are all one length)', () => {
    const keys = ['a', 'lora', 'parameter-efficient-fine-tuning', 'μp'].map(topicKey);
    expect(new Set(keys.map((k) => k.length))).toEqual(new Set([KEY_PREFIX.length + 10]));
  });
});

describe('topicKeys', () => {
  it('maps each slug to its key', () => {
    expect(topicKeys(['lora', 'peft'])).toEqual(new Map([['lora', topicKey('lora')], ['peft', topicKey('peft')]]));
  });
  it('names both topics when two share a key', () => {
    // FNV-1a collides on these two strings
    expect(() => topicKeys(['costarring', 'liquid'])).toThrow(/Topics "costarring" and "liquid" have the same search key \(zzt\d{10}\)\. Hint: rename one/);
  });
});

describe('topicList', () => {
  it('lists each topic with its key, aliases and paper count', () => {
    const list = topicList([{ slug: 'peft', name: 'Parameter-efficient fine-tuning', aliases: ['PEFT'], papers: ['a', 'b'] }]);
    expect(list).toEqual([{ slug: 'peft', key: topicKey('peft'), name: 'Parameter-efficient fine-tuning', aliases: ['PEFT'], papers: 2 }]);
  });
});
