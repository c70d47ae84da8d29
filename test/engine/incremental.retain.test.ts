/**
 * What an incremental analysis keeps alive (server/src/engine/incremental.ts,
 * `withRuns`): its runs of findings name the previous call's analysis
 * (`FindingRuns.previous`), and an analysis must not keep that one, or every
 * analysis since the draft was opened stays in memory (each with its text and
 * per-paragraph results). Typing is replayed as the language server does it:
 * one keystroke per turn of the event loop, the runs read after each, only the
 * latest analysis held. Collection is forced through V8's `gc`, made
 * available at run time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { createIncrementalAnalyzer, findingRuns, type Analysis } from '../../server/src/engine';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The next turn of the event loop: V8 keeps a `WeakRef`'s target alive until the turn that dereferenced it ends. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('an incremental analysis', () => {
  it('does not keep the analyses before the previous one alive once its runs are read', async () => {
    let text = generateDraft(20_000, 7);
    const inc = createIncrementalAnalyzer();
    let current: Analysis = inc.analyze(text);
    const first = new WeakRef(current);
    let at = text.indexOf('. ', text.length >> 1) + 2;
    let runs = 0;
    for (let k = 0; k < 12; k++) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      at++;
      const next = inc.analyze(text);
      const found = findingRuns(next);
      // The runs name the analysis before, which the caller still holds here.
      if (found) {
        expect(found.previous).toBe(current);
        runs++;
      }
      current = next;
      await nextTurn();
    }
    expect(runs).toBeGreaterThan(0);
    gc();
    await nextTurn();
    gc();
    expect(first.deref()).toBeUndefined();
  });

  it('still gives the runs with the previous analysis while the caller holds it, when read again', async () => {
    let text = generateDraft(20_000, 8);
    const inc = createIncrementalAnalyzer();
    const previous = inc.analyze(text);
    const at = text.indexOf('. ', text.length >> 1) + 2;
    text = text.slice(0, at) + 'x' + text.slice(at);
    const next = inc.analyze(text);
    const once = findingRuns(next);
    await nextTurn();
    gc();
    const again = findingRuns(next);
    expect(once?.previous).toBe(previous);
    expect(again?.previous).toBe(previous);
    expect(again?.runs).toEqual(once?.runs);
  });
});
