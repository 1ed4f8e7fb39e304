import type { PaperEntry } from '../content/read-entries.ts';
import { shingles, similarPairs } from './shingles.ts';
import { whyDistinct } from '../content/paper-identity.ts';
import { titleKey } from '../content/title-key.ts';
import type { CheckContext, Finding } from './types.ts';

/** Abstracts are compared as sets of three-word runs. */
export const SHINGLE_SIZE = 3;
/**
 * Two abstracts sharing at least this Jaccard share of shingles are one text. Over the
 * 219 seed papers, unrelated pairs top out at 0.047 (99.9th percentile 0.019) while the
 * one true pair (MeshSDF and its journal version DeepMesh) scores 0.654; an abstract
 * with a fifth of its words replaced still scores above 0.2. `npx tsx
 * scripts/near-duplicates.ts` prints these figures for the current catalog.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.2;
/**
 * Abstracts shorter than this many shingles (about a dozen words) are not compared:
 * two entries that both say "Abstract not available." are not one paper.
 */
export const MIN_SHINGLES = 10;

/** Whether either entry names the other in `versions`: one side is enough, the relation is symmetric. */
export function declaredVersions(a: PaperEntry, b: PaperEntry): boolean {
  return a.data.versions.includes(b.slug) || b.data.versions.includes(a.slug);
}

function sameTitle(entries: readonly PaperEntry[]): Finding[] {
  const byKey = new Map<string, PaperEntry[]>();
  for (const entry of entries) {
    const key = titleKey(entry.data.title);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.flatMap((entry): Finding[] => {
        // entries that share a title but not their DOI, arXiv ID, authors or year are two papers ("Editorial")
        const same = group.filter((other) => other !== entry && whyDistinct(entry.data, other.data) === undefined);
        if (same.length === 0) return [];
        return [{
          file: entry.path,
          field: 'title',
          check: 'duplicates',
          level: 'error',
          expected: 'a paper not already in the catalog',
          found: `the same title as ${same.map((other) => other.path).join(', ')} (equal once case, punctuation, LaTeX and accents are ignored), and no DOI, arXiv ID, author list or year that tells them apart`,
          hint: 'the catalog holds each paper once: keep one of the files and delete the other; if they are two papers, give each its DOI, authors or year',
        }];
      }),
    );
}

function sameAbstract(entries: readonly PaperEntry[]): Finding[] {
  const sets = entries.map((entry) => shingles(entry.abstract, SHINGLE_SIZE));
  return similarPairs(sets, NEAR_DUPLICATE_THRESHOLD)
    .filter(({ i, j }) => sets[i]!.size >= MIN_SHINGLES && sets[j]!.size >= MIN_SHINGLES)
    .filter(({ i, j }) => !declaredVersions(entries[i]!, entries[j]!))
    .flatMap(({ i, j, similarity }) =>
      [[entries[i]!, entries[j]!], [entries[j]!, entries[i]!]].map(([entry, other]): Finding => ({
        file: entry!.path,
        check: 'duplicates',
        level: 'error',
        expected: `an abstract of its own (at most ${Math.round(NEAR_DUPLICATE_THRESHOLD * 100)}% of three-word phrases shared with another entry)`,
        found: `${Math.round(similarity * 100)}% of its phrases shared with ${other!.path} ("${other!.data.title}")`,
        hint: `if one is another version of the other (preprint and journal paper, extended version), add \`versions: [${other!.slug}]\` to this entry's frontmatter; if they are the same paper, keep one file`,
      })),
    );
}

/** The same paper twice: an equal title is an error unless DOI, arXiv ID, authors or year tell the two apart (see paper-identity.ts); a near-equal abstract unless declared in `versions`. */
export function checkDuplicates({ entries }: CheckContext): Finding[] {
  const titles = sameTitle(entries);
  const titled = new Set(titles.map((f) => f.file));
  // a pair already reported for its title needs no second message about its abstract
  const abstracts = sameAbstract(entries).filter((f) => !titled.has(f.file));
  return [...titles, ...abstracts];
}
