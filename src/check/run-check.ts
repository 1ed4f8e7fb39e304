import { checkDuplicates } from './duplicates.ts';
import { checkFileNames } from './file-names.ts';
import { loadFiles } from './load-files.ts';
import { checkSchema } from './schema.ts';
import { checkSlugs } from './slugs.ts';
import { checkTags, dryIngest } from './tags.ts';
import type { CheckContext, CheckName, Finding } from './types.ts';
import { checkMdxSafety } from './mdx-safety.ts';

/** What one check did. */
export interface CheckRun {
  name: CheckName;
  /** Why it did not run, when it did not. */
  skipped?: string;
  errors: number;
  warnings: number;
  ms: number;
}

export interface CheckReport {
  /** Files in content/papers/. */
  files: number;
  runs: CheckRun[];
  findings: Finding[];
}

/** Human names of the checks, for the report. */
export const CHECK_TITLES: Record<CheckName, string> = {
  schema: 'frontmatter schema',
  'untrusted-mdx': 'no code or unsafe links',
  'file-names': 'file names',
  slugs: 'unique slugs',
  duplicates: 'no duplicates',
  tags: 'tags up to date',
};

/**
 * Every check `npm run check` makes, over the project at `root`. Nothing is compiled or
 * evaluated: entries are read as text, YAML and a syntax tree, so it is safe to run on
 * a pull request from anyone.
 */
export function runChecks(root: string): CheckReport {
  const runs: CheckRun[] = [];
  const findings: Finding[] = [];
  const record = (name: CheckName, run: () => Finding[], skipped?: string, extraMs = 0) => {
    const started = performance.now() - extraMs;
    const found = skipped ? [] : run();
    findings.push(...found);
    runs.push({
      name, ...(skipped ? { skipped } : {}),
      errors: found.filter((f) => f.level === 'error').length,
      warnings: found.filter((f) => f.level === 'warning').length,
      ms: Math.round(performance.now() - started),
    });
  };

  const files = loadFiles(root);
  let context: CheckContext = { root, files, entries: [], ingest: () => [] };
  record('schema', () => {
    const { entries, findings: problems } = checkSchema(files);
    context = { ...context, entries };
    return problems;
  });
  const schemaFailed = runs[0]!.errors > 0;
  // One dry run of ingest serves two checks (entries it would create are scanned for
  // code, entries it would change are out of date); its time counts under the second.
  const started = performance.now();
  const ingested = dryIngest(root);
  const ingestMs = performance.now() - started;
  context = { ...context, ingest: () => ingested };
  record('untrusted-mdx', () => checkMdxSafety(context));
  record('file-names', () => checkFileNames(context));
  record('slugs', () => checkSlugs(context));
  record('duplicates', () => checkDuplicates(context));
  record('tags', () => checkTags(context), schemaFailed ? 'ingest needs every entry to pass the schema first' : undefined, ingestMs);
  return { files: files.length, runs, findings };
}
