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
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  // ASCII answers without the Unicode pattern: nearly every call.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

/** Lower-cases text and makes curly apostrophes straight, keeping its length. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The last few tokenizations. Classification asks several questions of the
 * same sentence (is it a headline, a definition, a prediction…), each wanting
 * its words: the sentence is tokenized once, not once per question.
 */
const recent: { text: string; base: number; tokens: readonly Token[] }[] = [];
const RECENT_MAX = 4;

/**
 * Splits `text` into words; `base` is the document offset of `text[0]`. The
 * array may be shared with other callers asking for the same text: never
 * change it.
 */
export function tokenize(text: string, base = 0): readonly Token[] {
  for (const r of recent) if (r.base === base && r.text === text) return r.tokens;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // A trailing period belongs to the sentence, not the word, except in
    // abbreviations such as "U.S." that the pattern keeps whole.
    const word = m[0];
    out.push({ start: base + m.index, end: base + m.index + word.length, text: word, lower: normalize(word) });
  }
  if (recent.length === RECENT_MAX) recent.pop();
  recent.unshift({ text, base, tokens: out });
  return out;
}

/** A phrase ready to search for: normalised, with its word-boundary checks. */
interface Needle {
  entry: string;
  p: string;
  checkStart: boolean;
  checkEnd: boolean;
}

function needle(entry: string): Needle {
  const p = normalize(entry);
  return { entry, p, checkStart: p !== '' && isWordChar(p[0]), checkEnd: p !== '' && isWordChar(p[p.length - 1]) };
}

function findNeedle(lower: string, n: Needle, from: number): number {
  const { p } = n;
  if (!p) return -1;
  for (let i = lower.indexOf(p, from); i !== -1; i = lower.indexOf(p, i + 1)) {
    if (n.checkStart && isWordChar(lower[i - 1])) continue;
    if (n.checkEnd && isWordChar(lower[i + p.length])) continue;
    return i;
  }
  return -1;
}

/**
 * The word lists, normalised once. Lists are module constants or built once
 * per configuration, so a weak map keyed by the list keeps nothing alive.
 */
const needles = new WeakMap<readonly string[], Needle[]>();

function needlesOf(list: readonly string[]): Needle[] {
  let out = needles.get(list);
  if (!out) needles.set(list, (out = list.map(needle)));
  return out;
}

/**
 * Finds `phrase` in `lower` (already normalised) as a whole word or words,
 * starting the search at `from`. Returns the index, or -1.
 */
export function findPhrase(lower: string, phrase: string, from = 0): number {
  return findNeedle(lower, needle(phrase), from);
}

/** The entries of `list` found in `lower` as whole words, in list order. */
export function findAll(lower: string, list: readonly string[]): string[] {
  return needlesOf(list).filter((n) => findNeedle(lower, n, 0) !== -1).map((n) => n.entry);
}

/** True when any entry of `list` is found in `lower` as a whole word. */
export function containsAny(lower: string, list: readonly string[]): boolean {
  return needlesOf(list).some((n) => findNeedle(lower, n, 0) !== -1);
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
