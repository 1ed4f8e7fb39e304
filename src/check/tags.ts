import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { ingest, type IngestReport } from '../ingest/run-ingest.ts';
import { asFindings, type CheckContext, type Finding } from './types.ts';

/** Ingest in check mode: reads seeds and entries as text, writes nothing. */
export function dryIngest(root: string): IngestReport | ContentProblem[] {
  try {
    return ingest({ root, check: true });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** Entries agree with seeds/ and content/topics.yaml: ingest in check mode would change nothing. */
export function checkTags(context: CheckContext): Finding[] {
  const report = context.ingest();
  // the runner skips this check while entries fail the schema, so these are seed problems
  if (Array.isArray(report)) return asFindings(report, 'tags');
  const changes = report.changes.map((change): Finding => ({
    file: change.path, check: 'tags', level: 'error',
    ...(change.kind === 'updated' ? { field: 'tags' } : {}),
    expected: change.kind === 'created' ? 'an entry for every paper in seeds/' : 'the tags ingest derives today',
    found: change.kind === 'created' ? `no such file (${change.reasons.join('; ')})` : `other tags (ingest would change: ${change.reasons.join('; ')})`,
    hint: 'run `npm run ingest` and commit what it changes',
  }));
  return [...changes, ...asFindings(report.warnings, 'tags', 'warning')];
}
