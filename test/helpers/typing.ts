/**
 * Edits typed into an incremental analyzer one at a time, each version checked
 * against a fresh `analyze()` (the incremental analyzer's invariant).
 */
import fc from 'fast-check';
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

/** `text` after an edit at a fraction `where` (0–1) of its length: `back` characters before that point deleted, then `insert` typed. */
export function editAt(text: string, where: number, back: number, insert: string): string {
  const at = Math.floor(where * text.length);
  return text.slice(0, Math.max(0, at - back)) + insert + text.slice(at);
}

/** One character typed per edit. */
export const typing = (s: string): TypedEdit[] => [...s].map((c) => ({ insert: c, back: 0 }));

/** Filler paragraphs that read nothing a typed name changes (numbered, so that none repeats another). */
export const filler = (i: number): string =>
  i % 3 === 0 ? `Prices in district ${i} rose ${i} percent last year, analysts said.` : i % 3 === 1 ? `Mayor Ana Ruiz ${i} said the budget would be cut.` : `The weather in week ${i} was mild.`;

/** Sources named in a draft, and the ways later paragraphs refer back to them. */
export const NAMES = ['James Tanaka', 'Maria Lopez', 'The Central Bank of Kenya', 'The World Bank', 'the Ministry of Finance'];
export const AGAIN = ['Tanaka', 'Lopez', 'The bank', 'The ministry', 'He', 'She', 'They'];

/** A paragraph: filler above all, some naming a source, some referring back to one. */
export const referringParagraph = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 60 }).map(filler) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES).map((p) => `${p} said the plan was late.`) },
  { weight: 2, arbitrary: fc.constantFrom(...AGAIN).map((p) => `${p} said the budget was cut.`) },
);
