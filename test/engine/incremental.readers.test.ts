/**
 * `firstAffected` (server/src/engine/incremental.ts) finds the first later
 * paragraph that reads what an edit changed. When only map keys differ (a
 * name typed or changed, nothing else), it looks the keys up in an index per
 * array of paragraphs (`Source.readers`) instead of testing each paragraph,
 * and applies the skipped paragraphs' moves of the recent persons only when
 * it stops. The readers must be found however the paragraphs are split into
 * stretches of earlier calls, and the analysis must equal a whole-text one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';

/** A draft whose first paragraph names a person that paragraphs far after it refer back to by surname, `filler` paragraphs of generated text between. */
function draft(seed: number): string {
  const filler = generateDraft(6 * 1024, seed).split('\n\n').filter((p) => p.trim() && !p.startsWith('#'));
  const paras = ['Maria Tanaka, a spokeswoman for the ministry, said the plan would work.'];
  for (let i = 0; i < filler.length; i++) {
    paras.push(filler[i]!);
    if (i % 9 === 4) paras.push('Tanaka said prices rose. She added that "costs fell" last year.');
  }
  paras.push('Tanaka said the talks would resume.');
  return paras.join('\n\n') + '\n';
}

describe('the index from keys to the paragraphs that read them', () => {
  it('finds the paragraphs far after an edit that read a changed name, through stretches of earlier calls', () => {
    let text = draft(3);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    // Edits between the readers split the later paragraphs into stretches of several calls.
    for (const at of [0.3, 0.6, 0.8]) {
      const p = text.indexOf('\n\n', Math.floor(at * text.length));
      text = text.slice(0, p) + ' Officials said.' + text.slice(p);
      expect(inc.analyze(text)).toEqual(analyze(text));
    }
    // The name typed over, one character at a time, and back: each keystroke changes the keys later paragraphs look up.
    const at = text.indexOf('Tanaka');
    let analysedLater = 0;
    for (const name of ['Tanak', 'Tana', 'Tanab', 'Tanabe', 'Tanak', 'Tanaka']) {
      text = text.slice(0, at) + name + text.slice(text.indexOf(',', at));
      const a = inc.analyze(text);
      expect(a).toEqual(analyze(text));
      if (inc.stats.analysed > 1) analysedLater++;
    }
    // The later paragraphs that say "Tanaka" read the key, so some keystrokes analyse them again.
    expect(analysedLater).toBeGreaterThan(0);
  }, 120_000);

  it('equals a whole-text analysis under edits that change names, anywhere', () => {
    const INSERTS = ['x', ' ', 'Tanaka', 'Maria Lopez said. ', 'Lopez', '\n\n', 'He said. ', ''];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom(...INSERTS), remove: fc.nat({ max: 4 }) }), { minLength: 10, maxLength: 24 }),
        (seed, steps) => {
          let text = draft(seed);
          const inc = createIncrementalAnalyzer();
          inc.analyze(text);
          for (const s of steps) {
            const at = Math.floor(s.at * text.length);
            text = text.slice(0, at) + s.insert + text.slice(Math.min(text.length, at + s.remove));
            expect(inc.analyze(text)).toEqual(analyze(text));
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});
