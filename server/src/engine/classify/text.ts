/**
 * Small text helpers for classification: word tokens with document offsets and
 * whole-word phrase matching against the word lists in `words.ts`.
 *
 * Everything here is linear in the length of the text it is given (one
 * sentence), and no list entry is ever turned into a regular expression.
 */
import type { Span } from '../types';

/** A word of a sentence with its document offsets. */
export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** The word in lower case, with curly apostrophes made straight. */
  lower: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;

/** True when `ch` is a letter or a digit. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** Lower-cases text and makes curly apostrophes straight, keeping its length. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** Splits `text` into words; `base` is the document offset of `text[0]`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // A trailing period belongs to the sentence, not the word, except in
    // abbreviations such as "U.S." that the pattern keeps whole.
    const word = m[0];
    out.push({ start: base + m.index, end: base + m.index + word.length, text: word, lower: normalize(word) });
  }
  return out;
}

/**
 * Finds `phrase` in `lower` (already normalised) as a whole word or words,
 * starting the search at `from`. Returns the index, or -1.
 */
export function findPhrase(lower: string, phrase: string, from = 0): number {
  const p = normalize(phrase);
  if (!p) return -1;
  const checkStart = isWordChar(p[0]);
  const checkEnd = isWordChar(p[p.length - 1]);
  for (let i = lower.indexOf(p, from); i !== -1; i = lower.indexOf(p, i + 1)) {
    if (checkStart && isWordChar(lower[i - 1])) continue;
    if (checkEnd && isWordChar(lower[i + p.length])) continue;
    return i;
  }
  return -1;
}

/** The entries of `list` found in `lower` as whole words, in list order. */
export function findAll(lower: string, list: readonly string[]): string[] {
  return list.filter((entry) => findPhrase(lower, entry) !== -1);
}

/** True when any entry of `list` is found in `lower` as a whole word. */
export function containsAny(lower: string, list: readonly string[]): boolean {
  return list.some((entry) => findPhrase(lower, entry) !== -1);
}

/** True when any of the patterns matches `text`. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Counts words in a piece of text. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}

/**
 * Trims a span of the document so that it starts and ends on a non-space
 * character of `text` (the prose view). An all-space span comes back empty at
 * its start.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Text for a message: white space collapsed, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
