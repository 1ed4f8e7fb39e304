import { describe, expect, it } from 'vitest';
import { compileAliases, expandAliases, MAX_EXPANSIONS, type AliasedTopic } from '../../src/search/topic-aliases.ts';

const topics: AliasedTopic[] = [
  { key: 'zzt0000000001', name: 'Parameter-efficient fine-tuning', aliases: ['PEFT', 'delta tuning'] },
  { key: 'zzt0000000002', name: 'LoRA & low-rank adapters', aliases: ['LoRA', 'low-rank adaptation', 'PEFT'] },
  { key: 'zzt0000000003', name: 'muP & hyperparameter transfer', aliases: ['μP', 'mu-transfer'] },
  { key: 'zzt0000000004', name: 'Neural radiance fields', aliases: ['NeRF', 'radiance field'] },
  { key: 'zzt0000000005', name: 'LLM agents', aliases: ['agent', 'tool use'] },
  { key: 'zzt0000000006', name: 'State space models', aliases: ['SSM', 'state space model'] },
];
const table = compileAliases(topics);
const expand = (query: string) => expandAliases(query, table);

describe('compileAliases', () => {
  it('lists each name and alias once, with the keys of every topic that has it', () => {
    const peft = table.phrases.find((p) => p.words.join(' ') === 'peft');
    expect(peft?.keys).toEqual(['zzt0000000001', 'zzt0000000002']);
    expect(table.phrases.filter((p) => p.words.join(' ') === 'peft')).toHaveLength(1);
  });
  it('splits names into folded words, Greek spelled out', () => {
    expect(table.phrases.find((p) => p.keys.includes('zzt0000000003') && p.words.length === 1)?.words).toEqual(['mup']);
    expect(table.phrases.some((p) => p.words.join(' ') === 'parameter efficient fine tuning')).toBe(true);
  });
  it('skips a name with no letters or digits', () => {
    expect(compileAliases([{ key: 'zzt0000000009', name: '—', aliases: ['&'] }]).phrases).toEqual([]);
  });
});

describe('expandAliases', () => {
  it('puts the key of the topic an abbreviation names in its place', () => {
    expect(expand('NeRF')).toEqual(['zzt0000000004']);
    expect(expand('SSM')).toEqual(['zzt0000000006']);
  });
  it('gives one query for each topic that shares an alias', () => {
    expect(expand('PEFT')).toEqual(['zzt0000000001', 'zzt0000000002']);
  });
  it('matches Greek letters typed or spelled out, and any case', () => {
    expect(expand('μP')).toEqual(['zzt0000000003']);
    expect(expand('muP')).toEqual(['zzt0000000003']);
    expect(expand('MUP')).toEqual(['zzt0000000003']);
  });
  it('matches a name of several words, hyphens or not, keeping the other words', () => {
    expect(expand('low-rank adaptation')).toEqual(['zzt0000000002']);
    expect(expand('low rank adaptation for legal text')).toEqual(['zzt0000000002 for legal text']);
    expect(expand('parameter efficient fine-tuning')).toEqual(['zzt0000000001']);
  });
  it('compares stems, as the index does: plurals meet the singular', () => {
    expect(expand('agents')).toEqual(['zzt0000000005']);
    expect(expand('radiance fields')).toEqual(['zzt0000000004']);
    expect(expand('state space models')).toEqual(['zzt0000000006']);
  });
  it('takes the last word as the start of a name being typed, from three letters', () => {
    expect(expand('NeR')).toEqual(['zzt0000000004']);
    expect(expand('Ne')).toEqual([]);
    // only the last word: a cut-short word before it is a word of its own
    expect(expand('NeR legal')).toEqual([]);
  });
  it('prefers the longest name a run of words makes', () => {
    // "state space model" and "SSM" are one topic; "state space" alone is nothing
    expect(expand('state space model pruning')).toEqual(['zzt0000000006 pruning']);
  });
  it('replaces every topic a query names, all of them first, then each alone', () => {
    expect(expand('NeRF agents')).toEqual(['zzt0000000004 zzt0000000005', 'zzt0000000004 agents', 'nerf zzt0000000005']);
  });
  it(`gives at most ${MAX_EXPANSIONS} queries`, () => {
    expect(expand('PEFT PEFT PEFT').length).toBe(MAX_EXPANSIONS);
    expect(expandAliases('PEFT PEFT', table, 2)).toEqual(['zzt0000000001 zzt0000000001', 'zzt0000000001 zzt0000000002']);
  });
  it('leaves words that name no topic, and phrases in quotes, alone', () => {
    expect(expand('gradient descent')).toEqual([]);
    expect(expand('"PEFT"')).toEqual([]);
    expect(expand('')).toEqual([]);
  });
});
