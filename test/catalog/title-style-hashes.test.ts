import { describe, expect, it } from 'vitest';
import { cspHash, mathStyleAttributes, titleStyleHashes } from '../../src/catalog/title-style-hashes.ts';

describe('title style hashes', () => {
  it('hashes like a browser does: SHA-256 of the exact text, base64', () => {
    // the empty string's well-known digest
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('collects the style attributes KaTeX writes for titles with math, and none for plain titles', () => {
    expect(mathStyleAttributes(['Plain Title', 'A $k^{-3}$ rate'])).toEqual(expect.arrayContaining(['height:0.8141em;', 'top:-3.063em;margin-right:0.05em;']));
    expect(mathStyleAttributes(['Plain Title'])).toEqual([]);
  });

  it('gives each distinct attribute once, hashed', () => {
    const hashes = titleStyleHashes(['A $k^{-3}$ rate', 'Another $k^{-3}$ rate']);
    expect(hashes).toContain(cspHash('top:-3.063em;margin-right:0.05em;'));
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(titleStyleHashes(['Plain Title'])).toEqual([]);
  });
});
