/**
 * Random edits applied to random drafts, each version prepared after the
 * edit (`prepare()` given the previous preparation, as the incremental
 * analyzer calls it) and whole, for a test to compare the two.
 */
import fc from 'fast-check';
import { editRange } from '../../server/src/engine/incremental';
import { prepare, type Prepared } from '../../server/src/engine/prepare';

/** One edit: `remove` characters at a fraction `at` of the text replaced by `insert`. */
export interface RandomEdit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Runs `numRuns` random drafts through random edits, giving `check` each
 * version prepared after the edit and prepared whole; returns how many of
 * the versions were re-parsed in a window.
 */
export function checkPreparedEdits(draft: fc.Arbitrary<string>, edit: fc.Arbitrary<RandomEdit>, numRuns: number, check: (after: Prepared, fresh: Prepared, what: string, text: string) => void): number {
  let windowed = 0;
  fc.assert(
    fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      let text = start;
      let prepared = prepare(text, undefined);
      for (const e of edits) {
        const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
        const next = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        const after = prepare(next, undefined, { prepared, edit: editRange(text, next) });
        if (after.parse.window) windowed++;
        check(after, prepare(next, undefined), `after inserting ${JSON.stringify(e.insert)} at ${at}`, next);
        text = next;
        prepared = after;
      }
    }),
    { numRuns },
  );
  return windowed;
}
