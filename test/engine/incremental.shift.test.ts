/**
 * The incremental analyzer keeps the shifts of the calls since a reused
 * paragraph's results were made as data (`Shift`: ranges moved by constants,
 * or mapped nowhere) and composes them into one map, which the results are
 * shifted through once when read or replayed. Composing must equal applying
 * the maps one after the other, for any maps and any number (NaN included),
 * and must keep the identity recognisable, which the analyzer tests to skip
 * renumbering.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeShift, mv, NO_SHIFT, shiftOf, type Shift } from '../../server/src/engine/incremental';

/** A random map: increasing starts after -Infinity, each range moved by a small constant or mapped nowhere. */
const shiftArb: fc.Arbitrary<Shift> = fc
  .array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.oneof(fc.integer({ min: -8, max: 8 }), fc.constant(Number.NaN))), { maxLength: 12 })
  .chain((ranges) =>
    fc.integer({ min: -3, max: 3 }).map((first) => {
      const starts = [...new Set(ranges.map(([at]) => at))].sort((a, b) => a - b);
      return shiftOf([[-Infinity, first], ...starts.map((at, i): [number, number] => [at, ranges.find(([x]) => x === at)![1] + (i % 2)])]);
    }),
  );

/** The value of a map at `x`, read from its ranges the slow way. */
function slow(s: Shift, x: number): number {
  let by = Number.NaN;
  for (let i = 0; i < s.at.length; i++) if (s.at[i]! <= x) by = s.by[i]!;
  return x + by;
}

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('shifts as data', () => {
  it('map every number as their ranges say', () => {
    fc.assert(
      fc.property(shiftArb, fc.integer({ min: -20, max: 100 }), (s, x) => {
        expect(same(mv(s, x), slow(s, x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('compose into one map equal to applying them one after the other', () => {
    fc.assert(
      fc.property(fc.array(shiftArb, { minLength: 1, maxLength: 6 }), (maps) => {
        const composed = maps.reduce(composeShift);
        for (let x = -20; x <= 120; x++) {
          const step = maps.reduce((y, m) => mv(m, y), x);
          expect(same(mv(composed, x), step), `x = ${x}`).toBe(true);
        }
        expect(same(mv(composed, Number.NaN), Number.NaN)).toBe(true);
        // Starts increase and no two neighbouring ranges move alike (they would have been merged).
        for (let i = 1; i < composed.at.length; i++) {
          expect(composed.at[i]!).toBeGreaterThan(composed.at[i - 1]!);
          expect(Object.is(composed.by[i], composed.by[i - 1])).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keep the identity as the identity', () => {
    expect(composeShift(NO_SHIFT, NO_SHIFT)).toBe(NO_SHIFT);
    expect(shiftOf([[-Infinity, 0]])).toBe(NO_SHIFT);
    // An insertion then its deletion leaves every offset outside the typed character where it was.
    const insert = shiftOf([[-Infinity, 0], [10, 1]]);
    const remove = shiftOf([[-Infinity, 0], [10, Number.NaN], [11, -1]]);
    expect(composeShift(insert, remove)).toBe(NO_SHIFT);
    // Long maps are bisected: the same answers as the scan.
    const long = shiftOf(Array.from({ length: 30 }, (_, i): [number, number] => [i === 0 ? -Infinity : i * 3, i % 4 === 3 ? Number.NaN : i]));
    for (let x = -5; x < 100; x++) expect(same(mv(long, x), slow(long, x))).toBe(true);
  });
});
