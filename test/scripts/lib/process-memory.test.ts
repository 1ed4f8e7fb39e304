import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parentPid, peakBetween, processTree, residentBytes, treeResidentBytes, watchMemory } from '../../../scripts/lib/process-memory.ts';

describe('parentPid', () => {
  it('reads the fourth field of /proc/<pid>/stat', () => {
    expect(parentPid('24363 (cat) R 24361 24361 21177 0 -1')).toBe(24361);
  });

  it('is not fooled by spaces or parentheses in the process name', () => {
    expect(parentPid('7 (node (worker) 2) S 5 7 7 0')).toBe(5);
  });

  it('is undefined for text that is no stat line', () => {
    expect(parentPid('')).toBeUndefined();
  });
});

describe('residentBytes', () => {
  it('reads VmRSS in bytes', () => {
    expect(residentBytes('Name:\tcat\nVmPeak:\t 3060 kB\nVmRSS:\t    2028 kB\nRssAnon:\t 100 kB\n')).toBe(2028 * 1024);
  });

  it('is 0 without VmRSS (a zombie, or a process gone)', () => {
    expect(residentBytes('Name:\tdefunct\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('processTree', () => {
  it('holds the root and every descendant, not its siblings or parents', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(99, parents)).toEqual([99]);
  });
});

describe('peakBetween', () => {
  const samples = [
    { at: 100, rss: 5 },
    { at: 150, rss: 9 },
    { at: 200, rss: 7 },
    { at: 250, rss: 3 },
  ];
  it('is the largest sample in the window, both ends included', () => {
    expect(peakBetween(samples, 0, 1000)).toBe(9);
    expect(peakBetween(samples, 200, 250)).toBe(7);
    expect(peakBetween(samples, 300, 400)).toBe(0);
  });
});

describe.runIf(existsSync('/proc/self/status'))('on a live process tree', () => {
  it('counts a child process that holds memory', async () => {
    // The parent holds little; its child holds ~200 MB: the tree's peak must see both.
    const script = `require('child_process').spawn(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500)'], { stdio: 'inherit' }).on('exit', () => process.exit(0))`;
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    const watch = watchMemory(child.pid!, 50);
    await new Promise((done) => child.on('exit', done));
    const samples = watch.stop();
    expect(samples.length).toBeGreaterThan(10);
    expect(Math.max(...samples.map((s) => s.rss))).toBeGreaterThan(200 * 1024 * 1024);
    expect(treeResidentBytes(child.pid!)).toBe(0);
  });
});
