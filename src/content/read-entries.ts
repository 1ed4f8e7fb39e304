import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from './content-error.ts';
import { paperSchema, type PaperFrontmatter } from './paper-schema.ts';
import { friendlyZodProblems } from './friendly-error.ts';
import { ENTRY_READER, parseEntry } from './entry-file.ts';
import { FrontmatterCache, frontmatterCacheFile } from './frontmatter-cache.ts';
import { unescapeMdxText } from './mdx-escape.ts';
import { PAPERS_DIR } from './paths.ts';

/** One paper entry on disk, validated. */
export interface PaperEntry {
  /** File name without `.mdx`: the paper's slug and URL. */
  slug: string;
  /** Path relative to the project root, for messages. */
  path: string;
  /** The file's exact text. */
  text: string;
  data: PaperFrontmatter;
  /** The MDX body as written. */
  body: string;
  /** The body as plain text, for tagging and comparison. */
  abstract: string;
}

/** The project's cache of parsed frontmatter (`.cache/paper-atlas/frontmatter.json`), read by this module's reader. */
export function projectFrontmatterCache(root: string): FrontmatterCache {
  return new FrontmatterCache(frontmatterCacheFile(root), ENTRY_READER);
}

/**
 * Reads and validates every `content/papers/*.mdx`; all problems are reported together.
 * `pending` holds entries about to be written (path from the project root → text), read
 * as if they were on disk already: import tags what it writes before writing it. With a
 * `cache`, frontmatter read by an earlier run is not parsed again, and the cache is saved
 * holding this catalog's.
 */
export function readEntries(papersDir: string, relativeDir = PAPERS_DIR, pending?: ReadonlyMap<string, string>, cache?: FrontmatterCache): PaperEntry[] {
  let names: string[];
  try {
    names = readdirSync(papersDir).filter((name) => name.endsWith('.mdx'));
  } catch {
    names = [];
  }
  for (const path of pending?.keys() ?? []) if (path.startsWith(`${relativeDir}/`) && path.endsWith('.mdx')) names.push(path.slice(relativeDir.length + 1));
  names = [...new Set(names)].sort();
  const problems: ContentProblem[] = [];
  const entries: PaperEntry[] = [];
  for (const name of names) {
    const path = `${relativeDir}/${name}`;
    const text = pending?.get(path) ?? readFileSync(join(papersDir, name), 'utf8');
    try {
      const { data, body } = parseEntry(text, path, cache);
      const parsed = paperSchema.safeParse(data);
      if (!parsed.success) {
        problems.push(...friendlyZodProblems(parsed.error, data, path));
        continue;
      }
      entries.push({ slug: name.slice(0, -'.mdx'.length), path, text, data: parsed.data, body, abstract: unescapeMdxText(body).trim() });
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  cache?.save(true);
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
