/**
 * Edits typed into an incremental analyzer one at a time, each version checked
 * against a fresh `analyze()` (the incremental analyzer's invariant).
 */
import { expect } from 'vitest';
import { analyze, createIncrementalAnalyzer, type IncrementalStats } from '../../server/src/engine';

/** One edit at the cursor: `back` characters before it deleted, then `insert` typed. */
export interface TypedEdit {
  insert: string;
  back: number;
}

/** Applies edits one at a time at a moving cursor starting at `at`, checking every version; returns each call's stats. */
export function editAndCheck(text: string, at: number, edits: TypedEdit[]): IncrementalStats[] {
  const inc = createIncrementalAnalyzer();
  inc.analyze(text);
  const work: IncrementalStats[] = [];
  for (const e of edits) {
    const from = Math.max(0, at - e.back);
    text = text.slice(0, from) + e.insert + text.slice(at);
    at = from + e.insert.length;
    expect(inc.analyze(text), `after ${JSON.stringify(e)} at ${at}`).toEqual(analyze(text));
    work.push({ ...inc.stats });
  }
  return work;
}

/** One character typed per edit. */
export const typing = (s: string): TypedEdit[] => [...s].map((c) => ({ insert: c, back: 0 }));
