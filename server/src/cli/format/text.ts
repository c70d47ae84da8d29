/**
 * The human format: one line per problem, `FILE:LINE:COL SEVERITY RULE MESSAGE`
 * with 1-based lines and columns (columns count UTF-16 code units, as editors
 * and SARIF do), then a summary line.
 */
import { offsetToPosition } from '../../lsp/positions';
import type { FileResult } from '../check';
import type { Counts } from './common';

/** Options of the text format. */
export interface TextOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Leave out the summary line. */
  quiet: boolean;
}

const ANSI = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
} as const;

const SEVERITY_COLOR: Record<string, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan, hint: ANSI.dim };

/** Formats the results for a terminal or a log. */
export function formatText(files: FileResult[], counts: Counts, options: TextOptions): string {
  const paint = options.color ? (code: string, s: string) => `${code}${s}${ANSI.reset}` : (_code: string, s: string) => s;
  const lines: string[] = [];
  for (const f of files) {
    for (const issue of f.analysis.configErrors) {
      const at = offsetToPosition(f.lines, issue.span?.start ?? 0);
      const pos = `${at.line + 1}:${at.character + 1}`;
      const key = issue.path ? `${issue.path}: ` : '';
      lines.push(`${f.path}:${pos} ${paint(SEVERITY_COLOR.error!, 'error')} ${paint(ANSI.dim, 'config')} ${oneLine(key + issue.message)}`);
    }
    for (const x of f.findings) {
      const at = offsetToPosition(f.lines, x.start);
      lines.push(
        `${f.path}:${at.line + 1}:${at.character + 1} ${paint(SEVERITY_COLOR[x.severity]!, x.severity)} ${paint(ANSI.dim, x.ruleId)} ${oneLine(x.message)}`,
      );
    }
  }
  // With no draft checked (only operands that matched nothing, reported on
  // standard error with exit code 2) there is no run to sum up: "No problems
  // in 0 files." beside the error would read as a clean run.
  if (!options.quiet && files.length) {
    if (lines.length) lines.push('');
    lines.push(summary(counts, files.length));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** "12 problems (0 errors, 12 warnings) in 3 files", or "No problems in 5 files." */
export function summary(counts: Counts, checked: number): string {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `No problems in ${plural(checked, 'file')}.`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(plural(counts.info, 'info'));
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(counts.files, 'file')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
