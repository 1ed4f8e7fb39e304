/**
 * One friendly-error shape for every problem a person can fix: seeds, frontmatter,
 * contributions. It names the place, says what was expected and what was found,
 * and gives a hint, so the message alone is enough to act on.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, when the problem sits on one line. */
  line?: number;
  /** Key of the bibliography entry (BibTeX key, CSL id), when the problem sits in one. */
  entry?: string;
  /** Frontmatter field or other named part, when the problem sits in one. */
  field?: string;
  /** What the file should have held. */
  expected: string;
  /** What it held instead (shortened for display). */
  found: string;
  /** How to fix it. */
  hint: string;
}

/** Shortens long input for an error message and shows invisible edges. */
export function preview(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return JSON.stringify(cut);
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.entry ? `entry "${p.entry}"` : undefined, p.field ? `field "${p.field}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where}: expected ${p.expected}, found ${p.found}.\n  Hint: ${p.hint}`;
}

/** Thrown when content cannot be used as it is; carries every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
