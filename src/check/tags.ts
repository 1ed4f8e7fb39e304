import { ContentError } from '../errors/content-error.ts';
import { ingest } from '../ingest/run-ingest.ts';
import { asFindings, type CheckContext, type Finding } from './types.ts';

/**
 * Entries agree with seeds/ and content/topics.yaml: ingest in check mode would change
 * nothing. It reads text only, so it is safe to run on untrusted entries.
 */
export function checkTags({ root }: CheckContext): Finding[] {
  try {
    const report = ingest({ root, check: true });
    const changes = report.changes.map((change): Finding => ({
      file: change.path, check: 'tags', level: 'error',
      ...(change.kind === 'updated' ? { field: 'tags' } : {}),
      expected: change.kind === 'created' ? 'an entry for every paper in seeds/' : 'the tags ingest derives today',
      found: change.kind === 'created' ? `no such file (${change.reasons.join('; ')})` : `other tags (ingest would change: ${change.reasons.join('; ')})`,
      hint: 'run `npm run ingest` and commit what it changes',
    }));
    return [...changes, ...asFindings(report.warnings, 'tags', 'warning')];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // the runner skips this check while entries fail the schema, so these are seed problems
    return asFindings(error.problems, 'tags');
  }
}
