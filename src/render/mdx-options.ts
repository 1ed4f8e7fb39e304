import rehypeKatex from 'rehype-katex';
import type { PluggableList } from 'unified';
import { syntaxPlugins } from '../content/mdx-syntax.ts';
import remarkBareLinks from './plugins/remark-bare-links.ts';

/**
 * The one list of unified plugins for paper bodies, shared by the site (astro.config.mjs)
 * and the tests that render MDX, so the tests render exactly what the site does.
 */
export const remarkPlugins: PluggableList = [...syntaxPlugins, remarkBareLinks];
/**
 * Body math is MathML alone, which browsers typeset natively: no stylesheet, no fonts,
 * and no `style` attributes that a strict Content-Security-Policy would have to hash.
 */
export const rehypePlugins: PluggableList = [[rehypeKatex, { throwOnError: false, strict: 'ignore', output: 'mathml' }]];
