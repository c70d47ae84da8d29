/**
 * What every fix of a document reads of the whole draft (its line break, the
 * next free footnote label, its line starts) is carried from the previous
 * preparation across a windowed re-parse (`carryFacts` in
 * server/src/engine/rules/fixes.ts) where the window shows it cannot differ.
 * The fixes of a document prepared after an edit must be those of the same
 * text prepared whole: checked under random edits that make and unmake
 * CRLFs, footnote references and definitions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Prepared } from '../../server/src/engine/prepare';
import { checkPreparedEdits } from '../helpers/prepared';
import { disableFileFix, disableLineFix, footnoteFix, nextFootnoteLabel } from '../../server/src/engine/rules/fixes';

const PIECES = ['Officials said the plan failed.', 'Prices rose 12% last year[^1].', 'The mayor said so[^7].', 'Rates fell[^note].', 'It rained.', 'We met on Monday.'];
const DEFS = ['[^1]: A report.', '[^7]: The mayor.', '[^note]: A note.', '[^3]: Another.'];

const draft = fc
  .tuple(fc.array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 }), fc.array(fc.constantFrom(...DEFS), { maxLength: 3 }), fc.constantFrom('\n', '\r\n', 'mixed'))
  .map(([paras, defs, eol]) => {
    const text = [...paras.map((p) => p.join(' ')), ...defs].join('\n\n') + '\n';
    return eol === 'mixed' ? text.replace('\n\n', '\r\n\r\n') : text.replace(/\n/g, eol);
  });

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 30 })),
  insert: fc.oneof(fc.constantFrom('[^2]', '[^1]', '[^', ']', '\r', '\n', '\r\n', '\n\n', '\r\n\r\n', ' ', 'x', '[^9]: Late.', ...PIECES), fc.constant('')),
});

/** Everything the fixes read of the document-wide facts. */
function fixesOf(p: Prepared) {
  const empty = { start: 0, end: 0 };
  return {
    label: nextFootnoteLabel(p.doc),
    footnote: footnoteFix(p.doc, p.sentences[0] ?? empty).edits,
    file: disableFileFix(p.doc, 'vague-attribution').edits,
    lines: p.sentences.map((s) => disableLineFix(p.doc, 'unattributed-claim', s)?.edits),
  };
}

describe('the facts fixes read, carried across a windowed re-parse', () => {
  it('give the fixes of the same text prepared whole, under random edits', () => {
    const windowed = checkPreparedEdits(draft, edit, 300, (after, fresh, what) => expect(fixesOf(after), what).toEqual(fixesOf(fresh)));
    expect(windowed).toBeGreaterThan(150);
  });
});
