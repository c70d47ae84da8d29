/**
 * `TextPool` (engine/text.ts) keeps one string per distinct text for the
 * findings' messages and the claims' reasons. It must hand back a text equal
 * to the one given, whatever it held before, and hold no more than its bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextPool } from '../../server/src/engine/text';

describe('TextPool', () => {
  it('hands back an equal text, and holds each distinct text once', () => {
    const pool = new TextPool(100);
    const made = (n: number) => `names no source for ${['a number', 'a date'][n % 2]}`;
    for (let i = 0; i < 50; i++) expect(pool.share(made(i))).toBe(made(i));
    expect(pool.size).toBe(2);
  });

  it('stays within its bound and answers as before once full', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (max, texts) => {
        const pool = new TextPool(max);
        for (const t of texts) {
          expect(pool.share(t)).toBe(t);
          expect(pool.size).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
