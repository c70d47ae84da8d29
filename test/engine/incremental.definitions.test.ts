/**
 * The footnote definitions' labels and texts are part of the document key
 * (a paragraph that cites a footnote takes its source from the definition's
 * text), and a keystroke carries that part of the key from the previous call
 * when neither re-parse window holds a definition (`sameDefinitions` in
 * engine/incremental.ts). Typing inside a definition, or making, breaking or
 * removing one, must still change the key: checked against a whole-text
 * analysis after every edit, with edits inside, next to and away from the
 * definitions, and a name typed into the prose (at the start of a draft it
 * once left a stale mention in the final entities, found by this test and
 * fixed by `changedRegion`, c38ce80).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { editAt } from '../helpers/typing';

/** Paragraphs, some citing a footnote whose definition is their source. */
const paragraph = fc.constantFrom(
  'Prices rose 12% last year.[^1]',
  'Exports fell by a third.[^2]',
  'The plan failed, officials said.',
  'Unemployment doubled in the region.',
  'It is believed that the dam will hold.[^1]',
);

/** One edit: [where (a fraction of the text's length), what to insert, how much to delete before it]. */
const step = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('x', ' ', 'of finance ', '[^3]: Central bank data\n', '\n\n', ':', '^', 'Ministry '), fc.nat({ max: 6 }));

describe('the footnote definitions in the document key', () => {
  it('changes the analysis when a keystroke changes a definition, as a whole-text analysis does', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.array(step, { minLength: 1, maxLength: 12 }), (paragraphs, steps) => {
        let text = paragraphs.join('\n\n') + '\n\n[^1]: Ministry statement\n[^2]: Reuters report\n\nThe budget was cut.\n';
        const inc = createIncrementalAnalyzer();
        inc.analyze(text);
        for (const [where, insert, back] of steps) {
          text = editAt(text, where, back, insert);
          expect(inc.analyze(text)).toEqual(analyze(text));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('follows typing inside a definition cited earlier', () => {
    let text = 'Prices rose 12% last year.[^1]\n\nThe plan failed.\n\n[^1]: Ministry statement\n';
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    for (const c of ' of finance') {
      const at = text.indexOf('statement') + 'statement'.length;
      text = text.slice(0, at) + c + text.slice(at);
      expect(inc.analyze(text)).toEqual(analyze(text));
    }
  });
});
