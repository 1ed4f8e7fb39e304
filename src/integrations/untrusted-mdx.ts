import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblem } from '../errors/content-error.ts';
import { findUntrustedMdx, type UntrustedProblem } from '../check/untrusted-mdx.ts';

/** Markdown and MDX files under `dir`, recursively, as absolute paths. */
function contentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => /\.mdx?$/.test(name)).sort().map((name) => join(dir, name));
}

/** The error a refused build stops with: every problem, and the promise that nothing ran. */
export function refusalMessage(problems: readonly UntrustedProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Refused: ${files} content file(s) hold code, markup or unsafe links (${problems.length} problem(s)).`,
    'Nothing from these files was compiled or run. Entries may hold text, Markdown and math only.',
    ...problems.map((p) => `- ${formatProblem(p)}`),
  ].join('\n');
}

/** Checks every content file on disk; root-relative paths in messages. */
export function scanContent(root: string, contentDir = 'content'): UntrustedProblem[] {
  return contentFiles(join(root, contentDir)).flatMap((path) =>
    findUntrustedMdx(readFileSync(path, 'utf8'), relative(root, path).split(sep).join('/')),
  );
}

/** For `astro dev`: an entry edited after start-up is checked before @astrojs/mdx compiles it. */
export function guardPlugin(root: string, contentDir = 'content'): Plugin {
  const inside = join(root, contentDir) + sep;
  return {
    name: 'paper-atlas:untrusted-mdx',
    enforce: 'pre',
    transform(code, id) {
      // the same test @mdx-js/rollup applies: ids with a query are Astro's wrappers, not the file
      if (!/\.mdx?$/.test(id) || !id.startsWith(inside)) return undefined;
      const problems = findUntrustedMdx(code, relative(root, id).split(sep).join('/'));
      if (problems.length > 0) this.error(refusalMessage(problems));
      return undefined;
    },
  };
}

/**
 * Refuses contributed content that holds code before Astro compiles any of it: the
 * whole content folder is checked in `astro:config:setup`, the first hook of every
 * `astro build`/`astro dev`, and a Vite plugin placed before @astrojs/mdx checks each
 * file again as it is loaded. Keep this integration first in astro.config.mjs.
 */
export default function untrustedMdx(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  return {
    name: 'paper-atlas:untrusted-mdx',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const problems = scanContent(root, contentDir);
        if (problems.length > 0) throw new Error(refusalMessage(problems));
        logger.info(`${contentFiles(join(root, contentDir)).length} content files hold no code, markup or unsafe links (${Math.round(performance.now() - started)} ms)`);
        updateConfig({ vite: { plugins: [guardPlugin(root, contentDir)] } });
      },
    },
  };
}
