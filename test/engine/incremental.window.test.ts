/**
 * The incremental analyzer takes the blocks outside the prose view's
 * re-parse window as unchanged without comparing them one by one (a windowed
 * re-parse keeps them before the window, and moves them all alike after it),
 * and compares the rest: the last block before the window (whose text runs
 * up to the window), the blocks whose margin reaches into it, and the source
 * notes of the blocks it skips. These drafts type and delete a sentence at the
 * head of an HTML block holding a source note (which makes it a paragraph),
 * with notes around it, and type in a paragraph with notes after it; each
 * analysis must equal a fresh one. (The random edits of incremental.test.ts
 * cover the rest; these pin the shapes where blocks change kind at the
 * window's edge.)
 */
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';

/** A paragraph of prose, with a number to tell them apart. */
const para = (i: number) => `The council approved budget number ${i} on Tuesday. Turnout rose to ${i} per cent.`;

/** Paragraphs, a code block and a rule, a paragraph with a note on the line after it, the line the typing goes to (a note), more paragraphs. */
function draft(head: string): string {
  const before = Array.from({ length: 6 }, (_, i) => para(i));
  const after = Array.from({ length: 6 }, (_, i) => para(i + 10));
  return [...before, '```\ncode\n```', '---', 'Prices climbed.\n<!-- source: AP -->', `${head}<!-- source: Reuters --> Costs too.`, ...after, 'Wages fell. <!-- source: the ministry -->', para(30)].join('\n\n') + '\n';
}

describe('the incremental analyzer around a re-parse window', () => {
  it('equals a fresh analysis when a typed sentence turns a note into a paragraph', () => {
    const inc = createIncrementalAnalyzer();
    let text = draft('');
    expect(inc.analyze(text)).toEqual(analyze(text));
    const at = text.indexOf('<!-- source: Reuters -->');
    const typed = 'Rents rose. ';
    for (let i = 1; i <= typed.length; i++) {
      text = draft(typed.slice(0, i));
      expect(inc.analyze(text), `after typing ${JSON.stringify(typed.slice(0, i))} at ${at}`).toEqual(analyze(text));
    }
    for (let i = typed.length - 1; i >= 0; i--) {
      text = draft(typed.slice(0, i));
      expect(inc.analyze(text), `after deleting back to ${JSON.stringify(typed.slice(0, i))}`).toEqual(analyze(text));
    }
  });

  it('equals a fresh analysis when the edit moves the notes after it, typed at the end of a paragraph', () => {
    const inc = createIncrementalAnalyzer();
    let text = draft('');
    inc.analyze(text);
    for (const at of [text.indexOf('Turnout rose to 2 per cent.'), text.indexOf('\n\nThe council approved budget number 11')])
    for (const typed of ['A', 'A.', 'A. ', 'A. B', ', underscoring']) {
      text = draft('').slice(0, at) + typed + draft('').slice(at);
      expect(inc.analyze(text), `after typing ${JSON.stringify(typed)}`).toEqual(analyze(text));
    }
  });
});
