/**
 * Typing in front of a draft's first word moves where its first paragraph
 * starts (" Tanaka S the budget…": the space is no part of the paragraph).
 * The source entities the incremental analyzer makes from the previous
 * call's take the mentions the changed paragraphs made from the new state
 * (`changedRegion` in server/src/engine/incremental.ts); a mention between the
 * paragraph's old and new start is the changed paragraph's too. Found by the
 * property of incremental.entities.test.ts.
 *
 * The two starts differ only above the draft's first block: an edit between
 * two blocks changes the block before it too (its context reaches the next
 * block's start), whose start stays. The final entities (`finalEntities`)
 * and the comparison of states (`stateDifference`) both place mentions
 * against the region. The runs lane's five-edit counterexample is in
 * incremental.records.test.ts; below, the smallest cases with blank lines,
 * a mid-draft control and a property over edits at paragraph starts, every
 * version equal to a fresh `analyze()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { NAMES } from '../helpers/typing';

describe('the paragraphs an edit changed, for the source entities', () => {
  it('begin where the first of them begins in either text, when typing in front of the first word moves it', () => {
    let text = 'Tanaka S the budget was cut.\n\nShe said the budget was cut.\n\nJames Tanaka said the plan was late.\n';
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    for (const typed of [' ', 'a', ' ', '\n']) {
      text = typed + text;
      expect(inc.analyze(text).entities, JSON.stringify(text.slice(0, 12))).toEqual(analyze(text).entities);
    }
    for (let i = 0; i < 3; i++) {
      text = text.slice(1);
      expect(inc.analyze(text).entities, JSON.stringify(text.slice(0, 12))).toEqual(analyze(text).entities);
    }
  });
});

/** Analyses `text`, then applies each edit (`at` an offset, `remove` characters deleted there, `insert` typed), checking every version. */
function check(text: string, edits: { at: number; remove?: number; insert: string }[]): void {
  const inc = createIncrementalAnalyzer();
  expect(inc.analyze(text)).toEqual(analyze(text));
  for (const e of edits) {
    text = text.slice(0, e.at) + e.insert + text.slice(e.at + (e.remove ?? 0));
    expect(inc.analyze(text), `after ${JSON.stringify(e)}: ${JSON.stringify(text)}`).toEqual(analyze(text));
  }
}

describe('an edit before the first changed block', () => {
  it('blank lines typed in front of a paragraph naming a source that the next one names again', () => {
    check('Ministry\n\nMinistry: Prices rose.\n\nThe budget was cut.\n', [{ at: 0, insert: '\n\n' }]);
    check('Ministry said prices rose.\n\nThe budget was cut.\n', [
      { at: 0, insert: 'Ministry \n\n' },
      { at: 0, insert: '\n\n' },
    ]);
  });

  it('blank lines typed and deleted above the first paragraph', () => {
    check('Ministry\n\nMinistry: Prices rose.\n\nThe budget was cut.\n', [
      { at: 0, insert: '\n\n' },
      { at: 0, insert: '\n' },
      { at: 0, remove: 1, insert: '' },
      { at: 0, remove: 2, insert: '' },
    ]);
  });

  it('blank lines typed or deleted between paragraphs, mid-draft (the paragraph before is changed too, its start unmoved)', () => {
    const text = 'The budget was cut.\n\nMinistry\n\nMinistry: Prices rose.\n\nThe weather was mild.\n';
    const at = text.indexOf('Ministry');
    check(text, [{ at, insert: '\n\n' }, { at, insert: '\n\n' }, { at, remove: 4, insert: '' }, { at: at - 2, remove: 2, insert: '' }]);
  });

  it('for any paragraphs naming sources, and blank lines or spaces typed or deleted at paragraph starts', () => {
    const paragraph = fc.oneof(
      fc.constantFrom(...NAMES, 'Ministry', 'Reuters'),
      fc.constantFrom(...NAMES, 'Ministry', 'Reuters').map((p) => `${p}: Prices rose 12% last year.`),
      fc.constantFrom(...NAMES, 'Ministry', 'Reuters').map((p) => `${p} said the budget was cut.`),
      fc.constant('The weather was mild.'),
    );
    const step = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom('\n\n', '\n\n\n', ' ', 'Ministry ', ''), back: fc.constantFrom(0, 0, 1, 2) });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.array(step, { minLength: 1, maxLength: 5 }), (paragraphs, steps) => {
        let text = paragraphs.join('\n\n') + '\n';
        const edits = [];
        for (const s of steps) {
          // At a paragraph's start: the edit lies before the block it changes.
          const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)];
          const at = starts[Math.floor(s.at * starts.length)] ?? 0;
          const from = Math.max(0, at - s.back);
          edits.push({ at: from, remove: at - from, insert: s.insert });
          text = text.slice(0, from) + s.insert + text.slice(at);
        }
        check(paragraphs.join('\n\n') + '\n', edits);
      }),
      { numRuns: 150 },
    );
  });
});
