/**
 * `prepare()` given the previous preparation and the edit (what the
 * incremental analyzer does on every keystroke) must give what a fresh
 * `prepare()` of the new text gives: the prose view and sentences remade
 * around the edit, and the genre's counts updated rather than recounted
 * (server/src/engine/classify/genre.ts, `recountGenre`). Checked on random
 * drafts rich in the genre's signals (newswire credits and tickers broken
 * over lines, "About" lines, end marks, first-person and reporting words, the genre model's other features)
 * under random edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editRange } from '../../server/src/engine/incremental';
import { prepare, type Prepared } from '../../server/src/engine/prepare';
import { checkPreparedEdits } from '../helpers/prepared';

/** Pieces of press releases, op-eds and news, some of whose signals run over several lines. */
const PIECES = [
  'Acme Corp today announced a new plant.', 'NEW YORK, May 2 /PRNewswire/ -- Acme said so.', 'Credit: /\nPR Newswire\n/ and more.', '/ \n\n Business Wire \n /',
  'Shares of Acme (NASDAQ: ACME) rose.', 'Acme (NYSE\n:\nAC) fell.', '(NYSE American : XY)', 'About Acme Corp', 'About\nAcme', 'Media contacts\nJane Roe', 'press inquiries',
  '###', '  ###  ', '- 30 -', '# # #', 'I think we should act. My view is ours.', 'We believe it. Our plan is bold.', '"I said we would," she said.', '“We won,” he told us.',
  'FOR IMMEDIATE RELEASE', 'Contact: Jane Roe', 'Contact\n: Jane', 'WASHINGTON (AP) — Clearly, you must vote on Monday!', 'Is it? Really, it is.', 'Of\ncourse we need to.', 'PARIS —\nThe talks, “Frankly,\nodd”, ended.',
  'Officials said the plan failed.', 'According to Reuters, prices rose.', 'The mayor told reporters it was late.', 'Prices rose 12% last year.',
];

const draft = fc
  .tuple(fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), { minLength: 4, maxLength: 16 }), fc.constantFrom('\n', '\r\n'))
  .map(([paras, eol]) => (paras.map((p) => p.join(' ')).join('\n\n') + '\n').replace(/\n/g, eol));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...PIECES, '\n', '\n\n', ' ', '/', '(', ')', ':', '"', 'I ', 'we ', 'said ', 'x'), fc.constant('')),
});

/** What must be the same, whichever way it was prepared (a signal's match may be another of its matches). */
function comparable(p: Prepared) {
  const { doc, sentences, directives, configErrors, genre, genreCounts, config } = p;
  return { doc, sentences, directives, configErrors, genre, config, signals: genreCounts.signals.map((s) => s !== undefined), features: genreCounts.features, chars: genreCounts.chars };
}

describe('prepare() after an edit equals prepare() of the whole text', () => {
  it('on drafts rich in genre signals, under random edits', () => {
    const updated = checkPreparedEdits(draft, edit, 300, (after, fresh, what, next) => {
      expect(comparable(after), what).toEqual(comparable(fresh));
      // The kept signal matches are real matches of the new text.
      for (const s of after.genreCounts.signals) if (s) expect(s.end).toBeLessThanOrEqual(next.length);
    });
    // Enough edits took the window (and the counts' update) for the comparison to mean something.
    expect(updated).toBeGreaterThan(150);
  });

  it('when an edit completes or breaks a signal whose match runs over several lines', () => {
    const paragraphs = ['Officials said the plan failed.', 'Prices rose 12% last year.', 'The mayor told reporters it was late.', 'We met on Monday.'];
    const cases: [string, string, string][] = [
      // [text around the edit, what is replaced, by what]
      ['Credit: /\nPR Newswire\nx', '\nx', '\n/x'],
      ['Credit: x\nPR Newswire\n/', 'x\n', '/\n'],
      ['Credit: /\n\n\nBusiness Wire\n\n x', ' x', ' /'],
      ['Acme (NYSE\n:\nAC fell', 'AC fell', 'AC) fell'],
      ['Acme NYSE\n:\nAC) fell', 'Acme NYSE', 'Acme (NYSE'],
      ['Acme (NYSE\n:\nAC) fell', ':', ';'],
      ['Close\n\n##', '##', '###'],
    ];
    for (const [around, from, to] of cases) {
      // A second signal, so that the draft's genre turns on the edit.
      const text = [...paragraphs, 'Acme today announced a plant.', around, ...paragraphs].join('\n\n') + '\n';
      const at = text.indexOf(around) + around.indexOf(from);
      const next = text.slice(0, at) + to + text.slice(at + from.length);
      const before = prepare(text, undefined);
      const after = prepare(next, undefined, { prepared: before, edit: editRange(text, next) });
      expect(after.parse.window, around).toBeDefined();
      expect(comparable(after), around).toEqual(comparable(prepare(next, undefined)));
      expect(comparable(prepare(text, undefined, { prepared: after, edit: editRange(next, text) })), `${around}, undone`).toEqual(comparable(before));
    }
  });
});
