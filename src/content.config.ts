import { defineCollection } from 'astro:content';
import { paperLoader } from './render/papers-loader.ts';
import { paperSchema } from './content/paper-schema.ts';
import { PAPERS_DIR } from './content/paths.ts';

/**
 * Every paper of the catalog: `content/papers/<slug>.mdx`, the file name being the slug.
 * The loader renders each entry's MDX to HTML once and keeps it between builds (see
 * src/render/papers-loader.ts), instead of bundling one module per entry.
 */
const papers = defineCollection({
  loader: paperLoader({ base: PAPERS_DIR }),
  schema: paperSchema,
});

export const collections = { papers };
