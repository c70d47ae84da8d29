/**
 * Sentence tests of classification (classify/nature.ts) that are hand-written
 * for speed, held to the regular expressions that define them, on text made
 * of the characters they look at (question marks, closing quotation marks and
 * brackets, Unicode spaces, a lone surrogate).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../server/src/engine/classify/nature';

/** A question, by definition: past trailing spaces, not "?” )", and a "?" before the closing marks. */
function referenceIsQuestion(text: string): boolean {
  const t = text.replace(/\s+$/u, '');
  if (/\?["”’»]+[)\]*_]*$/u.test(t)) return false;
  return t.replace(/[\s"'”’»)\]*_]+$/u, '').endsWith('?');
}

const PIECES = [...'?"”’»\')]*_ \n\t.a“(', '\u00a0', '\u2028', '\u3000', '\ufeff', '😀', '\uD800', 'Why?', 'said.'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('classify/nature', () => {
  it('finds a question exactly as the regular expressions that define it', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isQuestion(t)).toBe(referenceIsQuestion(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells the writer\'s question from a quoted one', () => {
    expect(isQuestion('Will it pass?')).toBe(true);
    expect(isQuestion('Will it pass? ) ')).toBe(true);
    expect(isQuestion('She asked, “Will it pass?”')).toBe(false);
    expect(isQuestion('It passed.')).toBe(false);
  });
});
