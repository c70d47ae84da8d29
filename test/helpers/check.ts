/**
 * Data-driven rule tests, rust-analyzer style: the expected findings are
 * written under the text they point at.
 *
 * ```ts
 * check(`
 * According to reports, the bridge collapsed.
 * ^^^^^^^^^^^^^^^^^^^^ vague-attribution
 * `);
 * ```
 *
 * An expectation line is carets under the exact range, then the rule id. It
 * annotates the nearest text line above it (other expectation lines in
 * between are skipped), and is removed from the text before analysis. A
 * finding that runs over several lines is written as one caret run per line,
 * each with the same rule id. Any number of expectation lines may follow a
 * line; a text with no expectation lines expects no findings.
 *
 * On failure the assertion shows the text annotated with what the engine
 * actually found, in the same notation, so the diff reads like the test.
 */
import { expect } from 'vitest';
import { analyze, type Analysis, type Config, type Finding, type Fix } from '../../server/src/engine';

/** One expected (or found) finding: a rule and a range of the cleaned text. */
export interface Expectation {
  ruleId: string;
  start: number;
  end: number;
}

const EXPECTATION_LINE = /^(\s*)(\^+)\s+([a-z][a-z-]*)\s*$/;

/**
 * Splits annotated text into the text to analyse and the expectations. A
 * leading line break (from a template literal) is dropped; the text's own line
 * breaks, CRLF included, are kept.
 */
export function parseAnnotated(annotated: string): { text: string; expected: Expectation[] } {
  const src = annotated.startsWith('\r\n') ? annotated.slice(2) : annotated.startsWith('\n') ? annotated.slice(1) : annotated;
  const lines = src.split(/(?<=\n)/);
  let text = '';
  let lastLineStart = -1;
  let lastLineLength = 0;
  const raw: Expectation[] = [];
  for (const line of lines) {
    const body = line.replace(/\r?\n$/, '');
    const m = EXPECTATION_LINE.exec(body);
    if (m && lastLineStart >= 0) {
      const col = m[1]!.length;
      const start = lastLineStart + col;
      const end = start + m[2]!.length;
      if (col + m[2]!.length > lastLineLength) throw new Error(`expectation "${body.trim()}" runs past the end of the line it annotates`);
      raw.push({ ruleId: m[3]!, start, end });
      continue;
    }
    lastLineStart = text.length;
    lastLineLength = body.length;
    text += line;
  }
  // A finding written over several lines: join runs that meet at a line break.
  const expected: Expectation[] = [];
  for (const e of raw) {
    const prev = expected.find((p) => p.ruleId === e.ruleId && /^\r?\n[ \t>]*$/.test(text.slice(p.end, e.start)));
    if (prev) prev.end = e.end;
    else expected.push({ ...e });
  }
  return { text, expected };
}

/** Renders text with findings under it, in the notation `parseAnnotated` reads. */
export function renderAnnotated(text: string, found: Expectation[]): string {
  const lines = text.split(/(?<=\n)/);
  let offset = 0;
  let out = '';
  const sorted = [...found].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  for (const line of lines) {
    const body = line.replace(/\r?\n$/, '');
    const lineEnd = offset + body.length;
    out += line.endsWith('\n') ? line : `${line}\n`;
    for (const f of sorted) {
      const s = Math.max(f.start, offset);
      const e = Math.min(f.end, lineEnd);
      const empty = f.start === f.end && f.start >= offset && f.start <= lineEnd;
      if (e > s || empty) out += `${' '.repeat(s - offset)}${'^'.repeat(Math.max(1, e - s))} ${f.ruleId}\n`;
    }
    offset += line.length;
  }
  return out;
}

/** Options for `check` and `checkFix`. */
export interface CheckOptions {
  /** Configuration for the analysis (as a config file would give it). */
  config?: Config;
  /** Only compare findings of these rules (default: all). */
  rules?: string[];
}

function relevant(findings: Finding[], options: CheckOptions): Finding[] {
  return options.rules ? findings.filter((f) => options.rules!.includes(f.ruleId)) : findings;
}

/**
 * Analyses annotated Markdown and asserts that the findings are exactly the
 * annotated ones (rule and range). Returns the analysis for further checks.
 */
export function check(annotated: string, options: CheckOptions = {}): Analysis {
  const { text, expected } = parseAnnotated(annotated);
  const analysis = analyze(text, options.config ? { config: options.config } : {});
  const found = relevant(analysis.findings, options).map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end }));
  expect(renderAnnotated(text, found)).toBe(renderAnnotated(text, expected));
  return analysis;
}

/** Applies a fix's edits to a text, checking that they are sorted and do not overlap. */
export function applyFix(text: string, fix: Fix): string {
  let out = '';
  let at = 0;
  for (const edit of fix.edits) {
    if (edit.start < at) throw new Error(`fix "${fix.title}": edits overlap or are not sorted`);
    if (edit.end < edit.start || edit.end > text.length) throw new Error(`fix "${fix.title}": edit out of range`);
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Maps an offset of the text before a fix to the text after it. */
function mapOffset(offset: number, fix: Fix): number {
  let delta = 0;
  for (const e of fix.edits) {
    if (e.end <= offset) delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

/**
 * Applies one fix and proves it fixes: the fixed text must equal `expected`,
 * and re-analysing it must no longer report the finding's rule at the
 * finding's (moved) place.
 *
 * The finding is the one annotated in `annotated` (one expectation line), or,
 * when nothing is annotated, the only finding that has a matching fix. `fix`
 * is a substring of the fix title, or the fix's index in the finding's list.
 * Returns the analysis of the fixed text.
 */
export function checkFix(annotated: string, fix: string | number, expected: string, options: CheckOptions = {}): Analysis {
  const { text, expected: marks } = parseAnnotated(annotated);
  const analysis = analyze(text, options.config ? { config: options.config } : {});
  const pick = (f: Fix[]) => (typeof fix === 'number' ? f[fix] : f.find((x) => x.title.includes(fix)));
  const candidates = relevant(analysis.findings, options).filter((f) =>
    marks.length ? marks.some((m) => m.ruleId === f.ruleId && m.start === f.start && m.end === f.end) : pick(f.fixes) !== undefined,
  );
  const all = renderAnnotated(text, analysis.findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end })));
  if (candidates.length !== 1) throw new Error(`expected exactly one finding to fix, found ${candidates.length}:\n${all}`);
  const target = candidates[0]!;
  const chosen = pick(target.fixes);
  if (!chosen) throw new Error(`finding ${target.ruleId} has no fix ${JSON.stringify(fix)}; it has: ${target.fixes.map((f) => f.title).join(' | ')}`);
  const fixed = applyFix(text, chosen);
  const want = expected.startsWith('\n') ? expected.slice(1) : expected;
  expect(fixed).toBe(want);
  const after = analyze(fixed, options.config ? { config: options.config } : {});
  const moved = { start: mapOffset(target.start, chosen), end: mapOffset(target.end, chosen) };
  const still = after.findings.filter((f) => f.ruleId === target.ruleId && f.start < Math.max(moved.end, moved.start + 1) && moved.start < Math.max(f.end, f.start + 1));
  expect(renderAnnotated(fixed, still.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end }))), `fix "${chosen.title}" did not fix the finding`).toBe(renderAnnotated(fixed, []));
  return after;
}
