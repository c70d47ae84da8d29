/**
 * Quotation marks in one block, paired in a single left-to-right pass.
 *
 * Curly double quotes and guillemets say which side they are on; straight
 * double quotes toggle, and so do two apostrophes in a row (''like this'',
 * the typewriter style of text converted from TeX or from archives such as
 * the New York Times articles of PolNeAR: two apostrophes are never one). A curly single closing mark is also the apostrophe, so
 * it closes a single quotation only when no letter follows it ("‘victory,’"
 * closes, "Korea’s" does not); straight single quotes are left alone. An
 * unclosed double quotation runs to the end of its block (newsroom style opens
 * each paragraph of a long quotation without closing the previous one); an
 * unclosed single one is dropped as an apostrophe.
 */
import { isWordChar } from '../lexicon/tokens';
import type { Span } from '../types';

/** A quotation found by the scanner: its span covers both marks. */
export interface QuoteSpan extends Span {
  /** True for ‘single’ quotations, which are often scare quotes of a phrase. */
  single: boolean;
  /** False when the quotation runs to the end of the block with no closing mark. */
  closed: boolean;
}

/** Finds the quotations in `text.slice(from, to)`. Linear in the length. */
export function scanQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let dbl = -1;
  let sgl = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are not quotation marks: one range test skips them.
    if (c !== 0x22 && c !== 0x27 && c !== 0xab && c !== 0xbb && (c < 0x2018 || c > 0x201e)) continue;
    if (c === 0x27) {
      // One apostrophe is an apostrophe; two in a row are a double quotation mark.
      if (i + 1 >= to || text.charCodeAt(i + 1) !== 0x27) continue;
      if (dbl >= 0) {
        out.push({ start: dbl, end: i + 2, single: false, closed: true });
        dbl = -1;
        sgl = -1;
      } else dbl = i;
      i++;
      continue;
    }
    if (c === 0x201c || c === 0xab || c === 0x201e) {
      if (dbl < 0) dbl = i;
    } else if (c === 0x201d || c === 0xbb) {
      if (dbl >= 0) {
        out.push({ start: dbl, end: i + 1, single: false, closed: true });
        dbl = -1;
        sgl = -1;
      }
    } else if (c === 0x22) {
      if (dbl >= 0) {
        out.push({ start: dbl, end: i + 1, single: false, closed: true });
        dbl = -1;
        sgl = -1;
      } else if (!isDigitBefore(text, i)) dbl = i;
    } else if (c === 0x2018) {
      if (sgl < 0 && !isWordChar(text[i - 1])) sgl = i;
    } else if (c === 0x2019) {
      if (sgl >= 0 && !isWordChar(text[i + 1])) {
        out.push({ start: sgl, end: i + 1, single: true, closed: true });
        sgl = -1;
      }
    }
  }
  if (dbl >= 0) out.push({ start: dbl, end: to, single: false, closed: false });
  // Nested single quotations inside a double one are part of it.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteSpan[] = [];
  for (const q of out) {
    const last = kept[kept.length - 1];
    if (last && q.start < last.end) continue;
    kept.push(q);
  }
  return kept;
}

function isDigitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c >= 48 && c <= 57;
}
