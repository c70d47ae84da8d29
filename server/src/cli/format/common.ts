/** What the output formats share: severity names and problem counts. */
import type { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Severity } from '../../engine/types';
import type { FileResult } from '../check';

/** Engine severity names by LSP severity (index 1–4). */
const NAMES: readonly Severity[] = ['error', 'error', 'warning', 'info', 'hint'];

/** The engine name of an LSP severity. */
export function severityName(severity: DiagnosticSeverity): Severity {
  return NAMES[severity] ?? 'warning';
}

/** How many problems of each severity, and in how many files. */
export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  /** Files with at least one problem. */
  files: number;
}

/** Counts the diagnostics of the results. */
export function countProblems(files: FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0, files: 0 };
  for (const f of files) {
    if (f.diagnostics.length) c.files++;
    for (const d of f.diagnostics) c[severityName(d.severity)]++;
  }
  return c;
}
