import { ContentError, preview, type ContentProblem } from '../content/content-error.ts';
import { titleKey } from '../content/title-key.ts';

/** One paper as listed in a seed file. */
export interface SeedPaper {
  title: string;
  abstract: string;
  /** Seed file name, e.g. `000_3e2e2a5540f5c922.txt`. */
  file: string;
  /** 1-based position of the paper within its seed file. */
  position: number;
  /** 1-based line numbers in the seed file. */
  titleLine: number;
  abstractLine: number;
}

/** Lines the aggregator page puts above the list; never papers. */
const BOILERPLATE = [/^Get trending papers in your email inbox\b.*$/i];
/** The aggregator's "Subscribe" button text, glued to the front of the first title. */
const SUBSCRIBE_PREFIX = /^Subscribe(?=\S)/;

/**
 * A title is one line of a few words; an abstract is prose. Real titles in the seed
 * stay under 200 characters, real abstracts are above 400 and hold several sentences.
 */
export function looksLikeAbstract(line: string): boolean {
  const sentenceBreaks = line.match(/[.!?] +[A-Z]/g)?.length ?? 0;
  return line.length >= 320 || (line.length >= 160 && sentenceBreaks >= 2);
}

export function looksLikeTitle(line: string): boolean {
  return line.length < 100 && !/[.!?]\s*$/.test(line);
}

/** The next non-empty line after `index`, trimmed, if any. */
function nextLine(lines: readonly string[], index: number): string | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line !== '') return line;
  }
  return undefined;
}

/**
 * A long title that reads like prose ("Extended Comment on "One-Range Addition Theorems…"
 * by I. I. Guseinov (Chem. Phys. …)") is still a title when the line after it is an
 * abstract, longer than it: the file alternates title and abstract. Where the structure
 * really is broken (an abstract split over two lines), the line after the stray half is
 * the next title, short, and the error stays.
 */
function isLongTitle(line: string, next: string | undefined): boolean {
  return next !== undefined && looksLikeAbstract(next) && next.length > line.length;
}

/**
 * Parses one seed file. Never drops, merges or reorders papers: any structure it
 * cannot read with certainty is an error that names the line.
 */
export function parseSeed(text: string, file: string): SeedPaper[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: ContentProblem[] = [];
  const papers: SeedPaper[] = [];
  const seenTitles = new Map<string, number>();
  let pendingTitle: { text: string; line: number } | undefined;
  let inHeader = true;

  // Stop at the first broken structure: past it, titles and abstracts no longer
  // pair up and every further message would be noise.
  let broken = false;
  for (let index = 0; index < lines.length && !broken; index++) {
    const lineNo = index + 1;
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (inHeader && BOILERPLATE.some((re) => re.test(line))) continue;

    if (pendingTitle === undefined) {
      let title = line;
      if (inHeader) title = title.replace(SUBSCRIBE_PREFIX, '');
      inHeader = false;
      if (looksLikeAbstract(title) && !isLongTitle(title, nextLine(lines, index))) {
        problems.push({
          file,
          line: lineNo,
          expected: 'a paper title (one short line)',
          found: `what looks like an abstract: ${preview(title)}`,
          hint:
            papers.length > 0
              ? `the paper above (line ${papers[papers.length - 1]!.titleLine}) may have an abstract split over two lines, or a title is missing before this line; each paper is exactly one title line followed by one abstract line`
              : 'the file must start with a title line, then its abstract on the next line',
        });
        broken = true;
        continue;
      }
      const key = titleKey(title);
      const earlier = seenTitles.get(key);
      if (earlier !== undefined) {
        problems.push({
          file,
          line: lineNo,
          expected: 'a title not already listed',
          found: `the same title as line ${earlier}: ${preview(title)}`,
          hint: 'remove one of the two entries (title and abstract lines), or fix the title if they are different papers',
        });
      }
      seenTitles.set(key, lineNo);
      pendingTitle = { text: title, line: lineNo };
      continue;
    }

    if (looksLikeTitle(line) && !looksLikeAbstract(line)) {
      problems.push({
        file,
        line: lineNo,
        expected: `the abstract of "${pendingTitle.text}" (line ${pendingTitle.line})`,
        found: `what looks like another title: ${preview(line)}`,
        hint: `add the abstract of line ${pendingTitle.line} on the line after it, or remove that title`,
      });
      pendingTitle = undefined;
      broken = true;
      continue;
    }
    papers.push({
      title: pendingTitle.text,
      abstract: line,
      file,
      position: papers.length + 1,
      titleLine: pendingTitle.line,
      abstractLine: lineNo,
    });
    pendingTitle = undefined;
  }

  if (pendingTitle !== undefined && !broken) {
    problems.push({
      file,
      line: pendingTitle.line,
      expected: 'an abstract line after this title',
      found: 'the end of the file',
      hint: 'add the abstract on the next line, or remove the title',
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return papers;
}
