import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { findUntrustedMdx, refusalMessage } from '../content/mdx-policy.ts';
import { CONTENT_DIR } from '../content/paths.ts';

/**
 * Entries never become modules: the paper loader (src/render/papers-loader.ts) checks
 * each entry and renders it to HTML, refusing code, markup and unsafe links before
 * anything renders. This Vite plugin is the second lock: should anything ever import a
 * content file as an MDX module (say, once @astrojs/mdx is registered again: the catalog
 * does not register it), it runs before every other plugin, checks the file first and
 * stops the build (or `astro dev`, for an entry edited after start-up) with the same
 * message. paperAtlas() (src/integrations/paper-atlas.ts) adds it before any other
 * integration's plugins.
 */
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
