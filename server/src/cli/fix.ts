/**
 * `sourcetrace fix`: applies the preferred fix of every finding, as the
 * editor's "fix all" does, and writes the drafts back. Fixes whose edits
 * overlap an edit already taken are left for a second run, exactly as in the
 * language server (the same `nonOverlapping` picks them).
 *
 * Fixes never invent a source: they leave placeholders such as `[SOURCE]` for
 * the writer to fill, which `check` then reports until they are filled.
 */
import * as fs from 'node:fs';
import type { nonOverlapping as NonOverlapping } from '../lsp/codeActions';
import type { Fix } from '../engine/types';
import { describeFsError } from '../config';
import type { FileResult } from './check';

/** The outcome of fixing one draft. */
export interface FixedFile {
  /** The draft with the fixes applied (unchanged when none applied). */
  text: string;
  /** How many findings had their preferred fix applied. */
  applied: number;
}

/**
 * The language server's choice of non-overlapping edits. Loaded only when
 * `fix` runs: it brings the LSP protocol library along, which `check` should
 * not pay for at start-up.
 */
export async function loadFixPicker(): Promise<typeof NonOverlapping> {
  return (await import('../lsp/codeActions')).nonOverlapping;
}

/** Applies the preferred fixes of a checked draft (of one rule, when given). */
export function applyPreferredFixes(file: FileResult, nonOverlapping: typeof NonOverlapping, ruleId?: string): FixedFile {
  const fixes: Fix[] = [];
  for (const finding of file.findings) {
    if (ruleId && finding.ruleId !== ruleId) continue;
    const preferred = finding.fixes.find((f) => f.preferred);
    if (preferred) fixes.push(preferred);
  }
  const edits = nonOverlapping(fixes);
  if (edits.length === 0) return { text: file.text, applied: 0 };

  const taken = new Set(edits.map((e) => `${e.start}:${e.end}:${e.newText}`));
  const applied = fixes.filter((f) => f.edits.every((e) => taken.has(`${e.start}:${e.end}:${e.newText}`))).length;

  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(file.text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(file.text.slice(at));
  return { text: parts.join(''), applied };
}

/** Options of a fix run. */
export interface FixRunOptions {
  /** Only fix findings of this rule. */
  rule?: string;
  /** Report what would be fixed without writing anything. */
  dryRun?: boolean;
}

/** What a fix run wrote and reported. */
export interface FixReport {
  /** The fixed text of standard input, when `-` was among the operands. */
  stdinText?: string;
  /** One line per draft changed, then a summary. */
  lines: string[];
  /** Drafts that could not be fixed or written. */
  errors: string[];
}

/** Fixes and (unless a dry run) writes back every checked draft. */
export function fixFiles(files: FileResult[], options: FixRunOptions, nonOverlapping: typeof NonOverlapping): FixReport {
  const report: FixReport = { lines: [], errors: [] };
  let total = 0;
  let changed = 0;
  for (const f of files) {
    const fixed = applyPreferredFixes(f, nonOverlapping, options.rule);
    if (!f.absPath) {
      report.stdinText = fixed.text;
    } else if (fixed.applied > 0 && !f.validUtf8) {
      report.errors.push(`${f.path}: not valid UTF-8; left unchanged so that no bytes are lost`);
      continue;
    } else if (fixed.applied > 0 && !options.dryRun) {
      try {
        // A pipe or device named on the command line is read, never written back.
        if (!fs.statSync(f.absPath).isFile()) {
          report.errors.push(`${f.path}: not a regular file; left unchanged`);
          continue;
        }
        fs.writeFileSync(f.absPath, (f.bom ? '\ufeff' : '') + fixed.text);
      } catch (e) {
        report.errors.push(`${f.path}: cannot be written: ${describeFsError(e)}`);
        continue;
      }
    }
    if (fixed.applied > 0) {
      total += fixed.applied;
      changed++;
      report.lines.push(`${f.path}: ${options.dryRun ? 'would fix' : 'fixed'} ${count(fixed.applied)}`);
    }
  }
  report.lines.push(
    total === 0
      ? `Nothing to fix in ${files.length} file${files.length === 1 ? '' : 's'}.`
      : `${options.dryRun ? 'Would fix' : 'Fixed'} ${count(total)} in ${changed} file${changed === 1 ? '' : 's'}; fill in the placeholders, then run sourcetrace check.`,
  );
  return report;
}

function count(n: number): string {
  return `${n} problem${n === 1 ? '' : 's'}`;
}
