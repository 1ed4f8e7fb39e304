import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_SHINGLES, NEAR_DUPLICATE_THRESHOLD, SHINGLE_SIZE } from '../check/duplicates.ts';
import { jaccard, shingles } from '../check/shingles.ts';
import { titleKey } from '../content/title-key.ts';
import { unknownVersionProblem } from '../check/slugs.ts';
import { findUntrustedMdx } from '../content/mdx-policy.ts';
import { ContentError, preview, type ContentProblem } from '../content/content-error.ts';
import { serializeEntry } from '../content/entry-file.ts';
import { escapeMdxText } from '../content/mdx-escape.ts';
import { readEntries, type PaperEntry } from '../content/read-entries.ts';
import { ingest, type IngestReport } from '../ingest/run-ingest.ts';
import { uniqueSlug } from '../content/slug.ts';
import { paperSchema } from '../content/paper-schema.ts';
import { catalogPaths, entryPath } from '../content/paths.ts';

/** What a contributor gives for one paper. */
export interface NewPaper {
  title: string;
  abstract: string;
  /** Extra links (code, project page); the abstract's own URLs are found without help. */
  links: string[];
  /** Slugs of entries that are other versions of this work. */
  versions: string[];
}

/** Where the entry would clash with the catalog: nothing, the same paper, or a near-duplicate abstract. */
export type Clash =
  | { kind: 'title'; entry: PaperEntry }
  | { kind: 'abstract'; entry: PaperEntry; similarity: number };

/** One line, single spaces: seeds hold each abstract on one line, and so do entries. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Problems with the fields themselves, before the catalog is consulted. */
export function fieldProblems(paper: NewPaper, where: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (paper.title === '') problems.push({ file: where, field: 'title', expected: 'the paper’s title', found: 'nothing', hint: 'give it with --title "…"' });
  if (paper.abstract === '') problems.push({ file: where, field: 'abstract', expected: 'the paper’s abstract', found: 'nothing', hint: 'give it with --abstract "…", or a title line and an abstract line in --from-file' });
  for (const url of paper.links) {
    if (!paperSchema.shape.links.safeParse([url]).success) {
      problems.push({ file: where, field: 'links', expected: 'an absolute http(s) URL', found: preview(url), hint: 'write the whole address, e.g. --url https://github.com/org/repo' });
    }
  }
  return problems;
}

/** The first clash of `paper` with the catalog's entries, if any. */
export function findClash(paper: NewPaper, entries: readonly PaperEntry[], slug = ''): Clash | undefined {
  const key = titleKey(paper.title);
  const sameTitle = entries.find((entry) => titleKey(entry.data.title) === key);
  if (sameTitle) return { kind: 'title', entry: sameTitle };
  const mine = shingles(paper.abstract, SHINGLE_SIZE);
  if (mine.size < MIN_SHINGLES) return undefined;
  let best: Clash | undefined;
  for (const entry of entries) {
    // declared on either side, as the check accepts it
    if (paper.versions.includes(entry.slug) || entry.data.versions.includes(slug)) continue;
    const theirs = shingles(entry.abstract, SHINGLE_SIZE);
    if (theirs.size < MIN_SHINGLES) continue;
    const similarity = jaccard(mine, theirs);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || best.kind !== 'abstract' || similarity > best.similarity)) best = { kind: 'abstract', entry, similarity };
  }
  return best;
}

/** A clash as a friendly problem. */
export function clashProblem(clash: Clash, where: string): ContentProblem {
  if (clash.kind === 'title') {
    return {
      file: where, field: 'title', expected: 'a paper not already in the catalog',
      found: `the same title as ${clash.entry.path} ("${clash.entry.data.title}")`,
      hint: `the paper is already there: see ${clash.entry.path}; to change its tags, edit pinnedTags or droppedTags in that file`,
    };
  }
  return {
    file: where, field: 'abstract', expected: `an abstract of its own (at most ${Math.round(NEAR_DUPLICATE_THRESHOLD * 100)}% of three-word phrases shared with another entry)`,
    found: `${Math.round(clash.similarity * 100)}% of its phrases shared with ${clash.entry.path} ("${clash.entry.data.title}")`,
    hint: `if this is another version of that paper (preprint, journal or extended version), add --version-of ${clash.entry.slug}; if it is the same paper, it is already in the catalog`,
  };
}

/** The file `npm run new` writes, before ingest adds the derived tags. */
export function entryText(paper: NewPaper, today: string): string {
  const data: Record<string, unknown> = { title: paper.title, tags: [], added: today };
  if (paper.links.length > 0) data['links'] = paper.links;
  if (paper.versions.length > 0) data['versions'] = paper.versions;
  return serializeEntry(data, escapeMdxText(paper.abstract));
}

export interface Added {
  slug: string;
  path: string;
  /** The tags ingest derived for the new entry. */
  tags: string[];
  /** What ingest did across the catalog (a new paper can shift another paper's tags). */
  report: IngestReport;
}

/**
 * Writes `content/papers/<slug>.mdx` for a new paper and runs the real ingest, so the
 * entry gets its derived tags exactly as a seed paper would. Refuses, writing nothing,
 * when a field is wrong, the paper is already in the catalog, or the text would turn
 * into code. Throws ContentError with every problem.
 */
export function addPaper(root: string, input: NewPaper, today = new Date().toISOString().slice(0, 10)): Added {
  const paper: NewPaper = { ...input, title: oneLine(input.title), abstract: oneLine(input.abstract) };
  const entries = readEntries(catalogPaths(root).papers);
  const known = new Set(entries.map((e) => e.slug));
  const slug = uniqueSlug(paper.title, known);
  const path = entryPath(slug);
  const problems = fieldProblems(paper, path);
  problems.push(...paper.versions.filter((v) => !known.has(v)).map((other) => unknownVersionProblem(path, other)));
  if (problems.length === 0) {
    const clash = findClash(paper, entries, slug);
    if (clash) problems.push(clashProblem(clash, path));
  }
  const text = entryText(paper, today);
  // escaping leaves nothing for the guard to find; it stays as a second line of defence
  if (problems.length === 0) problems.push(...findUntrustedMdx(text, path));
  if (problems.length > 0) throw new ContentError(problems);

  const file = join(root, path);
  if (existsSync(file)) throw new ContentError([{ file: path, expected: 'a free file name', found: 'an existing file', hint: 'pick another title or remove the file' }]);
  writeFileSync(file, text);
  try {
    const report = ingest({ root, today });
    const entry = readEntries(catalogPaths(root).papers).find((e) => e.slug === slug);
    return { slug, path, tags: entry?.data.tags ?? [], report };
  } catch (error) {
    rmSync(file); // leave the catalog as it was
    throw error;
  }
}
