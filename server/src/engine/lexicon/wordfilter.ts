/**
 * A quick "certainly not" for look-ups of words in a fixed set. The attribution
 * stage asks a map about every word of every sentence (is it a trigger of a cue
 * rule, is it in the learned model's vocabulary), and most words are in
 * neither: a map look-up hashes the whole word first, while this filter reads
 * three of its characters and one bit. A word the filter lets through is still
 * looked up, so the answers are the map's own.
 */

/** Bits in the filter: 2^16, a few kilobytes, few enough collisions for a list of a few thousand words. */
const BITS = 1 << 16;

/** The filter's key of a non-empty word: its length and its first, middle and last code units. */
function key(w: string): number {
  const n = w.length;
  return (w.charCodeAt(0) * 977 + w.charCodeAt(n >> 1) * 7 + w.charCodeAt(n - 1) * 31 + n) & (BITS - 1);
}

/** A set of words, as bits: no false "no", some false "maybe". */
export class WordFilter {
  private readonly bits = new Uint32Array(BITS / 32);

  /** A filter admitting every word of `words`. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w === '') continue;
      const k = key(w);
      this.bits[k >>> 5]! |= 1 << (k & 31);
    }
  }

  /** False only when `w` is certainly not one of the words the filter was made from. */
  mayHave(w: string): boolean {
    if (w === '') return true;
    const k = key(w);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
