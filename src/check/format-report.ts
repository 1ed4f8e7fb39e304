import { plural } from '../shared/plural.ts';
import { CHECK_TITLES, type CheckReport } from './run-check.ts';
import type { Finding } from './types.ts';
import { PAPERS_DIR } from '../content/paths.ts';

const ORDER = Object.keys(CHECK_TITLES);
/** Errors before warnings, then in the order the checks run. */
const rank = (f: Finding) => (f.level === 'error' ? 0 : 100) + ORDER.indexOf(f.check);

function findingLines(f: Finding): string[] {
  const where = [f.line !== undefined ? `line ${f.line}` : undefined, f.field ? `field "${f.field}"` : undefined].filter(Boolean).join(', ');
  const mark = f.level === 'error' ? '✗ error' : '! warning';
  return [`  ${mark} [${f.check}]${where ? ` ${where}` : ''}: expected ${f.expected}, found ${f.found}.`, `      Hint: ${f.hint}`];
}

/** The report `npm run check` prints: problems grouped by file, then one line per check. */
export function formatReport(report: CheckReport): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    const findings = byFile.get(file)!.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
    lines.push(file, ...findings.flatMap(findingLines), '');
  }
  const errors = report.findings.filter((f) => f.level === 'error');
  const warnings = report.findings.length - errors.length;
  for (const run of report.runs) {
    const status = run.skipped ? `skipped: ${run.skipped}` : run.errors > 0 ? plural(run.errors, 'error') : 'ok';
    const mark = run.skipped ? '-' : run.errors > 0 ? '✗' : '✓';
    lines.push(`${mark} ${CHECK_TITLES[run.name]}: ${status}${run.warnings > 0 ? `, ${plural(run.warnings, 'warning')}` : ''}${run.skipped ? '' : ` (${run.ms} ms)`}`);
  }
  const filesWithErrors = new Set(errors.map((f) => f.file)).size;
  lines.push(
    errors.length > 0
      ? `check failed: ${plural(errors.length, 'error')} in ${plural(filesWithErrors, 'file')}, ${plural(warnings, 'warning')} (${report.files} files in ${PAPERS_DIR})`
      : `check passed: ${report.files} files in ${PAPERS_DIR}, ${plural(warnings, 'warning')}`,
  );
  return lines.join('\n');
}
