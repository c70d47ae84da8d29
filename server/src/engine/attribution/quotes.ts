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
 * unclosed single one is dropped as an apostrophe. A quotation of the other
 * style nested inside a double one ("… read you the question: “As you know
 * …?” Forty-three, yes …" in straight marks around curly ones, or the other
 * way round) is part of it: its closing mark does not close the outer one.
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
  // The style of the open double quotation (straight or curly) and whether a
  // quotation of the other style is open inside it.
  let straight = false;
  let nested = false;
  const close = (end: number) => {
    out.push({ start: dbl, end, single: false, closed: true });
    dbl = -1;
    sgl = -1;
    nested = false;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are not quotation marks: one range test skips them.
    if (c !== 0x22 && c !== 0x27 && c !== 0xab && c !== 0xbb && (c < 0x2018 || c > 0x201e)) continue;
    if (c === 0x27) {
      // One apostrophe is an apostrophe; two in a row are a double quotation mark.
      if (i + 1 >= to || text.charCodeAt(i + 1) !== 0x27) continue;
      if (dbl >= 0) close(i + 2);
      else {
        dbl = i;
        straight = true;
      }
      i++;
      continue;
    }
    if (c === 0x201c || c === 0xab || c === 0x201e) {
      if (dbl < 0) {
        dbl = i;
        straight = false;
      } else if (straight) nested = true;
    } else if (c === 0x201d || c === 0xbb) {
      if (dbl >= 0) {
        if (straight && nested) nested = false;
        else close(i + 1);
      }
    } else if (c === 0x22) {
      if (dbl < 0) {
        // ""“You don’t win …,” Rubio responded …"": a straight mark right
        // before a curly one wraps a passage quoted whole; the curly marks
        // inside pair as they would alone.
        if (!isDigitBefore(text, i) && text.charCodeAt(i + 1) !== 0x201c) {
          dbl = i;
          straight = true;
        }
      } else if (straight) close(i + 1);
      else if (nested) nested = false;
      // Inside a curly quotation, a straight mark that opens a word after a
      // space opens a nested quotation; any other one closes (mixed marks).
      // An editor's bracket opens a word too ("[SOURCE] said", "[who?]"), so
      // the placeholder a fix puts for '"Officials said' reads as they did.
      else if (isSpaceBefore(text, i) && (isWordChar(text[i + 1]) || text[i + 1] === '[')) nested = true;
      else close(i + 1);
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

function isSpaceBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c === 32 || c === 9 || c === 10 || c === 40 || c === 0xa0;
}

function isDigitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c >= 48 && c <= 57;
}
