/**
 * The blocks the incremental analyzer takes as unchanged without comparing
 * them, around a re-parse window (`windowPrefix`, `windowSuffix`), must be
 * blocks whose inputs did not change: each one `sameInputs` says is the same
 * when given the whole text to compare (the window taken away, so nothing is
 * skipped). A block reused wrongly is mostly caught later (its shifted results
 * would not map, and the whole draft is analysed again) or changes no result,
 * which is why comparing analyses does not pin these bounds: this checks them
 * against their definition, on random drafts whose blocks change kind and
 * start at the window's edges (HTML blocks that typing turns into paragraphs,
 * notes, lists, quotes, code) under random edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShares } from '../../server/src/engine/attribution';
import { documentEnv, editRange, type Env, sameInputs, windowPrefix, windowSuffix } from '../../server/src/engine/incremental';
import { prepare } from '../../server/src/engine/prepare';

const PIECES = [
  'The council approved the budget on Tuesday.', 'Turnout rose to 4 per cent,', 'Officials said costs rose.', 'Prices climbed', 'underscoring the risk.',
  '<!-- aside -->', '<!-- source: Reuters -->', '<div>x</div>', '- a list item', '> a quote', '```\ncode\n```', '---', '# A heading', 'x',
];

const draft = fc
  .array(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }), { minLength: 4, maxLength: 12 })
  .chain((paras) => fc.array(fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n'), { minLength: paras.length, maxLength: paras.length }).map((seps) => paras.map((p, i) => p.join(' ') + seps[i]).join('')));

const edit = fc.record({
  at: fc.integer({ min: 0, max: 1_000_000 }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 30 })),
  insert: fc.constantFrom('', 'X. ', 'x', ',', '.', '\n', '\n\n', ' said', 'Rents rose. ', '<!-- source: AP -->'),
});

/** `after` prepared from `before` as the analyzer prepares it on a keystroke. */
function step(before: Env, text: string): Env {
  const e = editRange(before.text, text);
  const p = prepare(text, undefined, { prepared: before, edit: e });
  return { ...p, text, edit: e, shares: blockShares(p.doc, p.sentences, p.directives), lex: before.lex, defs: before.defs, key: before.key };
}

/** Checks the window's bounds of `b` after `a` against `sameInputs`, comparing the whole text; false when there was no window. */
function boundsHold(a: string, b: string): boolean {
  const o = documentEnv(a);
  const n = step(o, b);
  const w = n.parse.window;
  if (!w || !n.edit) return false;
  // Compared in full: no block's text is skipped for lying outside the window.
  const whole: Env = { ...n, parse: { ...n.parse, window: undefined } };
  const count = n.doc.blocks.length;
  const dB = count - o.doc.blocks.length;
  const k = windowPrefix(o, n, w);
  for (let i = 0; i < k; i++) expect(sameInputs(o, i, whole, i, 0), `block ${i} before the window (prefix ${k}) in ${JSON.stringify(b)}`).toBe(true);
  const clean = windowSuffix(o, n, w, n.edit.delta);
  for (let j = clean; j < count; j++) expect(sameInputs(o, j - dB, whole, j, n.edit.delta), `block ${j} after the window (suffix from ${clean}) in ${JSON.stringify(b)}`).toBe(true);
  return true;
}

const para = (i: number) => `The council approved budget number ${i} on Tuesday. Turnout rose to ${i} per cent.`;

describe("the blocks a re-parse window's bounds take as unchanged", () => {
  it('are unchanged when typing after two HTML lines starts a paragraph (the block before the window ends where it did not)', () => {
    const mk = (t: string) => [para(0), para(1), para(2), `<!-- aside -->\n<!-- more -->\n${t}<!-- other -->`, para(3), para(4)].join('\n\n') + '\n';
    expect(boundsHold(mk(''), mk('X'))).toBe(true);
    expect(boundsHold(mk('X'), mk(''))).toBe(true);
  });

  it("are unchanged when the edit is in the last characters before the next block's line", () => {
    const mk = (t: string) => [para(0), para(1), `Prices climbed${t}`, 'underscoring the risk.', para(3), para(4)].join('\n\n') + '\n';
    expect(boundsHold(mk('.'), mk(','))).toBe(true);
    expect(boundsHold(mk(''), mk(' sharply'))).toBe(true);
  });

  it('are unchanged under random edits', () => {
    let windows = 0;
    fc.assert(
      fc.property(draft, edit, (a, e) => {
        const at = e.at % (a.length + 1);
        const b = a.slice(0, at) + e.insert + a.slice(Math.min(a.length, at + e.remove));
        if (boundsHold(a, b)) windows++;
      }),
      { numRuns: 600 },
    );
    // About two in five of these edits are re-parsed in a window (the others are not what this is about).
    expect(windows).toBeGreaterThan(150);
  });
});
