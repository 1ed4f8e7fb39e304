/**
 * `npm run ingest [-- --check]`: turns seeds/*.txt into content/papers/*.mdx.
 * With --check it writes nothing and fails when any entry is out of date.
 */
import { ContentError, formatProblem } from '../src/content/content-error.ts';
import { ingest, summaryLine } from '../src/ingest/run-ingest.ts';
import { SEEDS_DIR, TOPICS_FILE } from '../src/content/paths.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

const check = readCommandLine('npm run ingest', 'npm run ingest [-- --check]', (args) => parseFlags({ check: { type: 'boolean', default: false } }, args).check);
try {
  const report = ingest({ root: process.cwd(), check });
  for (const change of report.changes.filter((c) => c.kind === 'updated')) {
    console.log(`  ${check ? 'out of date' : 'updated'}: ${change.path} (${change.reasons.join('; ')})`);
  }
  for (const warning of report.warnings) console.warn(`  warning: ${formatProblem(warning)}`);
  console.log(summaryLine(report, check));
  if (check && report.changes.length > 0) {
    console.error(`Entries are out of date with ${SEEDS_DIR}/ or ${TOPICS_FILE}. Run \`npm run ingest\` and commit the result.`);
    process.exitCode = 1;
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`ingest stopped: ${error.problems.length} problem(s) to fix first\n${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
