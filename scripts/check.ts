/**
 * `npm run check`: every content check in one command (schema, untrusted MDX, file
 * names, slugs, duplicates, tags up to date), problems grouped by file. Exits 1 on any
 * error. Reads entries as text only, so it is safe on anyone's pull request.
 * `--root <dir>` checks another project folder (tests use it).
 */
import { resolve } from 'node:path';
import { formatReport } from '../src/check/format-report.ts';
import { runChecks } from '../src/check/run-check.ts';
import { parseFlags, readCommandLine } from './lib/command-line.ts';

const root = readCommandLine('npm run check', 'npm run check [-- --root DIR]', (args) => resolve(parseFlags({ root: { type: 'string' } }, args).root ?? process.cwd()));
const report = runChecks(root);
const text = formatReport(report);
if (report.findings.some((f) => f.level === 'error')) {
  console.error(text);
  process.exitCode = 1;
} else {
  console.log(text);
}
