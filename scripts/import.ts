/**
 * `npm run import -- FILE…`: adds the papers of bibliography files (BibTeX, CSL-JSON,
 * RIS) to the catalog, tagged by the ingest pass import runs over the whole catalog.
 *
 *   npm run import -- refs.bib more.ris [--skip-bad] [--check] [--root DIR] [--today YYYY-MM-DD]
 *
 * A file with a bad entry imports nothing unless --skip-bad; --check writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, formatProblem } from '../src/content/content-error.ts';
import { importBibliographies, importSummary } from '../src/ingest/run-import.ts';
import { summaryLine } from '../src/ingest/run-ingest.ts';
import { readCommandLine, UsageError } from './lib/command-line.ts';

const USAGE = 'npm run import -- FILE… [--skip-bad] [--check] [--root DIR] [--today YYYY-MM-DD]';
const FLAGS = {
  'skip-bad': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  root: { type: 'string' },
  today: { type: 'string' },
} as const;

// the files are positionals, which parseFlags refuses: the same strict parse, with them allowed
const { values, positionals } = readCommandLine('import', USAGE, (args) => {
  try {
    const parsed = parseArgs({ args: [...args], options: FLAGS, strict: true, allowPositionals: true });
    if (parsed.positionals.length === 0) throw new UsageError('name at least one bibliography file');
    if (parsed.values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(parsed.values.today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, got '${parsed.values.today}'`);
    return parsed;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError((error as Error).message.split('. ')[0]!);
    throw error;
  }
});

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
  for (const m of report.matches) console.log(`  already present: ${m.file} line ${m.line} (${m.entry}) is ${m.path} (same ${m.by})`);
  for (const warning of report.warnings) console.warn(`  warning: ${formatProblem(warning)}`);
  for (const problem of report.problems) console.error(`  ${values['skip-bad'] ? 'skipped' : 'error'}: ${formatProblem(problem)}`);
  for (const file of report.refused) console.error(`${file}: nothing imported, since some of its entries cannot be read. Fix them, or pass --skip-bad to import the others.`);
  console.log(importSummary(report));
  // import tagged its entries in an ingest pass of its own, the one `npm run ingest` would run next
  if (report.tagged) console.log(summaryLine(report.tagged, values.check));
  if (report.refused.length > 0) process.exitCode = 1;
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`import stopped: ${error.problems.length} problem(s) to fix first\n${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
