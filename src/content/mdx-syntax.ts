import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';

/**
 * The syntax an entry's body is written in, beyond MDX itself: the remark plugins that
 * add syntax (remark-math: `$…$`). The MDX policy parses entries with exactly these, and
 * the renderer's plugin list (src/render/mdx-options.ts) starts with them, so the check
 * and the build read the same tree. A plugin that only transforms the tree belongs there,
 * not here.
 */
export const syntaxPlugins: PluggableList = [remarkMath];
