/**
 * One draft analysed in two halves that can run side by side, on two threads:
 * the attribution stage in one (`createAttributor`), classification and the
 * rules in the other (`createAssembler`), block after block as the first half
 * hands its results over. The result is `analyze(text)`, byte for byte.
 *
 * Why these halves and not two halves of the draft. A draft cut in two and
 * the second part analysed from an empty discourse state, then mended by the
 * incremental analyzer's machinery (the blocks that read a part of the state
 * that differs analysed again), saves almost nothing on news: names recur,
 * and in the 10 MB benchmark draft 71 % of the blocks after the middle read a
 * name key, the list of recent persons or the last thing or group that the
 * first half had set (docs/performance.md). The discourse state is the
 * attribution stage's alone; classification carries only a little from
 * block to block, and the rules none. So the attribution stage runs through
 * the draft in order on one thread, and the other thread classifies and
 * checks each block as soon as its attributions arrive: each thread does
 * about half the work.
 *
 * Both halves are the incremental analyzer's per-block steps
 * (`attributeBlock`, `completeBlock` and `assemble` in incremental.ts), the
 * very code its first call runs, so nothing here analyses anything its own
 * way. What crosses between the halves is plain data (the attribution
 * stage's per-block results, and the source entities at the end), as a
 * worker thread's messages must be.
 */
import { DiscourseState, type BlockResult } from './attribution';
import { newCarry } from './classify';
import { analyze, type AnalyzeOptions } from './index';
import { assemble, attributeBlock, completeBlock, documentEnv, newArena, type BlockPart } from './incremental';
import type { Analysis, SourceEntity } from './types';

/** The attribution half: runs the attribution stage over the draft's blocks, in order. */
export interface Attributor {
  /** How many blocks the draft has. */
  readonly blocks: number;
  /** Where block `bi` ends, for cutting the blocks into batches of a size. */
  blockEnd(bi: number): number;
  /** The attribution stage's results for the blocks after the last one asked for, up to block `to` (excluded). */
  attribute(to: number): BlockResult[];
  /** The source entities the attribution stage found; complete once every block is attributed. */
  readonly entities: SourceEntity[];
}

/** Starts the attribution half on `text` (it prepares the draft as `analyze` does). */
export function createAttributor(text: string, options: AnalyzeOptions = {}): Attributor {
  const env = documentEnv(text, options);
  const state = new DiscourseState();
  const n = env.doc.blocks.length;
  let next = 0;
  return {
    blocks: n,
    blockEnd: (bi) => env.doc.blocks[bi + 1]?.start ?? env.text.length,
    attribute(to: number): BlockResult[] {
      if (!Number.isInteger(to) || to < next || to > n) throw new RangeError(`cannot attribute up to block ${to}: the next block is ${next} of ${n} blocks`);
      const out: BlockResult[] = [];
      for (; next < to; next++) out.push(attributeBlock(env, next, state));
      return out;
    },
    get entities() {
      return state.entities;
    },
  };
}

/** The classification half: classifies and checks each block as its attribution results arrive. */
export interface Assembler {
  /** Classifies and checks the next blocks, given the attribution half's results for them, in order. */
  add(found: readonly BlockResult[]): void;
  /** The analysis, once every block has been added; `entities` are the attribution half's. */
  finish(entities: SourceEntity[]): Analysis;
}

/** Starts the classification half on `text` (it prepares the draft too: the halves share nothing but their messages). */
export function createAssembler(text: string, options: AnalyzeOptions = {}): Assembler {
  const env = documentEnv(text, options);
  const n = env.doc.blocks.length;
  const carry = newCarry();
  const arena = newArena(env.sentences.length, 0, 0);
  const parts: BlockPart[] = [];
  let a0 = 0;
  let q0 = 0;
  let extras = false;
  return {
    add(found: readonly BlockResult[]): void {
      if (parts.length + found.length > n) throw new RangeError(`${parts.length + found.length} blocks added to a draft of ${n} blocks`);
      for (const result of found) {
        const part = completeBlock(env, parts.length, result, carry, a0, q0, false, arena);
        parts.push(part);
        a0 += part.na;
        q0 += part.quotes;
        if (part.extras > 0) extras = true;
      }
    },
    finish(entities: SourceEntity[]): Analysis {
      if (parts.length !== n) throw new RangeError(`only ${parts.length} of the draft's ${n} blocks were added`);
      let whole: Analysis | undefined;
      const fallback = () => (whole ??= analyze(text, options));
      // Markup the attribution stage had not reported, or blocks whose
      // attributions are out of document order: rare, and left to the
      // whole-document path, as the incremental analyzer does.
      if (extras) return fallback();
      return assemble(env, parts, entities, false, fallback) ?? fallback();
    },
  };
}
