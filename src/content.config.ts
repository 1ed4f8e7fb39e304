import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema } from './schemas/paper.ts';

/** Every paper of the catalog: `content/papers/<slug>.mdx`, the file name being the slug. */
const papers = defineCollection({
  loader: glob({ base: './content/papers', pattern: '*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: paperSchema,
});

export const collections = { papers };
