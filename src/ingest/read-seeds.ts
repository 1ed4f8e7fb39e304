import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { parseSeed, type SeedPaper } from './parse-seed.ts';
import { titleKey } from '../content/title-key.ts';

/**
 * Reads every `seeds/*.txt` in name order. The same title in two files is an error
 * that names both places, as within one file.
 */
export function readSeeds(seedsDir: string): SeedPaper[] {
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  const problems: ContentProblem[] = [];
  const papers: SeedPaper[] = [];
  const firstSeen = new Map<string, SeedPaper>();
  for (const name of files) {
    let parsed: SeedPaper[];
    try {
      parsed = parseSeed(readFileSync(join(seedsDir, name), 'utf8'), `seeds/${name}`);
    } catch (error) {
      if (error instanceof ContentError) {
        problems.push(...error.problems);
        continue;
      }
      throw error;
    }
    for (const paper of parsed) {
      const earlier = firstSeen.get(titleKey(paper.title));
      if (earlier) {
        problems.push({
          file: paper.file,
          line: paper.titleLine,
          expected: 'a title not already listed in another seed file',
          found: `the same title as ${earlier.file} line ${earlier.titleLine}`,
          hint: 'remove the repeated title and abstract lines from one of the two files',
        });
        continue;
      }
      firstSeen.set(titleKey(paper.title), paper);
      papers.push({ ...paper, file: name });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return papers;
}
