import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError, wholeNumber } from '../../../scripts/lib/command-line.ts';

const FLAGS = { port: { type: 'string' }, check: { type: 'boolean', default: false } } as const;

describe('parseFlags', () => {
  it('reads --flag value, --flag=value and booleans', () => {
    expect(parseFlags(FLAGS, ['--port', '8080'])).toEqual({ port: '8080', check: false });
    expect(parseFlags(FLAGS, ['--port=1', '--check'])).toEqual({ port: '1', check: true });
  });

  it.each([
    [['--prot', '1'], "Unknown option '--prot'"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['--check=yes'], "Option '--check' does not take an argument"],
    [['stray'], "Unexpected argument 'stray'"],
  ])('refuses %j with one line naming it', (args, message) => {
    expect(() => parseFlags(FLAGS, args)).toThrow(new UsageError(message));
  });
});

describe('wholeNumber', () => {
  it('is the fallback without the flag, the number with it', () => {
    expect(wholeNumber('--port', undefined, 4321)).toBe(4321);
    expect(wholeNumber('--port', '0', 4321, { max: 65535 })).toBe(0);
  });

  it.each(['abc', '', '1.5', '-1', '1e3', '0x10', '70000'])('refuses %j', (value) => {
    expect(() => wholeNumber('--port', value, 4321, { max: 65535 })).toThrow(new UsageError(`--port takes a whole number from 0 to 65535, got '${value}'`));
  });
});

/** The scripts themselves, as npm runs them: one line on stderr, exit 2, nothing on stdout. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, lines: result.stderr.trimEnd().split('\n') };
}

describe('scripts refuse a bad command line', () => {
  it.each([
    ['preview.ts', ['--port', 'abc'], "npm run preview: --port takes a whole number from 0 to 65535, got 'abc' (usage: npm run preview [-- --port N])"],
    ['preview.ts', ['--prot', '4321'], "npm run preview: Unknown option '--prot' (usage: npm run preview [-- --port N])"],
    ['check.ts', ['--bogus'], "npm run check: Unknown option '--bogus' (usage: npm run check [-- --root DIR])"],
    ['ingest.ts', ['--check=yes'], "npm run ingest: Option '--check' does not take an argument (usage: npm run ingest [-- --check])"],
    ['eval-tags.ts', ['--top', 'ten'], "npm run eval:tags: --top takes a whole number of at least 0, got 'ten' (usage: npm run eval:tags [-- --corpora DIR] [--top N] [--show] [--orderings])"],
    ['topics-induce.ts', ['--acept', 'all'], "npm run topics:induce: Unknown option '--acept' (usage: npm run topics:induce [-- --accept all|SLUG,SLUG])"],
    ['bench-tags.ts', ['--papers', '5'], "npm run bench:tags: --papers takes a whole number of at least 10, got '5' (usage: npm run bench:tags [-- --papers N])"],
    ['bench-search.ts', ['--papers', '10'], expect.stringMatching(/^npm run bench:search: Unknown option '--papers' /)],
  ])('%s %j', (script, args, line) => {
    const result = run(script, ...args);
    expect(result.lines).toEqual([line]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
