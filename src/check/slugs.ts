import type { ContentProblem } from '../content/content-error.ts';
import type { CheckContext, Finding } from './types.ts';
import { PAPERS_DIR } from '../content/paths.ts';

/** A `versions` slug no entry has; `npm run new` refuses its `--version-of` with the same words. */
export function unknownVersionProblem(file: string, slug: string): ContentProblem {
  return { file, field: 'versions', expected: `the slug of an entry in ${PAPERS_DIR}/`, found: `"${slug}", which no entry has`, hint: 'use the other entry’s file name without .mdx' };
}

/**
 * Slugs are URLs: each must name one paper, also on hosts that ignore case, and the
 * slugs an entry lists in `versions` must be other entries of the catalog.
 */
export function checkSlugs({ files, entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const byFolded = new Map<string, string[]>();
  for (const file of files.filter((f) => f.name.endsWith('.mdx'))) {
    const folded = file.name.slice(0, -'.mdx'.length).normalize('NFKC').toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), file.path]);
  }
  for (const paths of byFolded.values()) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      findings.push({
        file: path, check: 'slugs', level: 'error',
        expected: 'a slug no other entry has',
        found: `the same slug as ${paths.filter((p) => p !== path).join(', ')} once case is ignored`,
        hint: 'keep one of the files; slugs are URLs and must be unique',
      });
    }
  }
  const known = new Set(entries.map((e) => e.slug));
  for (const entry of entries) {
    for (const other of entry.data.versions) {
      if (other === entry.slug) {
        findings.push({ file: entry.path, field: 'versions', check: 'slugs', level: 'error', expected: 'the slugs of other entries', found: `the entry's own slug "${other}"`, hint: 'list only the other versions of this work' });
      } else if (!known.has(other)) {
        findings.push({ ...unknownVersionProblem(entry.path, other), check: 'slugs', level: 'error' });
      }
    }
  }
  return findings;
}
