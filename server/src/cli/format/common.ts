/** What the output formats share: problem counts. */
import type { FileResult } from '../check';

/** How many problems of each severity, and in how many files. */
export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  /** Files with at least one problem. */
  files: number;
}

/** Counts the findings of the results. */
export function countProblems(files: FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0, files: 0 };
  for (const f of files) {
    if (f.findings.length) c.files++;
    for (const x of f.findings) c[x.severity]++;
  }
  return c;
}
