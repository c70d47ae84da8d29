/**
 * Typing in front of a name glues the word typed onto it ("saidJames
 * Tanaka"): the person is unmade at each word boundary and made again at
 * the next space, so the later paragraphs that read the name go back and
 * forth between two states. The incremental analyzer keeps the analysis
 * before the previous one (server/src/engine/incremental.ts, `Alt`) and
 * takes its paragraphs after the edit again when the state there comes back
 * (`IncrementalStats.recalled`) instead of analysing and replaying them.
 * Every version must equal a fresh `analyze()` (work counted, never timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { editAndCheck, filler, NAMES, referringParagraph, typing, type TypedEdit } from '../helpers/typing';

/** A name typed in front of, then filler, a paragraph that reads the name, more filler (`between` paragraphs each time), and `last`. */
function draft(between: number, last: string[]): string {
  const paragraphs = [
    'Officials met on Monday.',
    'The region was quiet. James Tanaka, the governor, said the contract was signed.',
    ...Array.from({ length: between }, (_, i) => filler(i)),
    'Tanaka said it was late. He said the plan was sound.',
    ...Array.from({ length: between }, (_, i) => filler(i + between)),
    ...last,
  ];
  return paragraphs.join('\n\n') + '\n';
}

describe('the analysis before the previous one, recalled', () => {
  it('serves again when typing in front of a name that later paragraphs read, word after word', () => {
    const text = draft(20, ['Later Tanaka said nothing more.']);
    const work = editAndCheck(text, text.indexOf('James Tanaka'), typing('Officials said the figure doubled, according to reports. '));
    // At a word boundary the paragraphs after the edit come back from the analysis before the previous one:
    // only the paragraph typed in is analysed, nothing is replayed.
    // (The first letter after a space glues the word onto the name again: the state before that space comes back.)
    const recalled = work.filter((w) => (w.recalled ?? 0) > 0);
    expect(recalled.length).toBeGreaterThanOrEqual(4);
    expect(recalled.every((w) => w.analysed === 1 && !w.replayed)).toBe(true);
  });

  it('equals a fresh analysis after any typing, deleting and splitting in front of names that later paragraphs refer back to', () => {
    const paragraph = referringParagraph;
    // Letters and spaces above all (a word glued onto the name, then cut off from it), some deletions and paragraph breaks.
    const edit: fc.Arbitrary<TypedEdit> = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('s', 'a', 'i', 'd', ' ', ' ', 'O', 'T', ', ', '. ', 'said ', 'Mr ').map((insert) => ({ insert, back: 0 })) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((back) => ({ insert: '', back })) },
      { weight: 1, arbitrary: fc.constantFrom('\n\n', 'She said. ', 'The Reserve Bank said. ').map((insert) => ({ insert, back: 0 })) },
    );
    let recalled = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 20, maxLength: 40 }), fc.nat(), fc.array(edit, { minLength: 4, maxLength: 16 }), (ps, which, edits) => {
        const text = ps.join('\n\n') + '\n';
        // In front of a name mentioned again later when there is one, else at a paragraph start.
        const named = NAMES.map((nm) => text.indexOf(nm)).filter((i) => i >= 0);
        const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)];
        const at = named.length ? named[which % named.length]! : starts[which % starts.length]!;
        for (const w of editAndCheck(text, at, edits)) recalled += w.recalled ?? 0;
      }),
      { numRuns: 40 },
    );
    expect(recalled).toBeGreaterThan(0);
    // As long as the replay test's of the same shape: 35 s at a load of 21 on two cores.
  }, 120_000);

  it('equals a fresh analysis when edits before or after the paragraph typed in come between (the kept analysis is stale after one after it)', () => {
    let text = draft(12, []);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    let recalled = 0;
    // Inserts at an offset, moving the cursor when the insert lies before it.
    let cursor = text.indexOf('James Tanaka');
    const put = (at: number, s: string) => {
      text = text.slice(0, at) + s + text.slice(at);
      if (at <= cursor) cursor += s.length;
      expect(inc.analyze(text), `${JSON.stringify(s)} at ${at}`).toEqual(analyze(text));
      recalled += inc.stats.recalled ?? 0;
    };
    const type = (s: string) => {
      for (const ch of s) put(cursor, ch);
    };
    type('Officials s');
    // After the paragraph typed in, before the paragraph that reads the name: the kept analysis no longer holds.
    put(text.indexOf('The weather in week 2'), 'x');
    type('aid ');
    // Before it: the paragraphs before the first edited one differ no more than they did.
    put(text.indexOf('Officials met'), 'Then ');
    type('the f');
    put(text.indexOf('on Monday'), 'late ');
    type('igure doubled. ');
    expect(recalled).toBeGreaterThan(0);
  });

  it('equals a fresh analysis when typing into a generated draft in front of the next sentence', () => {
    const text = generateDraft(16 * 1024, 11);
    editAndCheck(text, text.indexOf('. ', text.length >> 2) + 2, typing('Officials said the figure doubled, according to reports from the region. '));
    // 14 s at a load of 15 on two cores.
  }, 60_000);
});
