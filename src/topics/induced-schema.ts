import { z } from 'zod';
import { SLUG_PATTERN } from '../content/paper-schema.ts';

/** One topic of `content/topics.induced.yaml`, the vocabulary induced from the catalog. */
export const inducedTopicSchema = z
  .object({
    /** URL-safe id and the tag written into frontmatter. Stays once published: URLs are forever. */
    slug: z.string().regex(SLUG_PATTERN, 'a slug: lower-case letters and digits joined by single hyphens, e.g. "state-space-models"'),
    /** Display name; a maintainer may rename it, the slug stays. */
    name: z.string().trim().min(1, 'a non-empty name'),
    /** Phrases (canonical: lower case, singular, hyphens as spaces) whose mention in a paper is evidence. At least one. */
    phrases: z.array(z.string().trim().min(1, 'a non-empty phrase')).min(1, 'at least one phrase'),
    /** Slug of the broad topic this one belongs to. Default: none (a top-level topic). */
    parent: z.string().regex(SLUG_PATTERN, 'the slug of another topic').optional(),
  })
  .strict();

/** The whole induced vocabulary file. */
export const inducedVocabularySchema = z
  .object({
    /** What the file is, for a reader who opens it. */
    about: z.string().optional(),
    /** Every induced topic: broad topics first, then narrow ones by size. May be empty. */
    topics: z.array(inducedTopicSchema),
  })
  .strict();
