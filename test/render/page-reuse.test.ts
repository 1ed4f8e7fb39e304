import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_REUSE_ENV, pageDigest, paperPageFile, pagesToRender, readPlan, type ReuseDecisions, type ReusePlan } from '../../src/render/page-reuse.ts';

/** A previous output with pages `a` and `b`, this build's output with one bundled script, and a plan naming both. */
function scene(previous: Record<string, string>): ReusePlan {
  const dir = mkdtempSync(join(tmpdir(), 'page-reuse-'));
  const plan: ReusePlan = { previousDir: join(dir, 'dist.previous'), outDir: join(dir, 'dist'), previous, decisionsFile: join(dir, 'decisions.json') };
  for (const id of ['a', 'b']) {
    mkdirSync(join(plan.previousDir, 'papers', id), { recursive: true });
    writeFileSync(paperPageFile(plan.previousDir, id), `<p>${id}</p>`);
  }
  mkdirSync(join(plan.outDir, '_astro'), { recursive: true });
  writeFileSync(join(plan.outDir, '_astro', 'page.Ab12.js'), '');
  return plan;
}

const candidates = (inputs: Record<string, unknown>) => Object.entries(inputs).map(([id, value]) => ({ id, inputs: value, path: `path:${id}` }));
const decisionsOf = (plan: ReusePlan) => JSON.parse(readFileSync(plan.decisionsFile, 'utf8')) as ReuseDecisions;

describe('pagesToRender', () => {
  it('renders every page when the build has no plan, and writes nothing', () => {
    expect(pagesToRender(candidates({ a: 1, b: 2 }), undefined)).toEqual(['path:a', 'path:b']);
  });

  it('keeps a page whose inputs and assets are the last build’s, and renders the rest', () => {
    const first = scene({});
    expect(pagesToRender(candidates({ a: { title: 'A' }, b: { title: 'B' } }), first)).toEqual(['path:a', 'path:b']);
    const { digests } = decisionsOf(first);
    expect(Object.keys(digests)).toEqual(['a', 'b']);

    const second = scene(digests);
    expect(pagesToRender(candidates({ a: { title: 'A' }, b: { title: 'B, retitled' }, c: { title: 'C' } }), second)).toEqual(['path:b', 'path:c']);
    const decided = decisionsOf(second);
    expect(decided.kept).toEqual(['a']);
    expect(decided.digests['a']).toBe(digests['a']);
    expect(decided.digests['b']).not.toBe(digests['b']);
  });

  it('renders a page whose bundled assets changed, or whose previous file is gone', () => {
    const first = scene({});
    pagesToRender(candidates({ a: 1, b: 2 }), first);
    const { digests } = decisionsOf(first);

    const assetsChanged = scene(digests);
    writeFileSync(join(assetsChanged.outDir, '_astro', 'page.Cd34.js'), '');
    expect(pagesToRender(candidates({ a: 1, b: 2 }), assetsChanged)).toEqual(['path:a', 'path:b']);

    const fileGone = scene(digests);
    rmSync(paperPageFile(fileGone.previousDir, 'b'));
    expect(pagesToRender(candidates({ a: 1, b: 2 }), fileGone)).toEqual(['path:b']);
  });
});

describe('pageDigest', () => {
  it('differs with the inputs and with the assets', () => {
    expect(pageDigest({ a: 1 }, ['x.js'])).toBe(pageDigest({ a: 1 }, ['x.js']));
    expect(pageDigest({ a: 1 }, ['x.js'])).not.toBe(pageDigest({ a: 2 }, ['x.js']));
    expect(pageDigest({ a: 1 }, ['x.js'])).not.toBe(pageDigest({ a: 1 }, ['y.js']));
  });
});

describe('readPlan', () => {
  it('reads the plan the variable names, and none without it or when it cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-plan-'));
    const file = join(dir, 'plan.json');
    const plan: ReusePlan = { previousDir: 'p', outDir: 'o', previous: { a: 'd' }, decisionsFile: 'f' };
    writeFileSync(file, JSON.stringify(plan));
    expect(readPlan({ [PAGE_REUSE_ENV]: file })).toEqual(plan);
    expect(readPlan({})).toBeUndefined();
    expect(readPlan({ [PAGE_REUSE_ENV]: join(dir, 'missing.json') })).toBeUndefined();
  });
});
