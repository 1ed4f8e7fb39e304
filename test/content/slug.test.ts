import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, titleHash, uniqueSlug } from '../../src/content/slug.ts';

describe('slugify', () => {
  it.each([
    ['u-μP: The Unit-Scaled Maximal Update Parametrization', 'u-mup-the-unit-scaled-maximal-update-parametrization'],
    ['PHNNs: Lightweight Neural Networks via Parameterized Hypercomplex Convolutions', 'phnns-lightweight-neural-networks-via-parameterized-hypercomplex'],
    ['Beyond Fully-Connected Layers with Quaternions: Parameterization of Hypercomplex Multiplications with $1/n$ Parameters', 'beyond-fully-connected-layers-with-quaternions-parameterization-of'],
    ['Damped Newton Method with Near-Optimal Global $\\mathcal {O}\\left(k^{-3} \\right)$ Convergence Rate', 'damped-newton-method-with-near-optimal-global-o-k-3-convergence-rate'],
    ["Don't Stop Pretraining", 'dont-stop-pretraining'],
    ['Réseaux de neurones à 360°', 'reseaux-de-neurones-a-360deg'],
    ['α-β Pruning ∞', 'alpha-beta-pruning-infinity'],
    ['   ---   ', 'paper'],
    ['日本語のタイトル', 'paper'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stays short and cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('uniqueSlug', () => {
  it('keeps the plain slug when it is free', () => {
    expect(uniqueSlug('Go Wider Instead of Deeper', new Set())).toBe('go-wider-instead-of-deeper');
  });

  it('gives a collision a suffix from the title, not from the order of arrival', () => {
    const taken = new Set(['go-wider-instead-of-deeper']);
    const a = uniqueSlug('Go Wider, Instead of Deeper', taken);
    expect(a).toBe(`go-wider-instead-of-deeper-${titleHash('Go Wider, Instead of Deeper')}`);
    expect(uniqueSlug('Go Wider, Instead of Deeper', new Set([...taken, 'unrelated']))).toBe(a);
    expect(uniqueSlug('Go wider instead of deeper!', taken)).not.toBe(a);
  });

  it('lengthens the hash when even the suffixed slug is taken', () => {
    const title = 'Same';
    const taken = new Set(['same', `same-${titleHash(title, 6)}`]);
    expect(uniqueSlug(title, taken)).toBe(`same-${titleHash(title, 8)}`);
  });

  it('numbers many papers with one and the same title (a "Title page" in every issue) instead of giving up', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 60; i++) taken.add(uniqueSlug('Title page', taken));
    expect(taken.size).toBe(60);
    expect(taken).toContain(`title-page-${titleHash('Title page', 6)}-2`);
  });
});
