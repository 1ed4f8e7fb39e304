import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Resident and heap bytes of this process at one moment. */
export interface HeapFigures {
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

const figures = (): HeapFigures => {
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  return { rss, heapUsed, heapTotal };
};

/**
 * A full, compacting garbage collection of this process now. V8 offers one only behind
 * `--expose-gc`; setting the flag at run time and reading `gc` from a fresh context is
 * the documented way to get it without a command-line flag (`node --expose-gc` would
 * have to be on every command that runs `astro build`).
 */
export function collectGarbage(): { before: HeapFigures; after: HeapFigures } {
  const before = figures();
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  return { before, after: figures() };
}

/**
 * How far V8 lets the old generation grow past what the last full collection found live,
 * in per cent. Left to itself V8 grows it up to four times when a program allocates fast,
 * as Astro does writing pages: at 10,000 papers its heap reached 1.8 GB with 0.2 GB live.
 * A build gains little from the head room (few of its objects outlive a page), so it
 * collects sooner instead and its resident memory stays near what is live.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Sets V8's heap growth for the rest of this process (see HEAP_GROWING_PERCENT). */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

/**
 * Keeps Astro's resident memory near what it uses while it builds (see
 * HEAP_GROWING_PERCENT), and gives back to the system what it no longer uses once its
 * pages are written. Under `astro build` alone the
 * steps after it (Pagefind, a process of its own that needs about 140 KB a page, and the
 * service worker) run while Astro's process is still alive, so the build's peak memory is
 * Astro's resident memory plus Pagefind's (`npm run build` runs them after Astro has
 * exited instead, src/integrations/finish-site.ts). At 10,000 papers 1.8 GB of Astro's heap was in
 * use when the last page was written, and 0.2 GB of it was still live after a full
 * collection: left to itself, V8 collects that garbage while Pagefind is already running.
 * It runs right before pagefind() (src/integrations/paper-atlas.ts).
 */
export default function releaseHeap(): AstroIntegration {
  return {
    name: 'paper-atlas:release-heap',
    hooks: {
      // as early as an integration runs: before the content layer syncs and pages are written
      'astro:config:setup': ({ command }) => {
        if (command === 'build') limitHeapGrowth();
      },
      'astro:build:done': ({ logger }) => {
        const { before, after } = collectGarbage();
        logger.info(
          `Astro's process before the search index: ${mb(before.rss)} resident, heap ${mb(before.heapUsed)} used of ${mb(before.heapTotal)}; ` +
            `after a full collection ${mb(after.rss)} resident, heap ${mb(after.heapUsed)} of ${mb(after.heapTotal)}`,
        );
      },
    },
  };
}
