/**
 * The incremental analyzer keeps a call's paragraphs as stretches of the
 * arrays earlier calls made them in, each read through the maps of the
 * edits since (`Outs` in server/src/engine/incremental.ts): a keystroke makes
 * no object per paragraph it reuses. Edits all over a draft split the
 * paragraphs into many stretches and compose long maps, until they are made
 * into one stretch again; analyses of earlier versions, read only after
 * later edits, share stretches and the paragraphs moved for them. Every
 * version must still equal a whole-text analysis, and the counts read per
 * stretch (claims by status) must equal those of the claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, claimStatusCounts, createIncrementalAnalyzer, type Analysis } from '../../server/src/engine';

/** Claims by status, counted from the claims themselves. */
function counted(a: Analysis): Record<string, number> {
  const by: Record<string, number> = { A: 0, V: 0, U: 0, N: 0 };
  for (const c of a.claims) by[c.status]!++;
  return by;
}

const INSERTS = ['x', ' ', 'Officials said. ', 'Maria Lopez said. ', '\n\n', 'He said. ', '"No," she said. ', ''];

describe('paragraphs kept as stretches of earlier calls', () => {
  it('equal a whole-text analysis after edits all over a draft, and count claims by status as the claims do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom(...INSERTS), remove: fc.nat({ max: 6 }), read: fc.boolean() }), { minLength: 16, maxLength: 30 }),
        (seed, steps) => {
          let text = generateDraft(4 * 1024, seed);
          const inc = createIncrementalAnalyzer();
          inc.analyze(text);
          const held: [string, Analysis][] = [];
          for (const s of steps) {
            const at = Math.floor(s.at * text.length);
            text = text.slice(0, at) + s.insert + text.slice(Math.min(text.length, at + s.remove));
            const a = inc.analyze(text);
            // Counted per stretch before anything else is read, as the server does after publishing.
            const counts = claimStatusCounts(a);
            if (s.read) {
              expect(a).toEqual(analyze(text));
              expect(counts).toEqual(counted(a));
            } else held.push([text, a]);
          }
          // Earlier analyses, read last (newest first): their paragraphs are shared with the later calls'.
          for (const [t, a] of held.reverse()) expect(a).toEqual(analyze(t));
        },
      ),
      { numRuns: 8 },
    );
  }, 180_000);

  it('equal a whole-text analysis when typing goes on in one place for long, then moves', () => {
    let text = generateDraft(8 * 1024, 7);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    // Typing in one paragraph: the stretch after it is moved again and again by one map composed per keystroke.
    for (const start of [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3), 10]) {
      const typed = 'Officials said the figure doubled. ';
      for (let i = 0; i < typed.length; i++) {
        text = text.slice(0, start + i) + typed[i] + text.slice(start + i);
        const a = inc.analyze(text);
        if (i % 7 === 0 || i === typed.length - 1) expect(a).toEqual(analyze(text));
      }
    }
  });
});

describe('paragraphs analysed again after some were analysed selectively, then given up on', () => {
  it('read no quotation those paragraphs left in the arena (a name typed twice at the top, then the first letter replaced)', () => {
    // The typed name makes later paragraphs read what differs; the second one makes a paragraph's numbering
    // differ, so the analysis goes on to the end from there: a rule that searched the quotations found the
    // ones the abandoned pass had written further on, and offered a fix the whole-text analysis does not.
    let text = generateDraft(6 * 1024, 14);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    const at = Math.floor(0.22288094856593493 * text.length);
    const steps: [number, string, number][] = [[at, 'Maria Lopez said. ', 0], ...Array.from({ length: 11 }, (): [number, string, number] => [0, 'x', 0]), [0, 'Maria Lopez said. ', 0], [0, 'x', 1]];
    for (const [p, insert, remove] of steps) {
      text = text.slice(0, p) + insert + text.slice(p + remove);
      expect(inc.analyze(text)).toEqual(analyze(text));
    }
  });
});
