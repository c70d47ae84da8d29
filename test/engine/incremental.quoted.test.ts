/**
 * Typing inside a quotation that has a speaker changes the text in the
 * classification carry's set of spoken quotations (a later quotation of the
 * same words needs no speaker again). The incremental analyzer carries the
 * texts in which the two calls' sets differ and analyses again only the later
 * paragraphs that look one of them up (server/src/engine/incremental.ts,
 * `carryDifference`, `followSpoken`, `BlockOut.quoted`). Every version must
 * equal a fresh `analyze()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { editAndCheck, typing } from '../helpers/typing';

/** Filler paragraphs without quotations. */
const filler = (i: number) => (i % 2 === 0 ? `Prices in district ${i} rose ${i} percent last year, analysts said.` : `The weather in week ${i} was mild.`);

describe('typing inside a quotation that has a speaker', () => {
  const spoken = '“The plant will reopen in March,” Ana Ruiz said.';
  const again = '“The plant will reopen in March.”';
  const paragraphs = ['Officials met on Monday.', spoken, ...Array.from({ length: 20 }, (_, i) => filler(i)), again, ...Array.from({ length: 20 }, (_, i) => filler(i + 20))];
  const text = paragraphs.join('\n\n') + '\n';

  it('analyses only the typed paragraph when no later paragraph quotes the same words', () => {
    const alone = text.replace(again, 'The plant closed.');
    const work = editAndCheck(alone, alone.indexOf(' in March'), typing(' soon'));
    for (const w of work) expect(w.analysed).toBe(1);
  });

  it('analyses again a later repeat of the quotation only on the keystrokes that change whether it was spoken', () => {
    // The repeat needs no speaker while the first quotation says the same words; the first letter typed changes
    // that (a space alone does not: white space is collapsed), and the deletion that restores the words changes
    // it back: the paragraphs after the edit are then those of the analysis before the first letter, taken back
    // (`recalled`).
    const at = text.indexOf(' in March');
    const flagged = (t: string) => analyze(t).findings.filter((f) => f.ruleId === 'unattributed-quote').length;
    const work = editAndCheck(text, at, [...typing(' soon'), { insert: '', back: 5 }]);
    const later = text.slice(0, at) + ' s' + text.slice(at);
    expect(flagged(later)).toBeGreaterThan(flagged(text));
    expect(work.map((w) => w.analysed)).toEqual([1, 2, 1, 1, 1, 1]);
    expect(work.map((w) => w.recalled ?? 0).map((r) => r > 0)).toEqual([false, false, false, false, false, true]);
  });

  it('stops analysing again once a later paragraph speaks the changed words again', () => {
    // Typed into, the first quotation no longer says the words; the second speaker's repeat is analysed again
    // and adds them to the spoken quotations, as the first had, so the third, a repeat with no speaker, reads
    // the same as before and is reused.
    const three = ['Officials met on Monday.', spoken, ...Array.from({ length: 10 }, (_, i) => filler(i)), '“The plant will reopen in March,” Peter Okafor said.', ...Array.from({ length: 10 }, (_, i) => filler(i + 10)), again, filler(30)];
    const draft = three.join('\n\n') + '\n';
    const work = editAndCheck(draft, draft.indexOf(' in March'), typing(' so'));
    expect(work.map((w) => w.analysed)).toEqual([1, 2, 1]);
  });
});

describe('edits inside quotations, against a fresh analysis', () => {
  it('equals a fresh analysis after any sequence of edits inside a quotation, spoken or not, repeated or not', () => {
    const words = ['The plant will reopen in March', 'We will not back down now', 'Prices will keep going up soon'];
    const paragraph = fc.oneof(
      { weight: 3, arbitrary: fc.nat({ max: 60 }).map(filler) },
      { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => `“${w},” Ana Ruiz said.`) },
      { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => `“${w}.”`) },
      { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => `The mayor said: “${w}.”`) },
      { weight: 1, arbitrary: fc.constant('The mayor said:') },
    );
    const edit = fc.oneof(
      fc.constantFrom('s', 'o', ' ', 'n', ' soon', 'March', '”', '“', ',” he said. “', '\n\n').map((insert) => ({ insert, back: 0 })),
      fc.integer({ min: 1, max: 6 }).map((back) => ({ insert: '', back })),
    );
    let fewer = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 15, maxLength: 35 }), fc.double({ min: 0, max: 0.6, noNaN: true }), fc.array(edit, { minLength: 2, maxLength: 10 }), (ps, where, edits) => {
        const text = ps.join('\n\n') + '\n';
        // Inside a quotation: after the first word of one of the first ones.
        const opens = [...text.matchAll(/“\S+/g)].map((m) => m.index! + m[0].length);
        if (!opens.length) return;
        const at = opens[Math.floor(where * opens.length)]!;
        for (const w of editAndCheck(text, at, edits)) if (w.analysed < w.blocks / 2) fewer++;
      }),
      { numRuns: 15 },
    );
    // The edits do reuse the later paragraphs.
    expect(fewer).toBeGreaterThan(0);
    // Each run analyses every version twice (incrementally and whole): give a loaded machine room.
  }, 120_000);
});
