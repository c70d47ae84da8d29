import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildLineIndex,
  lineCount,
  lineOf,
  offsetToPosition,
  PositionCursor,
  positionToOffset,
  rangeToSpan,
  spanToRange,
} from '../../server/src/lsp/positions';
import { naiveOffset, naivePosition } from './run';

describe('positions', () => {
  it('indexes \\n, \\r\\n and a lone \\r as one line break each', () => {
    const text = 'a\nbb\r\nccc\rdddd';
    const idx = buildLineIndex(text);
    expect(lineCount(idx)).toBe(4);
    expect(idx.lineStarts).toEqual([0, 2, 6, 10]);
    expect(idx.lineEnds).toEqual([1, 4, 9, 14]);
    expect(offsetToPosition(idx, text.indexOf('ccc'))).toEqual({ line: 2, character: 0 });
    expect(offsetToPosition(idx, text.indexOf('dddd') + 2)).toEqual({ line: 3, character: 2 });
    expect(positionToOffset(idx, { line: 1, character: 1 })).toBe(text.indexOf('bb') + 1);
  });

  it('counts an astral character as two UTF-16 code units, as LSP does', () => {
    const text = 'x😀y\n😀z';
    const idx = buildLineIndex(text);
    expect(offsetToPosition(idx, text.indexOf('y'))).toEqual({ line: 0, character: 3 });
    expect(offsetToPosition(idx, text.indexOf('z'))).toEqual({ line: 1, character: 2 });
    expect(positionToOffset(idx, { line: 1, character: 2 })).toBe(text.indexOf('z'));
  });

  it('clamps offsets and positions outside the text', () => {
    const text = 'ab\r\ncd';
    const idx = buildLineIndex(text);
    expect(offsetToPosition(idx, -5)).toEqual({ line: 0, character: 0 });
    expect(offsetToPosition(idx, 999)).toEqual({ line: 1, character: 2 });
    expect(positionToOffset(idx, { line: 7, character: 0 })).toBe(text.length);
    expect(positionToOffset(idx, { line: 0, character: 99 })).toBe(2);
    expect(positionToOffset(idx, { line: -1, character: 3 })).toBe(0);
    expect(positionToOffset(idx, { line: 1, character: -3 })).toBe(4);
    // Between \r and \n there is no LSP position: it maps to the end of the line.
    expect(offsetToPosition(idx, 3)).toEqual({ line: 0, character: 2 });
  });

  it('handles the empty text and a text ending in a line break', () => {
    const empty = buildLineIndex('');
    expect(lineCount(empty)).toBe(1);
    expect(offsetToPosition(empty, 0)).toEqual({ line: 0, character: 0 });
    const trailing = buildLineIndex('a\n');
    expect(lineCount(trailing)).toBe(2);
    expect(offsetToPosition(trailing, 2)).toEqual({ line: 1, character: 0 });
    expect(lineOf(trailing, 1)).toBe(0);
  });

  it('converts spans to ranges and back', () => {
    const text = 'one\r\ntwo\rthree\n';
    const idx = buildLineIndex(text);
    const span = { start: text.indexOf('two'), end: text.indexOf('three') + 5 };
    const range = spanToRange(idx, span);
    expect(range).toEqual({ start: { line: 1, character: 0 }, end: { line: 2, character: 5 } });
    expect(rangeToSpan(idx, range)).toEqual(span);
  });

  it('agrees with a naive line counter on any text, and round-trips every offset not inside \\r\\n', () => {
    const pieces = fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' ', 'xyz');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const idx = buildLineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          const pos = offsetToPosition(idx, o);
          expect(pos).toEqual(naivePosition(text, o));
          expect(positionToOffset(idx, pos)).toBe(o);
          expect(naiveOffset(text, pos)).toBe(o);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds with a cursor the positions offsetToPosition gives, for offsets in any order', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '😀', 'é');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
        fc.array(fc.oneof(fc.integer({ min: -3, max: 200 }), fc.double({ min: -2, max: 200, noNaN: false })), { maxLength: 40 }),
        fc.boolean(),
        (text, offsets, sorted) => {
          const idx = buildLineIndex(text);
          const cursor = new PositionCursor(idx);
          // In document order (as a report's claims come) and in any order.
          for (const o of sorted ? [...offsets].sort((a, b) => a - b) : offsets) {
            cursor.seek(o);
            expect({ line: cursor.line, character: cursor.character }).toEqual(offsetToPosition(idx, o));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
