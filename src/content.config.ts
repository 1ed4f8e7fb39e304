import { defineCollection } from 'astro:content';
import { paperLoader } from './loaders/papers-loader.ts';
import { paperSchema } from './schemas/paper.ts';

/**
 * Every paper of the catalog: `content/papers/<slug>.mdx`, the file name being the slug.
 * The loader renders each entry's MDX to HTML once and keeps it between builds (see
 * src/loaders/papers-loader.ts), instead of bundling one module per entry.
 */
const papers = defineCollection({
  loader: paperLoader({ base: 'content/papers' }),
  schema: paperSchema,
});

export const collections = { papers };
