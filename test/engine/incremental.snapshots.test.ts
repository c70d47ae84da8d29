/**
 * The analysis of a whole draft keeps a snapshot of the discourse state
 * every few hundred paragraphs (server/src/engine/incremental.ts,
 * `SNAPSHOT_EVERY`), so the first keystroke after opening a long draft
 * replays the logs of the paragraphs since the nearest snapshot before it,
 * not of every paragraph before it; a snapshot before the edit stays and
 * serves a later first keystroke before it. Every version must equal a fresh
 * `analyze()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { MAX_SNAPSHOTS, SNAPSHOT_EVERY, snapshotSpacing } from '../../server/src/engine/incremental';

describe('snapshots of the analysis of a whole draft', () => {
  it('replays fewer than SNAPSHOT_EVERY paragraphs on the first keystroke anywhere in a long draft, and equals a fresh analysis', () => {
    let text = generateDraft(240 * 1024, 11);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    const blocks = inc.stats.blocks;
    expect(blocks).toBeGreaterThan(3 * SNAPSHOT_EVERY);
    // A sentence end in a paragraph without quotations, after `frac` of the draft.
    const spot = (frac: number) => {
      for (let i = text.indexOf('. ', Math.floor(text.length * frac)); i >= 0; i = text.indexOf('. ', i + 2)) {
        const paragraph = text.slice(text.lastIndexOf('\n\n', i) + 2, text.indexOf('\n\n', i));
        if (/^[A-Z]/.test(paragraph) && !/["“”]/.test(paragraph)) return i + 2;
      }
      throw new Error(`no place to type after ${frac}`);
    };
    const rebuilt: number[] = [];
    // The middle first (the snapshots of the opening analysis), then before it (a snapshot kept from
    // then), then after it (the snapshot before the last edit: the paragraphs between are replayed).
    for (const frac of [0.5, 0.2, 0.8]) {
      let at = spot(frac);
      for (let i = 0; i < 2; i++) {
        text = text.slice(0, at) + 'Ms Okafor said so. '.charAt(i) + text.slice(at);
        at++;
        expect(inc.analyze(text), `typing at ${frac}`).toEqual(analyze(text));
        if (i === 0) rebuilt.push(inc.stats.rebuilt ?? -1);
      }
    }
    expect(rebuilt[0]).toBeGreaterThanOrEqual(0);
    expect(rebuilt[0]).toBeLessThan(SNAPSHOT_EVERY);
    expect(rebuilt[1]).toBeGreaterThanOrEqual(0);
    expect(rebuilt[1]).toBeLessThan(SNAPSHOT_EVERY);
    // Past the snapshots kept (those before the middle): from the edit before, a fifth of the draft and more.
    expect(rebuilt[2]).toBeGreaterThan(SNAPSHOT_EVERY);
  }, 120_000);

  it('keeps at most MAX_SNAPSHOTS of them, every SNAPSHOT_EVERY paragraphs up to that and spread evenly past it', () => {
    // Each snapshot copies the state so far, which grows with the draft: at a fixed spacing 4 MB held 74.7 MB of them.
    expect([8978, 9537].map(snapshotSpacing)).toEqual([SNAPSHOT_EVERY, SNAPSHOT_EVERY]); // 1 MB (8,978 paragraphs, seed 11; the benchmark draft 9,537) keeps all of them
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), (blocks) => {
        const every = snapshotSpacing(blocks);
        // The whole analysis takes one before every block `bi > 0` with `bi % every === 0`.
        expect(Math.floor((blocks - 1) / every)).toBeLessThanOrEqual(MAX_SNAPSHOTS);
        expect(every).toBeGreaterThanOrEqual(SNAPSHOT_EVERY);
        if (blocks <= SNAPSHOT_EVERY * MAX_SNAPSHOTS) expect(every).toBe(SNAPSHOT_EVERY);
      }),
    );
  });
});
