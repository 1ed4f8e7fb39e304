import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblem } from '../errors/content-error.ts';
import { findUntrustedMdx, type UntrustedProblem } from '../check/untrusted-mdx.ts';

/** The error a refused build stops with: every problem, and the promise that nothing ran. */
export function refusalMessage(problems: readonly UntrustedProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Refused: ${files} content file(s) hold code, markup or unsafe links (${problems.length} problem(s)).`,
    'Nothing from these files was compiled or run. Entries may hold text, Markdown and math only.',
    ...problems.map((p) => `- ${formatProblem(p)}`),
  ].join('\n');
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
 * Entries never become modules: the paper loader (src/loaders/papers-loader.ts) checks
 * each entry and renders it to HTML, refusing code, markup and unsafe links before
 * anything renders. This integration is the second lock: should anything ever import
 * a content file as an MDX module, a Vite plugin placed before @astrojs/mdx checks it
 * first and stops the build (or the dev server) with the same message. Keep it first in
 * astro.config.mjs.
 */
export default function untrustedMdx(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  return {
    name: 'paper-atlas:untrusted-mdx',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [guardPlugin(fileURLToPath(config.root), contentDir)] } });
      },
    },
  };
}
