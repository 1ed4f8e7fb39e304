import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodIssue } from 'zod';
import { ContentError, preview, type ContentProblem } from '../content/content-error.ts';
import { vocabularySchema } from './vocabulary-schema.ts';
import type { Topic } from './types.ts';
import { TOPICS_FILE } from '../content/paths.ts';

/**
 * Topics that fit nearly every paper of a catalog and so tell no two papers apart.
 * The seed was gathered by searching for "parameterized", so that word fits all of it.
 */
export const TOO_BROAD = new Set(['parameterization', 'parametrization', 'deep-learning', 'neural-networks', 'machine-learning']);

/**
 * How error messages name `file`: relative to the project root (the working directory)
 * when it lies inside, so `/home/me/atlas/content/topics.yaml` reads `content/topics.yaml`.
 */
export function displayPath(file: string, root = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(root, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
}

/** Reads `file` and returns its topics, or throws a `ContentError` listing every problem. */
export function loadVocabulary(file = TOPICS_FILE): Topic[] {
  return parseVocabulary(readFileSync(file, 'utf8'), displayPath(file));
}

/** Where a zod issue sits, as a reader of the YAML would name it: `topics[3].aliases[0]`. */
function fieldOf(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return preview(typeof value === 'string' ? value : JSON.stringify(value), 60);
}

function problemFromIssue(file: string, data: unknown, issue: ZodIssue): ContentProblem {
  const field = fieldOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      field: field || 'topics',
      expected: 'only the fields slug, name, description, aliases, patterns, titleAliases, parent',
      found: issue.keys.map((k) => JSON.stringify(k)).join(', '),
      hint: 'check the spelling of the field name; see src/topics/vocabulary-schema.ts for what each field means',
    };
  }
  const expected = issue.code === 'invalid_type' ? `${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}` : issue.message;
  return {
    file,
    field,
    expected,
    found: describe(valueAt(data, issue.path)),
    hint: 'see src/topics/vocabulary-schema.ts for what each field means',
  };
}

/** Checks that need the whole list: unique slugs, known parents, no cycles, regexes that compile. */
function crossCheck(file: string, topics: readonly Topic[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = new Map<string, number>();
  topics.forEach((t, i) => {
    const field = `topics[${i}]`;
    const earlier = index.get(t.slug);
    if (earlier !== undefined) {
      problems.push({ file, field: `${field}.slug`, expected: 'a slug no other topic uses', found: `"${t.slug}", already used by topics[${earlier}]`, hint: 'merge the two topics or rename one' });
    } else index.set(t.slug, i);
    if (TOO_BROAD.has(t.slug)) {
      problems.push({ file, field: `${field}.slug`, expected: 'a topic that tells papers apart', found: `"${t.slug}", which fits nearly every paper`, hint: 'remove it; name what is particular about the papers instead' });
    }
    t.patterns.forEach((source, j) => {
      try {
        new RegExp(source, 'giu');
      } catch (error) {
        problems.push({ file, field: `${field}.patterns[${j}]`, expected: 'a valid regular expression', found: `${preview(source, 60)} (${(error as Error).message})`, hint: 'escape special characters such as ( ) [ ] + ? with a backslash, or use an alias instead' });
      }
    });
  });
  const parentOf = new Map(topics.map((t) => [t.slug, t.parent]));
  topics.forEach((t, i) => {
    if (t.parent === undefined) return;
    if (!index.has(t.parent)) {
      problems.push({ file, field: `topics[${i}].parent`, expected: 'the slug of a topic in this file', found: `"${t.parent}"`, hint: 'add that topic, fix the spelling, or remove the parent' });
      return;
    }
    const chain = [t.slug];
    for (let p: string | undefined = t.parent; p !== undefined; p = parentOf.get(p)) {
      if (p === t.slug) {
        problems.push({ file, field: `topics[${i}].parent`, expected: 'a parent chain that ends at a top-level topic', found: `a cycle: ${[...chain, p].join(' → ')}`, hint: 'remove the parent of one topic in the cycle' });
        break;
      }
      if (chain.includes(p)) break;
      chain.push(p);
    }
  });
  return problems;
}

/** Parses vocabulary YAML text; `file` names the source in error messages. Pure apart from throwing. */
export function parseVocabulary(text: string, file: string): Topic[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new ContentError([
      {
        file,
        ...(line !== undefined ? { line } : {}),
        expected: 'valid YAML',
        found: preview(message.replace(/ at line \d+, column \d+:?$/, '')),
        hint: 'check the indentation, and put quotes around text that contains ": " or starts with [ { & * ! | > % @',
      },
    ]);
  }
  const parsed = vocabularySchema.safeParse(data);
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((issue) => problemFromIssue(file, data, issue)));
  const topics: Topic[] = parsed.data.topics.map(({ parent, ...rest }) => (parent === undefined ? rest : { ...rest, parent }));
  const problems = crossCheck(file, topics);
  if (problems.length > 0) throw new ContentError(problems);
  return topics;
}

/**
 * The topic behind a tag: the vocabulary's own, or one made up for a keyphrase tag
 * (`gene-expression` → "Gene expression"), so every tag can get a title and a blurb.
 */
export function topicForSlug(slug: string, vocabulary: readonly Topic[]): Topic {
  const known = vocabulary.find((t) => t.slug === slug);
  if (known) return known;
  const words = slug.split('-').join(' ');
  return {
    slug,
    name: words.charAt(0).toUpperCase() + words.slice(1),
    description: `Papers sharing the keyphrase “${words}”.`,
    aliases: [],
    patterns: [],
  };
}
