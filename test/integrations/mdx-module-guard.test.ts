import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { guardPlugin } from '../../src/integrations/mdx-module-guard.ts';
import { commandEnv, PROJECT, removeTempProjects, tempProject } from '../check/support/temp-project.ts';

afterAll(removeTempProjects);

const FIXTURES = join(PROJECT, 'test/fixtures/untrusted');
const SECRET = `build-secret-${process.pid}-${Date.now()}`;
/** A build of a small copy takes seconds, but the machine may be busy: allow minutes. */
const BUILD_TIMEOUT = 180_000;
const MALICIOUS = readdirSync(FIXTURES).filter((n) => n.endsWith('.mdx'));

function papers(names: readonly string[], pwned: string): Record<string, string> {
  return {
    'plain-entry.mdx': readFileSync(join(FIXTURES, 'allowed/plain-text-markdown-and-math.mdx'), 'utf8'),
    ...Object.fromEntries(names.map((n) => [n, readFileSync(join(FIXTURES, n), 'utf8').replaceAll('__PWNED_DIR__', pwned)])),
  };
}

/** `astro build` alone (no ingest, no check first) in a throwaway copy of the project. */
function astroBuild(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: commandEnv({ PAPER_ATLAS_SECRET: SECRET }),
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under `dir` that holds `text`. */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => {
    try {
      return readFileSync(join(dir, name), 'utf8').includes(text);
    } catch {
      return false; // a folder
    }
  });
}

describe('astro build refuses untrusted MDX', () => {
  it('stops before compiling anything, names every malicious fixture, and nothing of theirs runs', () => {
    const pwned = mkdtempSync(join(tmpdir(), 'atlas-pwned-'));
    const root = tempProject({ papers: papers(MALICIOUS, pwned) });
    const { status, output } = astroBuild(root);
    expect(status).not.toBe(0);
    expect(output).toContain(`Refused: ${MALICIOUS.length} content file(s) hold code, markup or unsafe links`);
    expect(output).toContain('Nothing from these files was compiled or run.');
    for (const name of MALICIOUS) expect(output).toContain(`- content/papers/${name}, line `);
    expect(output).not.toContain('plain-entry.mdx');
    // no side effect: no file written, the secret nowhere, no page built
    expect(readdirSync(pwned)).toEqual([]);
    expect(output).not.toContain(SECRET);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('stops `npm run build` (ingest, then astro build) the same way', () => {
    const pwned = mkdtempSync(join(tmpdir(), 'atlas-pwned-'));
    // the layout fixture is left out: its unknown field already stops ingest, before Astro starts
    const names = MALICIOUS.filter((n) => n !== 'frontmatter-layout.mdx');
    const root = tempProject({ papers: papers(names, pwned) });
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: commandEnv({ PAPER_ATLAS_SECRET: SECRET }), timeout: 120_000 });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/^ingest: \d+ papers read/m);
    expect(output).toContain(`Refused: ${names.length} content file(s) hold code, markup or unsafe links`);
    expect(readdirSync(pwned)).toEqual([]);
    expect(output).not.toContain(SECRET);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('is what stops them: in a copy that compiles entries as MDX modules (Astro’s glob loader) without the guard, the same fixtures write files and leak the secret', () => {
    const pwned = mkdtempSync(join(tmpdir(), 'atlas-pwned-'));
    const armed = ['esm-export-writes-file.mdx', 'expression-writes-file.mdx', 'expression-reads-env.mdx', 'script-tag.mdx'];
    const root = tempProject({ papers: papers(armed, pwned) });
    const config = join(root, 'astro.config.mjs');
    // and with @astrojs/mdx registered, as a stock site has it (the catalog does not: see README, Dependencies)
    const atlas = join(root, 'src/integrations/paper-atlas.ts');
    const unguardedAtlas = readFileSync(atlas, 'utf8').replace(/plugins: \[guardPlugin\([^\]]*\]/, 'plugins: []');
    expect(unguardedAtlas).not.toContain('guardPlugin(fileURLToPath');
    writeFileSync(atlas, unguardedAtlas);
    const unguarded = readFileSync(config, 'utf8')
      .replace("import { defineConfig } from 'astro/config';", "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { rehypePlugins, remarkPlugins } from './src/render/mdx-options.ts';")
      .replace('integrations: [', 'integrations: [\n    mdx({ remarkPlugins, rehypePlugins }),');
    expect(unguarded).toContain('mdx({ remarkPlugins, rehypePlugins })');
    writeFileSync(config, unguarded);
    // the stock way: Astro's glob loader, every entry compiled by @astrojs/mdx into a
    // module, and a page that renders it (the catalog's own pages read the loader's HTML)
    const collections = join(root, 'src/content.config.ts');
    const stock = readFileSync(collections, 'utf8')
      .replace("import { paperLoader } from './render/papers-loader.ts';", "import { glob } from 'astro/loaders';")
      .replace('paperLoader({ base: PAPERS_DIR })', "glob({ base: './content/papers', pattern: '*.mdx' })");
    expect(stock).toContain('glob({');
    writeFileSync(collections, stock);
    rmSync(join(root, 'src/pages'), { recursive: true });
    mkdirSync(join(root, 'src/pages/papers'), { recursive: true });
    writeFileSync(
      join(root, 'src/pages/papers/[slug].astro'),
      [
        '---',
        "import { getCollection, render } from 'astro:content';",
        "export const getStaticPaths = async () => (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));",
        'const { Content } = await render(Astro.props.paper);',
        '---',
        '<Content />',
      ].join('\n'),
    );

    // the exit status is beside the point (a later step may fail on the broken pages):
    // by then the pages were rendered and the fixtures had run
    const { output } = astroBuild(root);
    expect(output).not.toContain('Refused:');
    expect(readdirSync(pwned).sort()).toEqual(['esm-export', 'expression']);
    expect(filesContaining(join(root, 'dist'), SECRET)).toEqual(['papers/expression-reads-env/index.html']);
    // the script element reaches the page as markup (its URL text linked by the site's plugins)
    expect(readFileSync(join(root, 'dist/papers/script-tag/index.html'), 'utf8')).toMatch(/<script>fetch\(.*attacker\.invalid.*document\.cookie\)<\/script>/);
  }, BUILD_TIMEOUT);
});

describe('the dev-server guard', () => {
  const plugin = guardPlugin('/project') as Plugin & { transform: (this: unknown, code: string, id: string) => unknown };
  const context = { error: (message: string) => { throw new Error(message); } };

  it('refuses an entry edited after start-up, before @astrojs/mdx compiles it', () => {
    expect(plugin.enforce).toBe('pre');
    expect(() => plugin.transform.call(context, '---\ntitle: x\n---\n\n{process.env.X}', '/project/content/papers/x.mdx')).toThrow(
      /^Refused: 1 content file\(s\) hold code, markup or unsafe links \(1 problem\(s\)\)\.\nNothing from these files was compiled or run\. .*\n- content\/papers\/x\.mdx, line 5: expected text, Markdown and math, no code, found an expression "\{process\.env\.X\}"/,
    );
  });

  it('lets plain entries, Astro’s wrapper modules and files outside content/ through', () => {
    expect(plugin.transform.call(context, '---\ntitle: x\n---\n\nplain \\{text\\}', '/project/content/papers/x.mdx')).toBeUndefined();
    expect(plugin.transform.call(context, 'export const x = 1', '/project/content/papers/x.mdx?astroPropagatedAssets')).toBeUndefined();
    expect(plugin.transform.call(context, 'export const x = 1', '/project/src/pages/page.mdx')).toBeUndefined();
  });
});
