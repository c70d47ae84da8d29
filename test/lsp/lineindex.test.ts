/**
 * The line index the server keeps across edits (lsp/positions.ts): after any
 * sequence of changes, updating the previous index equals indexing the new
 * text from scratch, whatever the line breaks (`\n`, `\r\n`, a lone `\r`,
 * and changes that split or join a `\r\n` pair).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLineIndex, coveringChange, updateLineIndex } from '../../server/src/lsp/positions';

/** Text made of the characters that matter to line breaks. */
const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 40 }).map((xs) => xs.join(''));

/** A change as fractions of the current text: where, how much to remove, what to insert. */
const change = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 6 }), insert: text });

describe('the line index after changes', () => {
  it('equals a fresh index of the changed text', () => {
    fc.assert(
      fc.property(text, fc.array(change, { minLength: 1, maxLength: 5 }), (start, edits) => {
        let current = start;
        const changes: { start: number; end: number; length: number }[] = [];
        for (const e of edits) {
          const s = Math.floor(e.at * current.length);
          const end = Math.min(current.length, s + e.remove);
          changes.push({ start: s, end, length: e.insert.length });
          current = current.slice(0, s) + e.insert + current.slice(end);
        }
        const cover = coveringChange(changes)!;
        // The covering change describes the same text.
        expect(start.slice(0, cover.start) + current.slice(cover.start, cover.newEnd) + start.slice(cover.oldEnd)).toBe(current);
        expect(updateLineIndex(buildLineIndex(start), current, cover)).toEqual(buildLineIndex(current));
      }),
      { numRuns: 3000 },
    );
  });

  it('has no covering change for no changes', () => {
    expect(coveringChange([])).toBeUndefined();
  });
});
