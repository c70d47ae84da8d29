/**
 * What the PolNeAR trainers (./cue-model.ts, ./tagger.ts) share: the
 * tokens of each sentence with the closed double quotations they stand in,
 * and the fixed pseudo-random order they pass over their examples in, so a
 * rerun writes the same model.
 */
import { scanQuotes } from '../../server/src/engine/attribution/quotes';
import { tokenize, type Token } from '../../server/src/engine/lexicon/tokens';
import type { ProseDocument, Sentence } from '../../server/src/engine/types';

/** One sentence's tokens, and for each token whether it stands inside a closed double quotation. */
export interface QuotedTokens {
  sentence: Sentence;
  toks: Token[];
  inQuote: boolean[];
}

/** The tokens of each sentence of a document, with the closed double quotations of its block (scanned once per block). */
export function quotedTokens(doc: ProseDocument, sentences: readonly Sentence[]): QuotedTokens[] {
  const out: QuotedTokens[] = [];
  const quotesByBlock = new Map<number, Array<{ start: number; end: number }>>();
  for (const s of sentences) {
    let qs = quotesByBlock.get(s.block);
    if (!qs) {
      const b = doc.blocks[s.block]!;
      qs = scanQuotes(doc.prose, b.start, b.end).filter((q) => !q.single && q.closed);
      quotesByBlock.set(s.block, qs);
    }
    const toks = tokenize(doc.prose, s.start, s.end);
    out.push({ sentence: s, toks, inQuote: toks.map((t) => qs!.some((q) => q.start < t.start && t.end < q.end)) });
  }
  return out;
}

/**
 * Returns a function that shuffles the indexes 0 … n − 1 again at each call
 * (Fisher–Yates, each shuffle starting from the previous call's order) with a
 * linear congruential generator seeded with `seed`: the same sequence of
 * orders on every run.
 */
export function epochOrders(n: number, seed = 12345): () => number[] {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff), state / 0x7fffffff);
  const order = Array.from({ length: n }, (_, k) => k);
  return () => {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    return order;
  };
}
