import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEnv, removeTempProjects, tempProject } from '../check/support/temp-project.ts';
import { openSite, type Site } from '../../scripts/lib/browser.ts';
import { FIXTURE } from './support/fixture-catalog.ts';

/**
 * CONTRIBUTING.md's three steps, done by a newcomer on a fresh copy of the catalog:
 * `npm run new` with flags, `npm run check`, then build and look at the paper. The copy
 * holds the fixture catalog (test/fixtures/catalog/), as a clone holds the live one.
 */
const TITLE = 'QLoRA: Efficient Finetuning of Quantized LLMs';
const SLUG = 'qlora-efficient-finetuning-of-quantized-llms';
const ABSTRACT =
  'We present QLoRA, an efficient finetuning approach that reduces memory usage enough to finetune a 65B parameter model on a single 48GB GPU while preserving full 16-bit finetuning task performance. QLoRA backpropagates gradients through a frozen, 4-bit quantized pretrained language model into Low Rank Adapters (LoRA). Our best model family, which we name Guanaco, outperforms all previous openly released models on the Vicuna benchmark. Code: https://github.com/artidoro/qlora.';

let root: string;
let site: Site;
const steps: Record<string, { status: number | null; output: string }> = {};

function npm(...args: string[]) {
  const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 240_000, env: commandEnv() });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  root = tempProject({ topics: readFileSync(join(FIXTURE, 'content', 'topics.yaml'), 'utf8') });
  // the fixture's entries, induced topics and seeds; ingest brings the tags up to date, as on a fresh clone
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'seeds'), join(root, 'seeds'), { recursive: true });
  steps['ingest'] = npm('run', 'ingest');
  steps['new'] = npm('run', 'new', '--', '--title', TITLE, '--abstract', ABSTRACT, '--url', 'https://huggingface.co/timdettmers');
  steps['check'] = npm('run', 'check');
  steps['build'] = npm('run', 'build');
  if (steps['build'].status === 0) site = await openSite(join(root, 'dist'));
});
afterAll(async () => {
  await site?.close();
  removeTempProjects();
});

describe('a newcomer follows CONTRIBUTING.md', () => {
  it('adds the paper with npm run new, and npm run check and npm run build pass', () => {
    expect(steps['ingest']!.status).toBe(0);
    expect(steps['new']!.output).toContain(`Added content/papers/${SLUG}.mdx`);
    expect(steps['new']!.status).toBe(0);
    expect(steps['check']!.output).toMatch(/check passed: \d+ files in content\/papers/);
    expect(steps['check']!.status).toBe(0);
    expect(steps['build']!.output).toMatch(/\d+ entries loaded, \d+ rendered, \d+ unchanged since the last build \(\d+ ms\); none holds code, markup or unsafe links/);
    expect(steps['build']!.status).toBe(0);
  });

  it('sees it on its page, on its topics’ pages, on the graph and in search', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.url(`/papers/${SLUG}/`));
    expect((await page.locator('h1').textContent())?.trim()).toBe(TITLE);
    expect(await page.locator('[data-abstract]').textContent()).toContain('4-bit quantized pretrained language model');

    const topics = await page.locator('article .chips a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      await page.goto(site.url(topic));
      expect(await page.locator(`a[href$="/papers/${SLUG}/"]`).count(), topic).toBeGreaterThan(0);
    }

    await page.goto(site.url('/graph/'));
    expect(await page.locator(`a[href$="${topics[0]}"]`).count()).toBeGreaterThan(0);

    await page.goto(site.url('/search/?q=QLoRA'));
    const first = page.locator('#search-page-results a.search-result').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('QLoRA');
    expect(await first.getAttribute('href')).toMatch(new RegExp(`/papers/${SLUG}/(\\?.*)?$`));
    expect(errors).toEqual([]);
  });
});
