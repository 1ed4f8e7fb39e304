import type { AstroIntegration } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { findUntrustedMdx, refusalMessage } from '../content/mdx-policy.ts';
import { CONTENT_DIR } from '../content/paths.ts';

/** For `astro dev`: an entry edited after start-up is checked before any MDX compiler sees it. */
export function guardPlugin(root: string, contentDir = CONTENT_DIR): Plugin {
  const inside = join(root, contentDir) + sep;
  return {
    name: 'paper-atlas:mdx-module-guard',
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
 * Entries never become modules: the paper loader (src/render/papers-loader.ts) checks
 * each entry and renders it to HTML, refusing code, markup and unsafe links before
 * anything renders. This integration is the second lock: should anything ever import
 * a content file as an MDX module (say, once @astrojs/mdx is registered again: the
 * catalog does not register it), a Vite plugin that runs before every other checks it
 * first and stops the build (or the dev server) with the same message. Keep it first in
 * astro.config.mjs.
 */
export default function mdxModuleGuard(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  return {
    name: 'paper-atlas:mdx-module-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [guardPlugin(fileURLToPath(config.root), contentDir)] } });
      },
    },
  };
}
