import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOVER_ONLY, LADDER, shownAt, SMALL_STEPS } from '../../../src/graph/label-scale.ts';
import { boxesOverlap, boxHitsCircle, labelBox, LEADING_SHARE, placeLabels, SMALL_VISIBLE_PX, type LabelSite, type Placement } from '../../../src/graph/build/labels.ts';
import { buildScene } from '../../../src/graph/build/scene.ts';
import { textWidthEm, wrapLabel } from '../../../src/graph/build/text-width.ts';
import { randomGraph } from '../synthetic.ts';

/** Every way a placement could break the promise: overlaps, labels on nodes, labels outside. */
function problems(sites: readonly LabelSite[], placements: readonly Placement[], frame: { width: number; height: number }): string[] {
  const found: string[] = [];
  const leadingCount = Math.max(3, Math.round(sites.length * LEADING_SHARE));
  LADDER.forEach((s, step) => {
    const shown = placements.flatMap((p, i) => (shownAt(p, step) ? [{ i, extra: p.level > step, box: labelBox(sites[i]!, p.position, s) }] : []));
    for (const { i, extra, box } of shown) {
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > frame.width || box.y1 > frame.height) found.push(`step ${step}: label ${i} leaves the frame`);
      sites.forEach((site, j) => {
        if (j === i) return;
        // the extra labels of phone-sized steps may lie over topics, but not the middle of one big on screen
        if (extra) {
          if (site.r * s >= SMALL_VISIBLE_PX && boxHitsCircle(box, site.x, site.y, site.r * 0.5)) found.push(`step ${step}: label ${i} hides node ${j}`);
          return;
        }
        // the biggest topics' labels may cover the rim of topics under two thirds their size, never the centre
        const rim = i < leadingCount && site.r < sites[i]!.r * 0.65;
        if (boxHitsCircle(box, site.x, site.y, rim ? Math.min(site.r, 2.4) : site.r)) found.push(`step ${step}: label ${i} covers node ${j}`);
      });
    }
    shown.forEach((a, k) => {
      for (const b of shown.slice(k + 1)) if (boxesOverlap(a.box, b.box)) found.push(`step ${step}: labels ${a.i} and ${b.i} overlap`);
    });
  });
  return found;
}

describe('placeLabels', () => {
  it('never lets two shown labels overlap, cover a node or leave the frame, at any zoom step', () => {
    const site = fc.record({
      x: fc.double({ min: 0, max: 1000, noNaN: true }),
      y: fc.double({ min: 0, max: 700, noNaN: true }),
      r: fc.double({ min: 3, max: 25, noNaN: true }),
      lines: fc.array(fc.string({ minLength: 1, maxLength: 24 }), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(site, { maxLength: 40 }), (sites) => {
        const frame = { width: 1000, height: 700 };
        expect(problems(sites, placeLabels(sites, frame), frame)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a laid-out graph readable: labels apart at every step, and shown from some step on', () => {
    const scene = buildScene(randomGraph(70, 300, 11));
    const sites = scene.nodes;
    expect(problems(sites, sites.map((n) => n.label), scene)).toEqual([]);
    const shownAtTop = sites.filter((n) => n.label.level < HOVER_ONLY).length;
    expect(shownAtTop).toBeGreaterThan(sites.length * 0.8);
  });

  it('shows more labels on phone-sized frames than would fit clear of every topic', () => {
    const scene = buildScene(randomGraph(70, 300, 13));
    const extras = scene.nodes.filter((n) => n.label.small.length > 0);
    expect(extras.length).toBeGreaterThan(0);
    for (const n of extras) for (const step of n.label.small) expect(step).toBeLessThan(Math.min(SMALL_STEPS, n.label.level));
  });

  it('gives the biggest topic the first choice', () => {
    const sites: LabelSite[] = [
      { x: 500, y: 300, r: 20, lines: ['Biggest'] },
      { x: 500, y: 345, r: 5, lines: ['Small'] },
    ];
    const [big, small] = placeLabels(sites, { width: 1000, height: 700 });
    expect(big!.level).toBeLessThanOrEqual(small!.level);
  });

  it('keeps a label that cannot fit anywhere for hover only', () => {
    const sites: LabelSite[] = [{ x: 5, y: 5, r: 2, lines: ['A label far too long for a frame this small'] }];
    expect(placeLabels(sites, { width: 10, height: 10 })[0]!.level).toBe(HOVER_ONLY);
  });
});

describe('wrapLabel', () => {
  it('keeps short names on one line', () => {
    expect(wrapLabel('LoRA')).toEqual(['LoRA']);
    expect(wrapLabel('Diffusion models')).toEqual(['Diffusion models']);
  });

  it('breaks long names in two balanced lines', () => {
    expect(wrapLabel('Self-supervised & representation learning')).toEqual(['Self-supervised &', 'representation learning']);
    const lines = wrapLabel('Reinforcement learning & bandits');
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('Reinforcement learning & bandits');
  });

  it('measures wide letters wider than narrow ones', () => {
    expect(textWidthEm('WWWW')).toBeGreaterThan(textWidthEm('iiii'));
    expect(textWidthEm('μ')).toBeGreaterThan(0);
  });
});
