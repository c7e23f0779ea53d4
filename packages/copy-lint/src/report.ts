import type { Finding } from './findings';
import type { FileReport } from './lint';

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const item of report.findings) {
      if (item.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS: Paint = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
};
const PLAIN: Paint = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t };

/** Findings for people: grouped by file, one line each, coloured only when asked (a terminal). */
export function formatHuman(reports: readonly FileReport[], colour: boolean, quiet = false): string {
  const paint = colour ? COLOURS : PLAIN;
  const lines: string[] = [];
  for (const report of reports) {
    const shown = quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
    if (shown.length === 0) continue;
    lines.push(`${paint.bold(report.file)} ${paint.dim(`(${report.language})`)}`);
    const locationWidth = Math.max(...shown.map((f) => `${f.line}:${f.column}`.length));
    for (const item of shown) lines.push(`  ${formatFinding(item, locationWidth, paint)}`);
    lines.push('');
  }
  const { errors, warnings } = totals(reports);
  const files = plural(reports.length, 'file');
  if (errors === 0 && warnings === 0) {
    lines.push(paint.green(`${files} checked: no problems.`));
  } else {
    const withProblems = reports.filter((r) => r.findings.length > 0).length;
    const summary = `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${withProblems} of ${files}.`;
    lines.push(errors > 0 ? paint.red(summary) : paint.yellow(summary));
  }
  return `${lines.join('\n')}\n`;
}

function formatFinding(item: Finding, locationWidth: number, paint: Paint): string {
  const location = paint.dim(`${item.line}:${item.column}`.padEnd(locationWidth));
  const severity = item.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
  const key = item.key ? `${paint.bold(item.key)}  ` : '';
  return `${location}  ${severity}  ${key}${item.message}  ${paint.dim(item.rule)}`;
}

/** Findings for CI and editors. */
export function formatJson(reports: readonly FileReport[]): string {
  const { errors, warnings } = totals(reports);
  const files = reports.map((report) => ({
    file: report.file,
    language: report.language,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    findings: report.findings,
  }));
  return `${JSON.stringify({ errors, warnings, files }, null, 2)}\n`;
}
