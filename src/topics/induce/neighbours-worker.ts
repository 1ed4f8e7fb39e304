import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { receiveMessageOnPort, MessageChannel, Worker } from 'node:worker_threads';
import type { PaperText } from './catalog-text.ts';

/** A catalog this large finds its neighbours on a second thread: under it, starting the thread costs more than it saves. */
export const WORKER_FROM = 5_000;
/** How long the caller waits for the thread before finding the neighbours itself. */
const WAIT_MS = 120_000;

/** What the thread finds: every paper's neighbours (indices) and the communities of the neighbour graph. */
export interface Found {
  neighbours: number[][];
  /** `paperCommunities(neighbours)`: each paper's community. */
  communities: number[];
}

/** Neighbours being found on another thread; `take()` blocks until they are there. */
export interface PendingNeighbours {
  /** What the thread found, or undefined when it could not run (the caller then finds it itself). */
  take(): Found | undefined;
  /** Stops the thread when its answer is not needed after all. */
  cancel(): void;
}

/**
 * The thread's program, run as a script: it loads neighbours.ts and hierarchy.ts with
 * tsx's `require` (the project runs TypeScript with tsx), finds the neighbours and their
 * communities and sends them back, then wakes the waiting caller. Any failure is sent back too, so the caller never waits
 * for a thread that died.
 */
const PROGRAM = `
const { workerData } = require('node:worker_threads');
const { port, flag, loader, modules, papers, k, withCommunities } = workerData;
const done = (message, transfer) => { port.postMessage(message, transfer); Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };
Promise.resolve().then(() => {
  const tsx = require(loader);
  const { nearestPapers } = tsx.require(modules.neighbours, modules.neighbours);
  const { paperCommunities } = tsx.require(modules.hierarchy, modules.hierarchy);
  const rows = nearestPapers(papers, k);
  const communities = withCommunities ? Int32Array.from(paperCommunities(rows)) : new Int32Array(0);
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i] + row.length));
  const flat = new Int32Array(offsets[rows.length]);
  rows.forEach((row, i) => flat.set(row, offsets[i]));
  done({ offsets, flat, communities }, [offsets.buffer, flat.buffer, communities.buffer]);
}).catch((error) => done({ error: String(error && error.stack || error) }));
`;

/** The path of tsx's require API, or undefined where tsx cannot be found (then no thread is started). */
function tsxLoader(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('tsx/cjs/api');
  } catch {
    return undefined;
  }
}

/**
 * Starts finding every paper's `k` nearest papers, and the communities they form, on a
 * worker thread, so induction reads the catalog's phrases meanwhile (the largest steps,
 * and independent). The answer is the one `nearestPapers` and `paperCommunities` give on
 * this thread: the same functions, the same papers. Returns undefined where a thread cannot start (the site build bundles this
 * file, and there neighbours.ts is not beside it); `take()` then, or on any failure,
 * returns undefined and the caller computes the neighbours itself. Without
 * `withCommunities` (tagging needs none), `communities` is empty.
 */
export function neighboursOnThread(papers: readonly PaperText[], k: number, withCommunities = true): PendingNeighbours | undefined {
  const loader = tsxLoader();
  if (loader === undefined) return undefined;
  const beside = (file: string) => fileURLToPath(import.meta.url.replace(/[^/]*$/, file));
  const modules = { neighbours: beside('neighbours.ts'), hierarchy: beside('hierarchy.ts') };
  if (!existsSync(modules.neighbours) || !existsSync(modules.hierarchy)) return undefined;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const plain = papers.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract, ...(p.keywords !== undefined ? { keywords: [...p.keywords] } : {}) }));
  let worker: Worker;
  try {
    worker = new Worker(PROGRAM, { eval: true, workerData: { port: port2, flag, loader, modules, papers: plain, k, withCommunities }, transferList: [port2] });
  } catch {
    port1.close();
    return undefined;
  }
  worker.unref();
  return {
    take() {
      const woke = Atomics.wait(flag, 0, 0, WAIT_MS);
      const message = woke === 'timed-out' ? undefined : (receiveMessageOnPort(port1)?.message as { offsets?: Int32Array; flat?: Int32Array; communities?: Int32Array; error?: string } | undefined);
      port1.close();
      void worker.terminate();
      if (message?.offsets === undefined || message.flat === undefined || message.communities === undefined) return undefined;
      const { offsets, flat, communities } = message;
      return {
        neighbours: Array.from({ length: offsets.length - 1 }, (_, i) => Array.from(flat.subarray(offsets[i]!, offsets[i + 1]!))),
        communities: Array.from(communities),
      };
    },
    cancel() {
      port1.close();
      void worker.terminate();
    },
  };
}
