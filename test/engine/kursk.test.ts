/**
 * The worked example of the editorial standard: every one of the 29 labelled
 * sentences of the Kursk draft must get the finding its label calls for
 * (V → vague-attribution, U → unattributed-claim, A and N → nothing).
 *
 * The draft and its labels are read at run time from the shared folder beside
 * the repository (never copied into the project).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../server/src/engine';

const shared = path.resolve(__dirname, '../../../shared/examples');
const text = readFileSync(path.join(shared, 'kursk-draft.md'), 'utf8');
const tsv = readFileSync(path.join(shared, 'kursk-draft.labels.tsv'), 'utf8');

interface Row {
  n: number;
  label: 'A' | 'V' | 'U' | 'N';
  start: number;
  end: number;
}

/** Document offset of the start of each line. */
const lineStarts = [0];
for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);

const rows: Row[] = tsv
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [n, label, line, start, end] = l.split('\t');
    const base = lineStarts[Number(line)]!;
    return { n: Number(n), label: label as Row['label'], start: base + Number(start), end: base + Number(end) };
  });

const EXPECTED_RULE: Record<Row['label'], string | undefined> = { V: 'vague-attribution', U: 'unattributed-claim', A: undefined, N: undefined };

/** The label the findings on a sentence stand for (V before U, as in labels.md). */
function predicted(findings: Finding[], row: Row): string {
  const on = findings.filter((f) => f.start < row.end && row.start < Math.max(f.end, f.start + 1));
  if (on.some((f) => f.ruleId === 'vague-attribution')) return 'V';
  if (on.some((f) => f.ruleId === 'unattributed-claim')) return 'U';
  return on.length ? `flagged (${on.map((f) => f.ruleId).join(', ')})` : 'A/N';
}

describe('the Kursk draft', () => {
  const analysis = analyze(text);

  it('has the 29 labelled sentences', () => {
    expect(rows).toHaveLength(29);
  });

  it('gets every sentence right', () => {
    const wrong = rows
      .map((row) => {
        const want = EXPECTED_RULE[row.label] ? row.label : 'A/N';
        const got = predicted(analysis.findings, row);
        return got === want ? undefined : `#${row.n} ${row.label}: got ${got} — ${text.slice(row.start, row.end).slice(0, 80)}`;
      })
      .filter(Boolean);
    expect(wrong, `${29 - wrong.length}/29 right`).toEqual([]);
  });

  it('gives every labelled sentence the labelled status', () => {
    const statuses = rows.map((row) => {
      const claim = analysis.claims.find((c) => c.start < row.end && row.start < c.end);
      return `${row.n} ${claim?.status}`;
    });
    expect(statuses).toEqual(rows.map((r) => `${r.n} ${r.label}`));
  });

  it('never flags the heading', () => {
    const heading = { start: 0, end: lineStarts[1]! };
    expect(analysis.findings.filter((f) => f.start < heading.end && heading.start < f.end)).toEqual([]);
  });
});
