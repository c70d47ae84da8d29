// PLACEHOLDER (replaced by the prose stage): naive split on end punctuation.
import type { ProseDocument, Sentence } from './types';

/** Splits every prose block into sentences. */
export function splitSentences(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const b of doc.blocks) {
    const re = /[^.!?]+[.!?]*/g;
    const text = doc.prose.slice(b.start, b.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const s = b.start + m.index + lead;
      const e = b.start + m.index + m[0].trimEnd().length;
      if (e > s) out.push({ index: out.length, block: b.index, start: s, end: e, open: !/[.!?]$/.test(m[0].trimEnd()) });
    }
  }
  return out;
}
