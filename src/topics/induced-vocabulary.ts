import { existsSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { ContentError, preview, type ContentProblem } from '../content/content-error.ts';
import { inducedVocabularySchema } from './induced-schema.ts';
import type { InducedTopic } from './induce/types.ts';
import { displayPath } from './vocabulary.ts';

const ABOUT =
  'Topics induced from the catalog by `npm run topics:induce` (see README, "How topics are derived"). ' +
  'Rename a topic freely; keep its slug, which is its URL. Curate in content/topics.yaml, which wins where it speaks.';

/** Parses induced vocabulary YAML; `file` names the source in error messages. */
export function parseInducedVocabulary(text: string, file: string): InducedTopic[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ContentError([{ file, expected: 'valid YAML', found: preview((error as Error).message.split('\n')[0] ?? ''), hint: 'run `npm run topics:induce -- --accept all` to write the file again' }]);
  }
  const parsed = inducedVocabularySchema.safeParse(data);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || 'topics',
        expected: issue.message,
        found: issue.code === 'invalid_type' ? String(issue.received) : 'another value',
        hint: 'see src/topics/induced-schema.ts for what each field means',
      })),
    );
  }
  const topics = parsed.data.topics.map(({ parent, ...t }) => ({ ...t, ...(parent !== undefined ? { parent } : {}) }));
  const problems: ContentProblem[] = [];
  const slugs = new Set<string>();
  topics.forEach((t, i) => {
    if (slugs.has(t.slug)) problems.push({ file, field: `topics[${i}].slug`, expected: 'a slug no other topic uses', found: `"${t.slug}"`, hint: 'merge the two topics or rename one slug' });
    slugs.add(t.slug);
  });
  topics.forEach((t, i) => {
    if (t.parent !== undefined && (!slugs.has(t.parent) || topics.find((p) => p.slug === t.parent)?.parent !== undefined)) {
      problems.push({ file, field: `topics[${i}].parent`, expected: 'the slug of a top-level topic in this file', found: `"${t.parent}"`, hint: 'fix the spelling, or remove the parent' });
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return topics;
}

/** The induced vocabulary at `file`, or undefined when the catalog has none yet. */
export function loadInducedVocabulary(file: string): InducedTopic[] | undefined {
  if (!existsSync(file)) return undefined;
  return parseInducedVocabulary(readFileSync(file, 'utf8'), displayPath(file));
}

/** The file text for `topics`: stable order and layout, so a re-run changes no byte. */
export function serializeInducedVocabulary(topics: readonly InducedTopic[]): string {
  const plain = topics.map((t) => ({ slug: t.slug, name: t.name, phrases: [...t.phrases], ...(t.parent !== undefined ? { parent: t.parent } : {}) }));
  return stringify({ about: ABOUT, topics: plain }, { lineWidth: 0 });
}
