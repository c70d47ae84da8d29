/**
 * The paragraphs the incremental analyzer reuses after one it analysed again
 * are replayed from their logs; a run of them is replayed through one
 * composite log, kept across keystrokes while the same paragraphs are
 * replayed together (server/src/engine/incremental.ts, `Run`,
 * `composeLogs`). Every version must equal a fresh `analyze()`, whether the
 * runs are kept, remade, or cut where the paragraphs that read what the edit
 * changed are no longer the same ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { DiscourseState } from '../../server/src/engine/attribution';
import { newCarry } from '../../server/src/engine/classify';
import { attributeBlock, CARRY_FIELDS, completeBlock, documentEnv, newArena } from '../../server/src/engine/incremental';
import { editAndCheck, filler, referringParagraph, typing } from '../helpers/typing';

describe('replaying runs of paragraphs through composite logs', () => {
  it('equals a fresh analysis while the same runs are replayed keystroke after keystroke, and when they are cut or remade', () => {
    const paragraphs = [
      'James Tanaka, the governor, said the contract was signed. The Central Bank of Kenya said rates would rise.',
      'Officials met on Monday.',
      ...Array.from({ length: 12 }, (_, i) => filler(i)),
      'The bank said it would act. He said the plan was sound.',
      ...Array.from({ length: 10 }, (_, i) => filler(i + 12)),
      'Tanaka said it was late.',
      ...Array.from({ length: 9 }, (_, i) => filler(i + 22)),
      'The World Bank said so too. Later the bank said nothing.',
      ...Array.from({ length: 8 }, (_, i) => filler(i + 31)),
      'She said nothing more. The bank agreed.',
    ];
    const text = paragraphs.join('\n\n') + '\n';
    const at = text.indexOf('Officials met');
    // A bank typed in front of the second paragraph, letter by letter (the paragraphs that say "the bank" read
    // it from its first letters on), then a woman, then part of it deleted again.
    const work = editAndCheck(text, at, [
      ...typing('The Reserve Bank of India said so. '),
      ...typing('Maria Lopez said it. '),
      { insert: '', back: 3 },
      { insert: '', back: 5 },
      ...typing('Peter Okafor said no. '),
      { insert: '', back: 30 },
    ]);
    const replaying = work.filter((w) => (w.replayed ?? 0) > 0);
    expect(replaying.length).toBeGreaterThan(5);
    // Keystrokes that replay what the one before replayed go through the composite logs it kept...
    expect(replaying.some((w) => (w.composed ?? 0) > 0)).toBe(true);
    // ...and some runs are remade when other paragraphs read what changed.
    expect(replaying.some((w) => (w.composed ?? 0) < (w.replayed ?? 0))).toBe(true);
  });

  it('equals a fresh analysis after any sequence of edits in front of paragraphs that later ones refer back to', () => {
    const paragraph = referringParagraph;
    const edit = fc.oneof(
      fc.constantFrom('T', 'h', 'e', ' ', 'B', 'a', 'n', 'k', '. ', 'The Reserve Bank said. ', 'Mr Brown said. ', 'She said. ', '\n\n').map((insert) => ({ insert, back: 0 })),
      fc.integer({ min: 1, max: 4 }).map((back) => ({ insert: '', back })),
    );
    let composed = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 25, maxLength: 45 }), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.array(edit, { minLength: 2, maxLength: 12 }), (ps, where, edits) => {
        const text = ps.join('\n\n') + '\n';
        const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)];
        for (const w of editAndCheck(text, starts[Math.floor(where * starts.length)]!, edits)) composed += w.composed ?? 0;
      }),
      // About two random drafts in three replay nothing through a kept composite log, so with 12 runs the check
      // below failed about once in 120 (0.67^12, measured over 300 runs); with 40 it is about once in 10^7.
      { numRuns: 40 },
    );
    // The edits do replay paragraphs through kept composite logs.
    expect(composed).toBeGreaterThan(0);
    // Each run analyses every version twice (incrementally and whole): give a loaded machine room.
  }, 120_000);

  it('replays what a paragraph leaves in the carry: a source named before a short form that points back to it', () => {
    // "The statement" points back only once the draft has named a source. The bank typed in the first
    // paragraph makes the fifth one ("the bank") read what changed, so it is analysed again after the
    // three between are replayed: the third names the draft's first source, which the replay must carry.
    const paragraphs = ['Officials met on Monday.', 'Prices rose 12 percent last year.', 'James Tanaka said the plan was late.', 'The weather was mild.', 'The statement said prices rose. The bank said it would act.', 'The weather was cold.'];
    const text = paragraphs.join('\n\n') + '\n';
    const at = text.indexOf('Officials met');
    const work = editAndCheck(text, at, [{ insert: 'x ', back: 0 }, { insert: 'The Reserve Bank of India met officials. ', back: 0 }]);
    expect(work[1]!.replayed).toBeGreaterThan(0);
  });

  it('knows every field of the carry (a new field must be logged and replayed: add it to CARRY_FIELDS and the log)', () => {
    // Paragraphs that set every field the carry has: quotations with a speaker, a lead-in, a poll, a named source.
    const text = 'James Tanaka said the plan was late.\n\n"We will act," the minister said.\n\nA poll by Gallup found 40 percent agreed.\n\nThe minister said:\n\n"Prices will fall."\n';
    const env = documentEnv(text);
    const state = new DiscourseState();
    const carry = newCarry();
    const arena = newArena(env.sentences.length, 0, 0);
    const seen = new Set<string>();
    let a0 = 0;
    let q0 = 0;
    for (let bi = 0; bi < env.doc.blocks.length; bi++) {
      const part = completeBlock(env, bi, attributeBlock(env, bi, state), carry, a0, q0, false, arena);
      a0 += part.na;
      q0 += part.quotes;
      for (const key of Object.keys(carry)) seen.add(key);
    }
    expect([...seen].sort()).toEqual([...CARRY_FIELDS].sort());
  });

  it('makes the state before the first keystroke in another paragraph by replaying, and analyses only what the edit changed', () => {
    let text = generateDraft(40 * 1024, 7);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    // A sentence end in a paragraph without quotations (typing inside a quotation changes the quotations
    // spoken, which every later paragraph's classification may read: the analysis then runs to the end).
    const spot = (frac: number) => {
      for (let i = text.indexOf('. ', Math.floor(text.length * frac)); i >= 0; i = text.indexOf('. ', i + 2)) {
        const paragraph = text.slice(text.lastIndexOf('\n\n', i) + 2, text.indexOf('\n\n', i));
        if (/^[A-Z]/.test(paragraph) && !/["“”]/.test(paragraph)) return i + 2;
      }
      throw new Error(`no place to type after ${frac}`);
    };
    // Typing at three quarters of the draft, then a jump back before it, then forward past the snapshot.
    for (const frac of [0.75, 0.25, 0.5, 0.6]) {
      let at = spot(frac);
      for (let i = 0; i < 3; i++) {
        text = text.slice(0, at) + 'Ms Okafor said so. '.charAt(i) + text.slice(at);
        at++;
        const analysis = inc.analyze(text);
        expect(analysis, `typing at ${frac}`).toEqual(analyze(text));
        if (i > 0 || frac === 0.75) continue;
        // The blocks before the edit are replayed, not analysed; those after it are reused, not analysed to the end.
        expect(inc.stats.rebuilt).toBeGreaterThan(10);
        expect(inc.stats.analysed).toBeLessThan(5);
      }
    }
    expect(inc.stats.blocks).toBeGreaterThan(100);
  });
});
