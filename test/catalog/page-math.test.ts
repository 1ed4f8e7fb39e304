import { describe, expect, it } from 'vitest';
import { bodyHasMath, titlesHaveMath } from '../../src/catalog/page-math.ts';
import { escapeMdxText } from '../../src/ingest/mdx-escape.ts';

describe('bodyHasMath', () => {
  it.each([
    ['A rate of $O(1/n)$ holds.', true],
    ['Display math:\n\n$$\nx^2\n$$\n', true],
    ['It costs \\$5 and \\$6.', false],
    ['Escaped: \\$x\\$ stays text.', false],
    ['No math at all.', false],
    ['One lone $ sign.', false],
  ])('%j → %s', (body, expected) => {
    expect(bodyHasMath(body)).toBe(expected);
  });

  it('never finds math in a seed abstract written by ingest, whatever its dollars', () => {
    expect(bodyHasMath(escapeMdxText('With $\\mathcal{O}(k^{-3})$ and $1/n$ parameters, $$ too.'))).toBe(false);
  });
});

describe('titlesHaveMath', () => {
  it('is true when one title of the list holds math', () => {
    expect(titlesHaveMath(['Plain', 'With $1/n$ Parameters'])).toBe(true);
    expect(titlesHaveMath(['Plain', 'Costs $5'])).toBe(false);
    expect(titlesHaveMath([])).toBe(false);
  });
});
