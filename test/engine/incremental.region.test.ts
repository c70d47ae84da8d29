/**
 * Typing in front of a draft's first word moves where its first paragraph
 * starts (" Tanaka S the budget…": the space is no part of the paragraph).
 * The source entities the incremental analyzer makes from the previous
 * call's take the mentions the changed paragraphs made from the new state
 * (`changedRegion` in server/src/engine/incremental.ts); a mention between the
 * paragraph's old and new start is the changed paragraph's too. Found by the
 * property of incremental.entities.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';

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
