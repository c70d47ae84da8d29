/**
 * A paragraph before an edit keeps its results as they are, the same object,
 * even when its findings have a fix that edits the very end of the text (the
 * footnote fix's definition), whose offset moves whenever the text's length
 * changes: that edit is moved to the end of the reader's text when the
 * findings are read (`findingsOf`), and a paragraph that stayed before
 * several edits and is then moved by an edit before it takes the right end
 * along. Checked against a whole-text analysis on drafts of unattributed
 * claims (each with a footnote fix), with edits before, inside and after
 * them that lengthen and shorten the text, and with analyses read only after
 * later edits (the calls share paragraphs, so a read must change none).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer, type Analysis } from '../../server/src/engine';
import { findingRuns } from '../../server/src/engine/incremental';

/** Paragraphs: most with a claim the footnote fix applies to, some attributed, some with a footnote already. */
const paragraph = fc.constantFrom(
  'Prices rose 12% last year.',
  'The plan failed, officials said.',
  'Unemployment doubled in the region.',
  'The minister said the budget was cut.',
  'Exports fell by a third.[^1]',
  'It is believed that the dam will hold.',
  '"We will not back down," she said.',
);

/** One edit: which paragraph (a fraction of their number; 1 is the end of the text), what to insert there and how much to delete. */
const step = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  insert: fc.constantFrom('', 'x', ' ', 'Costs rose 5%. ', 'Officials said. ', '\n\nTaxes rose 4% in May.\n\n', 'The ministry said. '),
  back: fc.nat({ max: 12 }),
  read: fc.boolean(),
});

/** Applies the steps one by one, checking each version, and reads the analyses it held back only after the last. */
function check(paragraphs: string[], steps: { at: number; insert: string; back: number; read: boolean }[]): void {
  let text = paragraphs.join('\n\n') + '\n\n[^1]: Ministry statement\n';
  const inc = createIncrementalAnalyzer();
  expect(inc.analyze(text)).toEqual(analyze(text));
  const held: [string, Analysis][] = [];
  for (const s of steps) {
    const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2), text.length];
    const at = starts[Math.min(starts.length - 1, Math.floor(s.at * starts.length))]!;
    text = text.slice(0, at) + s.insert + text.slice(Math.min(text.length, at + s.back));
    const analysis = inc.analyze(text);
    if (s.read) expect(analysis).toEqual(analyze(text));
    else held.push([text, analysis]);
    // The runs of findings are made from each block's findings as the server reads them.
    const runs = findingRuns(analysis);
    if (runs) expect(runs.count).toBe(analysis.findings.length);
  }
  for (const [t, analysis] of held.reverse()) expect(analysis).toEqual(analyze(t));
}

describe('findings whose fix edits the end of the text, in paragraphs kept across edits', () => {
  it('equal a whole-text analysis whatever the edits do to the length, read at once or later', () => {
    check(['Prices rose 12% last year.', 'Unemployment doubled in the region.', 'Exports fell by a third.[^1]'], [
      // Typing after the first paragraph keeps it; deleting lengthens and shortens the text; then an edit before it moves it.
      { at: 0.5, insert: 'x', back: 0, read: true },
      { at: 0.5, insert: '', back: 4, read: false },
      { at: 0.9, insert: 'Costs rose 5%. ', back: 0, read: true },
      { at: 0, insert: 'Officials said. ', back: 0, read: true },
    ]);
    fc.assert(fc.property(fc.array(paragraph, { minLength: 3, maxLength: 14 }), fc.array(step, { minLength: 1, maxLength: 8 }), check), { numRuns: 40 });
  });
});
