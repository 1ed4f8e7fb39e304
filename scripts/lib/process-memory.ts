/**
 * Peak memory of a process and everything it starts (tsx's child node, Pagefind's
 * binary, workers), for `npm run bench`. GNU time only reports the largest single
 * process; this polls /proc and sums VmRSS over the whole tree at each sample.
 * Linux only; elsewhere every sample reads 0.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process tree at one moment. */
export interface MemorySample {
  /** Epoch milliseconds. */
  at: number;
  /** Sum of VmRSS over the tree, in bytes. */
  rss: number;
}

/** The parent pid in the text of /proc/<pid>/stat; the name in parentheses may itself hold spaces or parentheses. */
export function parentPid(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** VmRSS in bytes from the text of /proc/<pid>/status (0 for a zombie, which has none). */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s*kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and all its descendants, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** A file of /proc, or undefined when the process ended meanwhile. */
function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A reader of the resident bytes of a process tree. It remembers each pid's parent, so a
 * sample reads /proc/<pid>/stat only for processes new since the last one (reading all of
 * them costs milliseconds per sample on a slow /proc).
 */
export function treeMemoryReader(): (root: number) => number {
  const parents = new Map<number, number>();
  return (root) => {
    let pids: number[];
    try {
      pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    } catch {
      return 0;
    }
    const alive = new Set(pids);
    for (const pid of parents.keys()) if (!alive.has(pid)) parents.delete(pid);
    for (const pid of pids) {
      if (parents.has(pid)) continue;
      const ppid = parentPid(readProc(pid, 'stat') ?? '');
      if (ppid !== undefined) parents.set(pid, ppid);
    }
    return processTree(root, parents).reduce((sum, pid) => sum + residentBytes(readProc(pid, 'status') ?? ''), 0);
  };
}

/** Resident bytes of `root` and its descendants now. */
export function treeResidentBytes(root: number): number {
  return treeMemoryReader()(root);
}

/** Samples the tree of `pid` every `intervalMs` until `stop()`, which returns every sample. */
export function watchMemory(pid: number, intervalMs = 50): { stop(): MemorySample[] } {
  const samples: MemorySample[] = [];
  const read = treeMemoryReader();
  const sample = () => samples.push({ at: Date.now(), rss: read(pid) });
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The largest sample taken from `from` to `to` (epoch ms, both included); 0 when none was. */
export function peakBetween(samples: readonly MemorySample[], from: number, to: number): number {
  return samples.reduce((peak, s) => (s.at >= from && s.at <= to && s.rss > peak ? s.rss : peak), 0);
}
