import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/run-ingest.ts';
import { commandEnv, PROJECT, removeTempProjects, tempProject } from './support/temp-project.ts';

afterAll(removeTempProjects);

const FIXTURES = join(PROJECT, 'test/fixtures/untrusted');
const SECRET = `secret-${process.pid}-${Date.now()}`;

/** `npm run check` on another folder, as CI runs it; stdout and stderr together. */
function check(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--root', root], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: commandEnv({ PAPER_ATLAS_SECRET: SECRET }),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const SEED = `Get trending papers in your email inbox once a day!
SubscribeMagnitude Pruning Revisited
Magnitude pruning is a strong baseline. We revisit network pruning of language models and explain when sparse subnetworks survive. Pruning removes most weights without loss of accuracy in our experiments on many tasks.
Quantized Training with Low-Bit Weights
Quantization cuts memory and energy. We train transformers with low-bit weights and show that quantized training matches full precision on every benchmark we try, from translation to classification.
`;

describe('npm run check', () => {
  it('passes a clean catalog and says so in one line per check', () => {
    const root = tempProject({ seeds: { 'a.txt': SEED } });
    ingest({ root, today: '2026-11-26' });
    const { status, output } = check(root);
    expect(output).toContain('check passed: 2 files in content/papers, 0 warnings');
    expect(output).toMatch(/^✓ no code or unsafe links: ok \(\d+ ms\)$/m);
    expect(output).toMatch(/^✓ tags up to date: ok \(\d+ ms\)$/m);
    expect(status).toBe(0);
  });

  it('refuses every malicious fixture by name, and nothing of theirs runs', () => {
    const pwned = mkdtempSync(join(tmpdir(), 'atlas-pwned-'));
    const papers = Object.fromEntries(
      readdirSync(FIXTURES).filter((n) => n.endsWith('.mdx')).map((n) => [n, readFileSync(join(FIXTURES, n), 'utf8').replaceAll('__PWNED_DIR__', pwned)]),
    );
    const root = tempProject({ papers });
    const { status, output } = check(root);
    expect(status).toBe(1);
    for (const name of Object.keys(papers)) {
      // each file's block lists the guard's refusal (after a schema error, for the layout field)
      expect(output).toMatch(new RegExp(`^content/papers/${name.replace('.', '\\.')}\\n(?: {2}✗ error \\[schema\\].*\\n.*\\n)? {2}✗ error \\[untrusted-mdx\\]`, 'm'));
    }
    expect(output).toMatch(/^✗ no code or unsafe links: 18 errors \(\d+ ms\)$/m);
    expect(output).toContain('check failed:');
    // the side effects never happened
    expect(readdirSync(pwned)).toEqual([]);
    expect(output).not.toContain(SECRET);
  });

  it('reports schema, file-name and slug problems grouped under each file', () => {
    const root = tempProject({
      papers: {
        'Bad Name.mdx': '---\ntitle: Bad Name\ntags: []\nadded: 2026-11-26\n---\n\nText.\n',
        'no-date.mdx': '---\ntitle: No Date\ntags: []\nauthor: Ada\n---\n\nText.\n',
        'notes.md': '# notes\n',
        'orphan-version.mdx': '---\ntitle: Orphan Version\ntags: []\nadded: 2026-11-26\nversions: [missing-paper]\n---\n\nText.\n',
      },
    });
    const { status, output } = check(root);
    expect(status).toBe(1);
    expect(output).toContain(
      [
        'content/papers/Bad Name.mdx',
        '  ✗ error [file-names]: expected a file name that is a slug: lower-case letters and digits joined by single hyphens, then .mdx, found the name "Bad Name.mdx".',
        '      Hint: rename it to bad-name.mdx (what `npm run new` would call it)',
        '',
        'content/papers/no-date.mdx',
        '  ✗ error [schema] field "added": expected a date written as YYYY-MM-DD, found nothing (the field is missing).',
        '      Hint: write the day the paper joined the catalog as YYYY-MM-DD, e.g. added: 2026-11-26',
        '  ✗ error [schema] field "author": expected only the known fields ("author" is not one), found the field "author".',
        '      Hint: check the spelling against the fields listed in CONTRIBUTING.md, or remove it',
        '',
        'content/papers/notes.md',
        '  ✗ error [file-names]: expected a paper entry named <slug>.mdx, found a file ending in ".md", which the site never reads.',
        '      Hint: rename it to end in .mdx, or move it out of content/papers/',
        '',
        'content/papers/orphan-version.mdx',
        '  ✗ error [slugs] field "versions": expected the slug of an entry in content/papers/, found "missing-paper", which no entry has.',
        '      Hint: use the other entry’s file name without .mdx',
      ].join('\n'),
    );
    expect(output).toMatch(/^- tags up to date: skipped: ingest needs every entry to pass the schema first$/m);
  });

  it('turns a seed line that reads as code into plain text: nothing runs, and the entry passes', () => {
    const pwned = mkdtempSync(join(tmpdir(), 'atlas-pwned-'));
    const code = `export const pwned = process.getBuiltinModule('node:fs').writeFileSync('${pwned}/seed', 'x'); export const note = 'We study sharing weights across many layers of deep networks and many other things, at length, in detail.'`;
    const root = tempProject({ seeds: { 'a.txt': `${SEED}Parameter Sharing at Scale\n${code}\n` } });
    expect(check(root).output).not.toContain('[untrusted-mdx]');
    ingest({ root, today: '2026-11-26' });
    const { status, output } = check(root);
    expect(output).toContain('check passed: 3 files in content/papers');
    expect(status).toBe(0);
    expect(readFileSync(join(root, 'content/papers/parameter-sharing-at-scale.mdx'), 'utf8')).toContain('&#101;xport const pwned');
    expect(readdirSync(pwned)).toEqual([]);
  });
});
