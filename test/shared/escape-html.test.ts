import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/shared/escape-html.ts';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['A <b> & "c"', 'A &lt;b&gt; &amp; &quot;c&quot;'],
    ["Bayes' rule", 'Bayes&#39; rule'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['μP ∞ — é', 'μP ∞ — é'],
    ['', ''],
  ])('%j becomes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it('leaves nothing that could open a tag or close an attribute', () => {
    expect(escapeHtml(`<script>"x"='y'</script>`)).not.toMatch(/[<>"']/);
  });
});
