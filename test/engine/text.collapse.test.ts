/**
 * `collapseWhiteSpace` (engine/text.ts) skips the pattern when a text has no
 * white space to collapse; this holds it to the pattern on text full of
 * every kind of white space the pattern knows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace } from '../../server/src/engine/text';

const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e'];
const PIECES = [...SPACES, 'a', 'Zoë', '.', '“', '😀', '\uD800', 'said'];

describe('collapseWhiteSpace', () => {
  it('equals s.replace(/\\s+/g, " ")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join('')), fc.string()), (s) => {
        expect(collapseWhiteSpace(s)).toBe(s.replace(/\s+/g, ' '));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives back the same string when there is nothing to collapse', () => {
    const s = 'Maria Lopez, the mayor';
    expect(collapseWhiteSpace(s)).toBe(s);
    expect(collapseWhiteSpace('a  b\nc')).toBe('a b c');
  });
});
