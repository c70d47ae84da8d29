/**
 * The word filter in front of the attribution stage's map look-ups
 * (lexicon/wordfilter.ts) may let a word through that is not in its set, but
 * must never turn away one that is: it would silently lose a cue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCueModel } from '../../server/src/engine/attribution/learned';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { WordFilter } from '../../server/src/engine/lexicon/wordfilter';

describe('lexicon/wordfilter', () => {
  it('admits every word of the set it was made from', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), fc.string({ maxLength: 12 }), (words, other) => {
        const filter = new WordFilter(words);
        for (const w of words) expect(filter.mayHave(w)).toBe(true);
        // Another word is only ever turned away when it is not in the set.
        if (!filter.mayHave(other)) expect(words).not.toContain(other);
      }),
      { numRuns: 2000 },
    );
  });

  it('admits every trigger word of the lexicon and every word of the cue model', () => {
    const lex = buildLexicon({ cuePhrases: ['briefed reporters', 'quipped'] });
    for (const w of lex.triggers.keys()) expect(lex.triggerFilter.mayHave(w)).toBe(true);
    const model = shippedCueModel();
    for (const w of model.vocabulary.keys()) expect(model.vocabularyFilter!.mayHave(w)).toBe(true);
  });

  it('turns most other words away', () => {
    const lex = buildLexicon();
    const others = ['the', 'bridge', 'collapsed', 'on', 'tuesday', 'morning', 'after', 'heavy', 'rain', 'water', 'levels', 'rose'].filter((w) => !lex.triggers.has(w));
    expect(others.filter((w) => !lex.triggerFilter.mayHave(w)).length).toBeGreaterThan(others.length / 2);
  });
});
