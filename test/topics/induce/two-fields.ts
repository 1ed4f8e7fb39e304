/**
 * A small synthetic catalog of two fields that share no vocabulary, each with three
 * subfields, plus generic phrases sprinkled over every paper: what induction must tell
 * apart without being told. Deterministic (seeded PRNG).
 */
import type { PaperText } from '../../../src/topics/induce/catalog-text.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const FIELDS = {
  'reinforcement learning': {
    words: ['agent', 'reward', 'policy', 'environment', 'return', 'action', 'trajectory', 'value'],
    sub: ['offline reinforcement learning', 'multi-agent reinforcement learning', 'exploration bonus'],
  },
  'protein folding': {
    words: ['residue', 'amino', 'backbone', 'conformation', 'sequence', 'structure', 'contact', 'chain'],
    sub: ['molecular dynamics', 'contact map', 'side chain packing'],
  },
} as const;

/** Phrases any paper of any field may write once. */
export const GENERIC = ['experimental results', 'sufficient condition', 'non-trivial', 'recent years', 'wide range'];

export function twoFields(perSub = 12, seed = 7): PaperText[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const papers: PaperText[] = [];
  for (const [field, { words, sub }] of Object.entries(FIELDS)) {
    for (const subfield of sub) {
      for (let i = 0; i < perSub; i++) {
        const filler = Array.from({ length: 14 }, () => pick(words)).join(' ');
        const generic = pick(GENERIC);
        papers.push({
          id: `${field.split(' ')[0]}-${subfield.split(' ')[0]}-${String(i).padStart(2, '0')}`,
          title: `${subfield.charAt(0).toUpperCase()}${subfield.slice(1)} for ${field} ${i}`,
          abstract: `We study ${subfield} in ${field}. The ${filler}. Our ${subfield} method shows ${generic} on ${pick(words)} ${pick(words)}. ${field} matters.`,
        });
      }
    }
  }
  return papers;
}
