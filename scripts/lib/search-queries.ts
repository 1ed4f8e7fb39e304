import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ContentError, type ContentProblem } from '../../src/content/content-error.ts';
import { PAPERS_DIR } from '../../src/content/paths.ts';

/**
 * The judged query set of `npm run bench:search` (test/fixtures/search-queries.json).
 * Page ids are a paper's slug or `topics/<slug>`.
 */
const knownItem = z
  .object({
    /** What a reader types. */
    query: z.string().min(1),
    /** The one paper the reader means: its slug. It must come first. */
    expect: z.string().min(1),
    /** Which kind of known-item search this is, for the report. */
    kind: z.enum(['title-words', 'acronym', 'hyphenated', 'greek', 'exact-title']),
  })
  .strict();

const topical = z
  .object({
    query: z.string().min(1),
    /** Which kind of topical search this is, for the report. */
    kind: z.enum(['topic', 'abbreviation', 'phrase']),
    /**
     * Every page that answers the query, judged by reading titles and abstracts, not
     * by looking at tags: topic pages count when the topic is what was asked for.
     */
    relevant: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const querySetSchema = z
  .object({
    /** How relevance was judged, for whoever extends the set. */
    about: z.string(),
    knownItem: z.array(knownItem).min(1),
    topical: z.array(topical).min(1),
  })
  .strict();

export type QuerySet = z.infer<typeof querySetSchema>;

/** Reads and checks the query set; every slug must name a page of the built site. */
export function loadQuerySet(file: string, pageExists: (id: string) => boolean): QuerySet {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = querySetSchema.safeParse(data);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.join('.'),
        expected: issue.message,
        found: JSON.stringify(issue.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data)) ?? 'nothing',
        hint: 'see scripts/lib/search-queries.ts for the shape of the query set',
      })),
    );
  }
  const problems: ContentProblem[] = [];
  parsed.data.knownItem.forEach((q, i) => {
    if (!pageExists(q.expect)) problems.push({ file, field: `knownItem.${i}.expect`, expected: 'the slug of a built paper page', found: JSON.stringify(q.expect), hint: `check ${PAPERS_DIR}/ for the slug; slugs never change once made` });
  });
  parsed.data.topical.forEach((q, i) => {
    q.relevant.forEach((id, j) => {
      if (!pageExists(id)) problems.push({ file, field: `topical.${i}.relevant.${j}`, expected: 'a paper slug or topics/<slug> of a built page', found: JSON.stringify(id), hint: `check ${PAPERS_DIR}/ and the topic pages in dist/topics/` });
    });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return parsed.data;
}

/** Whether the built site in `dir` has the page with this id. */
export function builtPageExists(dir: string): (id: string) => boolean {
  return (id) => existsSync(`${dir}/${id.startsWith('topics/') ? id : `papers/${id}`}/index.html`);
}
