/**
 * The word scanner and phrase search of classification (classify/text.ts) are
 * hand-written for speed. Their meaning is simple enough to state as a
 * regular expression and a plain `indexOf` search; these property tests hold
 * the fast versions to those definitions on text full of the characters that
 * make word boundaries hard (apostrophes, periods, hyphens, accents, astral
 * letters, lone surrogates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, findAll, lettersAndDigits, normalize, tokenize, wordCount } from '../../server/src/engine/classify/text';
import { CAUSE_WORDS, JUDGEMENT_WORDS, META_PATTERNS, PREDICTION_WORDS } from '../../server/src/engine/classify/words';

/** What a word is, by definition: a letter or digit, joiners inside, ending on a letter or digit. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function referenceTokens(text: string, base: number) {
  return [...text.matchAll(WORD)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], lower: normalize(m[0]) }));
}

/** Whole-word search by definition: the phrase, not touching a letter or digit on a side where it has one. */
function referenceFind(lower: string, phrase: string): boolean {
  const p = normalize(phrase);
  const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
  for (let i = lower.indexOf(p); p && i !== -1; i = lower.indexOf(p, i + 1)) {
    if (isWord(p[0]) && isWord(lower[i - 1])) continue;
    if (isWord(p[p.length - 1]) && isWord(lower[i + p.length])) continue;
    return true;
  }
  return false;
}

const PIECES = [...'aBzZ19 \'’.-,\n[“—', 'é', 'É', 'İ', 'ß', '😀', '𝐀', '\uD800', '\uDC00', 'will', 'may', "'ll", 'not only', 'expected to', 'due to', 'key'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const LISTS = [PREDICTION_WORDS, JUDGEMENT_WORDS, CAUSE_WORDS, ['', "'ll", 'é', '𝐀x', 'a.b']];

describe('classify/text', () => {
  it('splits words exactly as the regular expression that defines them', () => {
    fc.assert(
      fc.property(text, fc.nat(100), (t, base) => {
        expect(tokenize(t, base)).toEqual(referenceTokens(t, base));
        expect(wordCount(t)).toBe(referenceTokens(t, 0).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the runs of letters and digits exactly as the Unicode pattern that defines them', () => {
    const other = fc.array(fc.constantFrom(...PIECES, '\t', '\u00a0', '\u2028', '\uFEFF', '٣', 'Ⅻ', '\u0301', '_'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(other, (t) => {
        expect(lettersAndDigits(t)).toBe(t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      }),
      { numRuns: 3000 },
    );
    expect(lettersAndDigits(' “Nobody — knew,” 𝐀x 3\uD800b ')).toBe('Nobody knew 𝐀x 3 b');
  });

  it('finds list entries as whole words exactly as a plain search does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = normalize(t);
        for (const list of LISTS) {
          expect(containsAny(lower, list)).toBe(list.some((e) => referenceFind(lower, e)));
          expect(findAll(lower, list)).toEqual(list.filter((e) => referenceFind(lower, e)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the run-in subhead between dashes matches as its plain definition does, in time linear in the white space', () => {
    // Fuzz seed 8802, case 12930: the definition's "\s*" beside "[^–—]{1,60}"
    // tried every split of a long run of spaces (masked markup in the prose).
    const definition = /^[–—-]\s*[^–—]{1,60}\s*[–—-]\.?$/u;
    const subhead = META_PATTERNS.find((p) => p.source.startsWith('^[–—-]'))!;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('-', '–', '—', ' ', '\n', 'a', 'b', '.'), { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(subhead.test(text)).toBe(definition.test(text));
      }),
      { numRuns: 3000 },
    );
    for (const n of [58, 59, 60, 61]) expect(subhead.test(`- ${'a'.repeat(n)}  –.`)).toBe(n <= 60);
    const t0 = performance.now();
    expect(subhead.test(`-${' '.repeat(3000)}xx${' '.repeat(3000)}y`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
