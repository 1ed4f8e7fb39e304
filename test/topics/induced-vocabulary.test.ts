import { describe, expect, it } from 'vitest';
import { parseInducedVocabulary, serializeInducedVocabulary } from '../../src/topics/induced-vocabulary.ts';

const topics = [
  { slug: 'rl', name: 'Reinforcement learning (RL)', phrases: ['reinforcement learning'] },
  { slug: 'offline-rl', name: 'Offline RL', phrases: ['offline reinforcement learning'], parent: 'rl' },
];

describe('content/topics.induced.yaml', () => {
  it('reads back what it writes, byte for byte on a second write', () => {
    const text = serializeInducedVocabulary(topics);
    expect(parseInducedVocabulary(text, 'content/topics.induced.yaml')).toEqual(topics);
    expect(serializeInducedVocabulary(parseInducedVocabulary(text, 'x'))).toBe(text);
  });

  it.each([
    ['topics:\n  - slug: Bad Slug\n    name: X\n    phrases: [x]\n', 'field "topics[0].slug"'],
    ['topics:\n  - slug: a\n    name: X\n    phrases: []\n', 'at least one phrase'],
    ['topics:\n  - slug: a\n    name: X\n    phrases: [x]\n  - slug: a\n    name: Y\n    phrases: [y]\n', 'a slug no other topic uses'],
    ['topics:\n  - slug: a\n    name: X\n    phrases: [x]\n    parent: nope\n', 'the slug of a top-level topic in this file'],
    ['topics:\n  - slug: a\n    name: X\n    phrases: [x]\n    colour: red\n', 'topics[0]'],
    ['topics: [\n', 'valid YAML'],
  ])('names the file, the field and what was expected: %j', (text, message) => {
    expect(() => parseInducedVocabulary(text, 'content/topics.induced.yaml')).toThrow(/content\/topics\.induced\.yaml/);
    expect(() => parseInducedVocabulary(text, 'content/topics.induced.yaml')).toThrow(message);
  });
});
