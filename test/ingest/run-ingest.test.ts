import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { finalTags, ingest, summaryLine } from '../../src/ingest/run-ingest.ts';

const VOCABULARY = `topics:
  - slug: pruning
    name: Pruning
    description: Removing weights or units from trained networks.
    aliases: [network pruning]
  - slug: quantization
    name: Quantization
    description: Low-precision weights and activations.
    aliases: [quantized, low-bit]
  - slug: reinforcement-learning
    name: Reinforcement learning
    description: Agents learning from reward.
    aliases: [RL, deep RL]
`;

const SPECIALS = 'It handles {braces}, <angles>, $dollars$, a_b, 360{\\deg} and μ. Code: https://github.com/org/repo.';
const PAPERS: [string, string][] = [
  ['Pruning Networks at Initialization', `Network pruning removes weights before training starts. We prune convolutional networks at initialization and keep accuracy. ${SPECIALS}`],
  ['Quantized Training with Low-Bit Weights', `Quantization cuts memory and energy. We train transformers with low-bit weights and show that quantized training matches full precision. ${SPECIALS}`],
  ['Deep RL for Pruning Schedules', `A deep RL agent learns when to prune each layer. The reinforcement learning policy finds pruning schedules for image classifiers. ${SPECIALS}`],
  ['Magnitude Pruning Revisited', `Magnitude pruning is a strong baseline. We revisit network pruning of language models and explain when sparse subnetworks survive. ${SPECIALS}`],
  ['Post-Training Quantization of Transformers', `Post-training quantization maps weights to low-bit integers. Our quantization scheme needs no retraining of the transformer. ${SPECIALS}`],
  ['Offline Reinforcement Learning with Quantized Critics', `Offline reinforcement learning trains agents from logged data. Quantized critics make the RL update cheaper on edge devices. ${SPECIALS}`],
  ['Reinforcement Learning for Robot Grasping', `We use reinforcement learning to teach a robot arm to grasp objects. The RL agent transfers from simulation to hardware. ${SPECIALS}`],
];
const SEED = ['Get trending papers in your email inbox once a day!', ...PAPERS.map(([t, a], i) => `${i === 0 ? 'Subscribe' : ''}${t}\n${a}`)].join('\n');
const ABSTRACT = PAPERS[0]![1];

let root: string;
const papersDir = () => join(root, 'content', 'papers');
const files = () => Object.fromEntries(readdirSync(papersDir()).sort().map((n) => [n, readFileSync(join(papersDir(), n), 'utf8')]));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'seeds', 'a.txt'), SEED);
  writeFileSync(join(root, 'content', 'topics.yaml'), VOCABULARY);
});

describe('ingest', () => {
  it('creates one entry per seed paper with slug, frontmatter and the escaped abstract', () => {
    const report = ingest({ root, today: '2026-11-26' });
    expect(summaryLine(report)).toBe('ingest: 7 papers read, 7 created, 0 updated, 0 unchanged, 0 warnings, 0 topics induced into content/topics.induced.yaml');
    const entry = files()['pruning-networks-at-initialization.mdx']!;
    expect(entry).toMatch(/^---\ntitle: Pruning Networks at Initialization\ntags: \[[a-z-, ]+\]\nsource:\n {2}file: a\.txt\n {2}position: 1\nadded: 2026-11-26\n---\n\n/);
    expect(entry).toContain('\\{braces\\}, \\<angles\\>, \\$dollars\\$, a\\_b, 360\\{\\\\deg\\} and μ. Code: https://github.com/org/repo.');
    expect(Object.keys(files())).toHaveLength(7);
    expect(Object.keys(files())).toContain('offline-reinforcement-learning-with-quantized-critics.mdx');
  });

  it('changes no byte on a second run, and check mode agrees', () => {
    ingest({ root, today: '2026-11-26' });
    const before = files();
    const again = ingest({ root, today: '2030-01-01' });
    expect(summaryLine(again)).toBe('ingest: 7 papers read, 0 created, 0 updated, 7 unchanged, 0 warnings');
    expect(files()).toEqual(before);
    expect(ingest({ root, check: true }).changes).toEqual([]);
  });

  it('keeps what a person edited and reports it; rewrites only tags', () => {
    ingest({ root, today: '2026-11-26' });
    const path = join(papersDir(), 'quantized-training-with-low-bit-weights.mdx');
    const edited = readFileSync(path, 'utf8')
      .replace(/^tags: .*$/m, 'tags: [stale]\n# checked by hand\npinnedTags: [pruning]\nauthors: ["Ada Lovelace"]')
      .replace('show that quantized training', 'show that *carefully tuned* quantized training');
    writeFileSync(path, edited);
    const report = ingest({ root });
    expect(report.changes.map((c) => [c.path, c.kind])).toEqual([['content/papers/quantized-training-with-low-bit-weights.mdx', 'updated']]);
    expect(report.warnings.map((w) => `${w.file} ${w.field}`)).toEqual(['content/papers/quantized-training-with-low-bit-weights.mdx body']);
    const after = readFileSync(path, 'utf8');
    expect(after.replace(/^tags: .*$/m, 'tags: [stale]')).toBe(edited);
    expect(after).toMatch(/^tags: \[quantization, .*pruning\]$/m);
  });

  it('keeps a dropped tag out and a pinned tag in', () => {
    ingest({ root, today: '2026-11-26' });
    const path = join(papersDir(), 'deep-rl-for-pruning-schedules.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(tags: .*)$/m, '$1\ndroppedTags: [pruning]\npinnedTags: [quantization]'));
    ingest({ root });
    const tags = /^tags: \[(.*)\]$/m.exec(readFileSync(path, 'utf8'))![1]!.split(', ');
    expect(tags).not.toContain('pruning');
    expect(tags).toContain('quantization');
    expect(tags).toContain('reinforcement-learning');
  });

  it('tags an entry written by hand, without a seed line', () => {
    ingest({ root, today: '2026-11-26' });
    writeFileSync(join(papersDir(), 'hand-made.mdx'), `---\ntitle: A Hand-Made Entry on Network Pruning\nadded: 2026-01-01\n---\n\n${ABSTRACT}\n`);
    const report = ingest({ root });
    expect(summaryLine(report)).toMatch(/^ingest: 8 papers read, 0 created, \d updated, \d unchanged, 0 warnings$/);
    expect(report.changes.map((c) => c.path)).toContain('content/papers/hand-made.mdx');
    expect(readFileSync(join(papersDir(), 'hand-made.mdx'), 'utf8')).toMatch(/^title: A Hand-Made Entry on Network Pruning\ntags: \[pruning/m);
  });

  it('never renames an entry, even when its title changes in the seed', () => {
    ingest({ root, today: '2026-11-26' });
    const path = join(papersDir(), 'pruning-networks-at-initialization.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('title: Pruning Networks at Initialization', 'title: Pruning Networks at Init (revised)'));
    const report = ingest({ root });
    expect(report.changes.filter((c) => c.kind === 'created')).toEqual([]);
    expect(report.warnings.map((w) => w.field)).toEqual(['title']);
    expect(Object.keys(files())).toContain('pruning-networks-at-initialization.mdx');
  });

  it('gives colliding titles distinct, order-independent slugs', () => {
    writeFileSync(join(root, 'seeds', 'b.txt'), `Pruning Networks at Initialization!\n${ABSTRACT}`);
    expect(() => ingest({ root })).toThrow(/seeds\/b\.txt, line 1: expected a title not already listed in another seed file, found the same title as seeds\/a\.txt line 2/);
    writeFileSync(join(root, 'seeds', 'b.txt'), `Pruning Networks at Initialisation\n${ABSTRACT}`);
    ingest({ root, today: '2026-11-26' });
    expect(Object.keys(files())).toContain('pruning-networks-at-initialisation.mdx');
  });

  it('reports, per entry, the tags a new paper changes in others (a topic reaching three papers)', () => {
    const firstSix = ['Get trending papers in your email inbox once a day!', ...PAPERS.slice(0, 6).map(([t, a]) => `${t}\n${a}`)].join('\n');
    writeFileSync(join(root, 'seeds', 'a.txt'), firstSix);
    ingest({ root, today: '2026-11-26' });
    expect(readFileSync(join(papersDir(), 'deep-rl-for-pruning-schedules.mdx'), 'utf8')).not.toContain('reinforcement-learning');
    writeFileSync(join(root, 'seeds', 'a.txt'), SEED);
    const report = ingest({ root, today: '2026-11-27' });
    const updated = report.changes.filter((c) => c.kind === 'updated').map((c) => [c.path, c.reasons]);
    expect(updated).toEqual([
      ['content/papers/deep-rl-for-pruning-schedules.mdx', ['tags +reinforcement-learning']],
      ['content/papers/offline-reinforcement-learning-with-quantized-critics.mdx', ['tags +reinforcement-learning']],
    ]);
  });

  it('stops on a broken seed without writing anything', () => {
    writeFileSync(join(root, 'seeds', 'a.txt'), `${SEED}\nA Title Without Abstract`);
    expect(() => ingest({ root })).toThrow(/seeds\/a\.txt, line 16: expected an abstract line after this title, found the end of the file/);
    expect(() => readdirSync(papersDir())).toThrow();
  });
});

describe('finalTags', () => {
  it.each([
    [['a', 'b'], [], [], ['a', 'b']],
    [['a', 'b'], ['c'], [], ['a', 'b', 'c']],
    [['a', 'b'], [], ['a'], ['b']],
    [['a', 'b'], ['a'], ['a'], ['a', 'b']],
    [['a'], ['a'], [], ['a']],
  ])('derived %j pinned %j dropped %j → %j', (derived, pinned, dropped, expected) => {
    expect(finalTags(derived, pinned, dropped)).toEqual(expected);
  });
});

