/**
 * `isEmptySource` (classify/markup.ts) turns away a source that does not open
 * with "[" before lower-casing it. This holds it to its definition: the text,
 * trimmed and normalised, is empty or one of the placeholders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptySource } from '../../server/src/engine/classify/markup';
import { normalize } from '../../server/src/engine/classify/text';
import { PLACEHOLDERS } from '../../server/src/engine/classify/words';

function reference(text: string): boolean {
  const t = normalize(text.trim());
  return t === '' || PLACEHOLDERS.includes(t);
}

const PIECES = [' ', '\n', '\t', '\u00a0', '[', ']', '?', 'a', 'S', 'İ', 'ß', '’', "'", 'source', 'SOURCE', 'who', 'Who', 'tk', 'xx', 'citation needed', 'according to whom', 'by whom', '😀'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('', ' ', '\n '), fc.constantFrom(...PLACEHOLDERS), fc.constantFrom('', ' ', ' \t')).map(([a, p, b]) => a + (p.length % 2 ? p.toUpperCase() : p) + b),
  fc.string(),
);

describe('isEmptySource', () => {
  it('every placeholder opens with "[" (what the quick test relies on)', () => {
    for (const p of PLACEHOLDERS) expect(p.startsWith('[')).toBe(true);
  });

  it('answers as its definition does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isEmptySource(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    );
  });
});
