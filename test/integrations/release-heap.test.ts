import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import releaseHeap, { collectGarbage } from '../../src/integrations/release-heap.ts';

/** Tens of megabytes of objects that nothing references once this returns. */
function makeGarbage(): number {
  let kept: { text: string }[][] = [];
  let made = 0;
  for (let i = 0; i < 200; i++) {
    const batch = Array.from({ length: 2000 }, (_, j) => ({ text: `${i}:${j}:${'x'.repeat(20)}` }));
    made += batch.length;
    kept = [batch]; // the previous batch becomes garbage
  }
  return made + kept.length;
}

describe('collectGarbage', () => {
  it('collects what nothing references: less heap in use after than before', () => {
    makeGarbage();
    const { before, after } = collectGarbage();
    expect(before.heapUsed).toBeGreaterThan(0);
    expect(after.heapUsed).toBeLessThan(before.heapUsed);
  });
});

describe('releaseHeap', () => {
  it('collects at build:done and logs the figures before and after', async () => {
    const info = vi.fn();
    const logger = { info } as unknown as AstroIntegrationLogger;
    const done = releaseHeap().hooks['astro:build:done']!;
    await done({ logger } as unknown as Parameters<typeof done>[0]);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]![0]).toMatch(/^Astro's process before the search index: \d+ MB resident, heap \d+ MB used of \d+ MB; after a full collection \d+ MB resident, heap \d+ MB of \d+ MB$/);
  });
});
