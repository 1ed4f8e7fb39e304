/**
 * `npm run import -- FILE…`: adds the papers of bibliography files (BibTeX, CSL-JSON,
 * RIS) to the catalog, then runs ingest so the new entries get their topic tags.
 *
 *   npm run import -- refs.bib more.ris [--skip-bad] [--check] [--root DIR] [--today YYYY-MM-DD]
 *
 * A file with a bad entry imports nothing unless --skip-bad; --check writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, formatProblem } from '../src/content/content-error.ts';
import { importBibliographies, importSummary } from '../src/ingest/run-import.ts';
import { ingest, summaryLine } from '../src/ingest/run-ingest.ts';

const USAGE = 'Usage: npm run import -- FILE… [--skip-bad] [--check] [--root DIR] [--today YYYY-MM-DD]';

const { values, positionals } = parseArgs({
  options: {
    'skip-bad': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    root: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
  strict: true,
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const root = resolve(values.root ?? process.cwd());
try {
  const report = importBibliographies({
    root,
    files: positionals.map((file) => resolve(file)),
    skipBad: values['skip-bad'],
    check: values.check,
    ...(values.today && { today: values.today }),
  });
  for (const change of report.changes) console.log(`  ${values.check ? 'would be ' : ''}${change.kind}: ${change.path} (${change.reasons.join('; ')})`);
  for (const warning of report.warnings) console.warn(`  warning: ${formatProblem(warning)}`);
  for (const problem of report.problems) console.error(`  ${values['skip-bad'] ? 'skipped' : 'error'}: ${formatProblem(problem)}`);
  for (const file of report.refused) console.error(`${file}: nothing imported, since some of its entries cannot be read. Fix them, or pass --skip-bad to import the others.`);
  console.log(importSummary(report));
  if (!values.check && report.changes.length > 0) console.log(summaryLine(ingest({ root, ...(values.today && { today: values.today }) })));
  if (report.refused.length > 0) process.exitCode = 1;
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`import stopped: ${error.problems.length} problem(s) to fix first\n${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
