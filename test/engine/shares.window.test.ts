/**
 * The blocks' shares of the document's lists after a windowed re-parse
 * (`blockSharesAround` in server/src/engine/attribution/index.ts, which the
 * incremental analyzer uses on every keystroke) must equal those made afresh
 * (`blockShares`): checked on random drafts full of links, footnote
 * references, source notes and blocks without sentences, under random edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShares, blockSharesAround } from '../../server/src/engine/attribution';
import { editRange } from '../../server/src/engine/incremental';
import { prepare } from '../../server/src/engine/prepare';

/** Pieces of drafts that hold what the shares split among the blocks. */
const PIECES = [
  'Officials said the plan failed.', 'Prices rose 12% last year.[^1]', 'The mayor [told reporters](https://example.com/a) it was late.', 'See [the report](https://example.com/b).',
  'It rose. <!-- source: the ministry -->', '<!-- source: Reuters -->', 'He said so.[^2] Then he left.', '[^1]: The ministry, 2 May.', '[^2]: Reuters.',
  '# A heading', '- a list item that said so', '> A quotation block, he said.', '```\ncode\n```', '---', '[link](https://example.com/c)', '<!-- sourcetrace-disable-next-line -->',
];

const draft = fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }), { minLength: 4, maxLength: 18 }).map((paras) => paras.map((p) => p.join(' ')).join('\n\n') + '\n');

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...PIECES, '\n', '\n\n', ' ', '[', ']', '(', ')', '[^1]', '<!-- source: AP -->', '. ', 'x'), fc.constant('')),
});

describe('the blocks\' shares after a windowed re-parse', () => {
  it('equal the shares made afresh, under random edits', () => {
    let around = 0;
    let windows = 0;
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = start;
        let prepared = prepare(text, undefined);
        let shares = blockShares(prepared.doc, prepared.sentences, prepared.directives);
        for (const e of edits) {
          const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          const next = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const after = prepare(next, undefined, { prepared, edit: editRange(text, next) });
          const fresh = blockShares(after.doc, after.sentences, after.directives);
          const w = after.parse.window;
          if (w) windows++;
          const moved = w && blockSharesAround(after.doc, after.sentences, after.directives, { shares, doc: prepared.doc, sentences: prepared.sentences }, w);
          if (moved) {
            around++;
            expect(moved, `after inserting ${JSON.stringify(e.insert)} at ${at}`).toEqual(fresh);
          }
          text = next;
          prepared = after;
          shares = moved ?? fresh;
        }
      }),
      { numRuns: 300 },
    );
    // Enough edits take the window for the comparison to mean something, and most of those keep the shares around it.
    expect(windows).toBeGreaterThan(150);
    expect(around).toBeGreaterThan(windows * 0.8);
  });

  it('when a note typed in the window attaches to a sentence in it, before it, or far before it', () => {
    const paras = Array.from({ length: 10 }, (_, i) => (i === 4 ? '---' : i === 5 ? '```\ncode\n```' : `Prices rose ${i} percent. <!-- source: agency ${i} -->`));
    const text = paras.join('\n\n') + '\n';
    const cases: [string, string][] = [
      ['Prices rose 3 percent.', ' It fell. <!-- source: AP -->'],
      ['Prices rose 3 percent.', ' It fell.'],
      ['Prices rose 7 percent. <!-- source: agency 7 -->', '\n\n<!-- source: AP -->'],
      ['```\ncode\n```', '\n\n<!-- source: AP -->'],
      ['```\ncode\n```', '\n\nIt fell. <!-- source: AP -->'],
      ['---', '\n\n<!-- source: AP -->'],
    ];
    for (const [after, typed] of cases) {
      const at = text.indexOf(after) + after.length;
      const next = text.slice(0, at) + typed + text.slice(at);
      const before = prepare(text, undefined);
      const shares = blockShares(before.doc, before.sentences, before.directives);
      const now = prepare(next, undefined, { prepared: before, edit: editRange(text, next) });
      expect(now.parse.window, typed).toBeDefined();
      const moved = blockSharesAround(now.doc, now.sentences, now.directives, { shares, doc: before.doc, sentences: before.sentences }, now.parse.window!);
      // Undefined is allowed (the caller makes them all); a result must be right.
      if (moved) expect(moved, `${typed} after ${after}`).toEqual(blockShares(now.doc, now.sentences, now.directives));
    }
  });
});
