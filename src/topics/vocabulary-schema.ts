import { z } from 'zod';
import { SLUG_PATTERN } from '../content/paper-schema.ts';

/** One topic of `content/topics.yaml`. */
export const topicSchema = z
  .object({
    /** URL-safe id and the tag written into frontmatter, e.g. `lora`. Required. */
    slug: z.string().regex(SLUG_PATTERN, 'a slug: lower-case letters and digits joined by single hyphens, e.g. "state-space-models"'),
    /** Display name, e.g. `LoRA`; also matched in titles and abstracts. Required. */
    name: z.string().trim().min(1, 'a non-empty name'),
    /** One line telling a reader what belongs here. Required. */
    description: z.string().trim().min(1, 'a one-line description'),
    /** Other names and abbreviations, matched regardless of case, hyphens and plurals. Default: none. */
    aliases: z.array(z.string().trim().min(1, 'a non-empty alias')).default([]),
    /** Regular expressions (case-insensitive) for wordings aliases cannot express. Default: none. */
    patterns: z.array(z.string().min(1, 'a non-empty pattern')).default([]),
    /** Names that count only in a title, being too common in abstracts. Default: none. */
    titleAliases: z.array(z.string().trim().min(1, 'a non-empty title alias')).default([]),
    /** Slug of the broader topic this one folds into. Default: none (a top-level topic). */
    parent: z.string().regex(SLUG_PATTERN, 'the slug of another topic').optional(),
  })
  .strict();

/** The whole vocabulary file: a `topics` list. */
export const vocabularySchema = z
  .object({
    /** Every topic, in the order topic pages list them. At least one. */
    topics: z.array(topicSchema).min(1, 'at least one topic'),
  })
  .strict();

export type VocabularyFile = z.infer<typeof vocabularySchema>;
