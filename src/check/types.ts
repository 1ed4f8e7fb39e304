import type { ContentProblem } from '../content/content-error.ts';
import type { PaperEntry } from '../content/read-entries.ts';
import type { IngestReport } from '../ingest/run-ingest.ts';

/** Names of the checks `npm run check` runs, in the order it runs them. */
export type CheckName = 'schema' | 'untrusted-mdx' | 'file-names' | 'slugs' | 'duplicates' | 'tags';

/** One problem a check found: the friendly content problem plus which check and how bad. */
export interface Finding extends ContentProblem {
  check: CheckName;
  /** Errors fail `npm run check` (and CI); warnings are printed and let it pass. */
  level: 'error' | 'warning';
}

/** A file found in `content/papers/`, whatever it holds. */
export interface ContentFile {
  /** File name, e.g. `lora-low-rank-adaptation.mdx`. */
  name: string;
  /** Path relative to the project root, for messages. */
  path: string;
  text: string;
}

/** What every check reads: the project root, every file, and the entries that passed the schema. */
export interface CheckContext {
  root: string;
  files: ContentFile[];
  entries: PaperEntry[];
  /** What `npm run ingest` would do now (check mode: nothing written), or the problems that stop it. */
  ingest: () => IngestReport | ContentProblem[];
}

export const asFindings = (problems: readonly ContentProblem[], check: CheckName, level: Finding['level'] = 'error'): Finding[] =>
  problems.map((problem) => ({ ...problem, check, level }));
