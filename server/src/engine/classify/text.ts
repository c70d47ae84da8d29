/**
 * Small text helpers for classification: word tokens with document offsets and
 * whole-word phrase matching against the word lists in `words.ts`.
 *
 * Everything here is linear in the length of the text it is given (one
 * sentence), and no list entry is ever turned into a regular expression.
 */
import { PrefilterIndex } from '../prefilter';
import { collapseWhiteSpace } from '../text';
import type { Span } from '../types';

/** A word of a sentence with its document offsets. */
export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** The word in lower case, with curly apostrophes made straight. */
  lower: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether each UTF-16 code unit is a letter or a digit (0 not yet known, 1
 * yes, 2 no), filled as characters are met: the Unicode pattern is asked once
 * per character, not once per occurrence.
 */
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** True when the code unit `c` is on its own a letter or a digit (a surrogate never is). */
function isWordUnit(c: number): boolean {
  let k = UNIT_CLASS[c]!;
  if (k === 0) UNIT_CLASS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** True when the code point `cp` is a letter or a digit. */
function isWordPoint(cp: number): boolean {
  return cp < 0x10000 ? isWordUnit(cp) : WORD_CHAR.test(String.fromCodePoint(cp));
}

/** True when `ch` is a letter or a digit. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  // ASCII answers on its first character; a longer string (an astral letter) goes to the pattern.
  return c < 128 || ch.length === 1 ? isWordUnit(c) : WORD_CHAR.test(ch);
}

/**
 * The runs of letters and digits of `text` joined by single spaces, and
 * nothing else: `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, read code point
 * by code point with the classes `isWordPoint` keeps instead of running the
 * Unicode pattern (which cost about 100 ns per character on quotations).
 */
export function lettersAndDigits(text: string): string {
  const n = text.length;
  let out = '';
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (!isWordPoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    while (j < n && isWordPoint((cp = text.codePointAt(j)!))) j += cp > 0xffff ? 2 : 1;
    out = out === '' ? text.slice(i, j) : `${out} ${text.slice(i, j)}`;
    i = j;
  }
  return out;
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
 * Scans the words of `text` and hands each one's start, end and whether it
 * needs lower-casing to `visit`. A word is a letter or digit, then letters,
 * digits and the joiners ' ’ . - as long as it ends on a letter or digit: a
 * trailing period belongs to the sentence, not the word, except in
 * abbreviations such as "U.S." that are kept whole up to their last letter.
 * Letters and digits are whole code points, as in a Unicode regular
 * expression, so an astral letter is one character of a word.
 */
function scanWords(text: string, visit: (start: number, end: number, plain: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (!isWordPoint(cp)) {
      i += w;
      continue;
    }
    // Plain: ASCII with no capital and no curly apostrophe, already normal.
    let plain = cp < 128 && !(cp >= 65 && cp <= 90);
    let end = i + w;
    let j = end;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if (UNIT_CLASS[d] === 1) {
          if (d >= 65 && d <= 90) plain = false;
          end = ++j;
        } else if (d === 0x27 || d === 0x2e || d === 0x2d) j++;
        else break;
      } else if (d === 0x2019) {
        plain = false;
        j++;
      } else {
        const e = text.codePointAt(j)!;
        if (!isWordPoint(e)) break;
        plain = false;
        end = j += e > 0xffff ? 2 : 1;
      }
    }
    visit(i, end, plain);
    i = end;
  }
}

/**
 * Splits `text` into words; `base` is the document offset of `text[0]`. The
 * array may be shared with other callers asking for the same text: never
 * change it.
 */
export function tokenize(text: string, base = 0): readonly Token[] {
  for (const r of recent) if (r.base === base && r.text === text) return r.tokens;
  const out: Token[] = [];
  scanWords(text, (start, end, plain) => {
    const word = text.slice(start, end);
    out.push({ start: base + start, end: base + end, text: word, lower: plain ? word : normalize(word) });
  });
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
 * A word list compiled for whole-word search. A phrase that starts with a
 * letter or digit can only match where a run of letters and digits starts,
 * and that run must be the phrase's own first run (what follows the run in
 * the phrase, or the end check, stops it there): such phrases are found by
 * one scan over the runs of the text and a look-up of each run. The few that
 * start otherwise ("'ll") are searched for one by one.
 */
interface CompiledList {
  needles: Needle[];
  /** Phrases starting with a letter or digit, by their first run. */
  byFirstRun: Map<string, Needle[]>;
  /**
   * The `runKey` of every key of `byFirstRun`, as bits: a run whose bit is
   * clear is certainly not a key, so most runs of a text are turned away
   * without hashing them into the map.
   */
  runBits: Uint32Array;
  /** The other phrases. */
  loose: Needle[];
}

/** Bits of a list's filter of first runs (`CompiledList.runBits`): 2^12, for lists of up to a few hundred entries. */
const RUN_BITS = 1 << 12;

/**
 * The filter key of the run `s.slice(start, end)` (not empty), read from
 * its length and its first, middle and last code units without slicing it.
 */
function runKey(s: string, start: number, end: number): number {
  const n = end - start;
  return (s.charCodeAt(start) * 977 + s.charCodeAt(start + (n >> 1)) * 7 + s.charCodeAt(end - 1) * 31 + n) & (RUN_BITS - 1);
}

/** The end of the run of letters and digits (code unit by code unit) starting at `i`. */
function runEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWordUnit(s.charCodeAt(j))) j++;
  return j;
}

/**
 * The word lists, compiled once. Lists are module constants or built once per
 * configuration, so a weak map keyed by the list keeps nothing alive.
 */
const compiledLists = new WeakMap<readonly string[], CompiledList>();

function compiled(list: readonly string[]): CompiledList {
  let out = compiledLists.get(list);
  if (out) return out;
  const needles = list.map(needle);
  const byFirstRun = new Map<string, Needle[]>();
  const runBits = new Uint32Array(RUN_BITS / 32);
  const loose: Needle[] = [];
  for (const n of needles) {
    if (!n.p) continue;
    if (!n.checkStart) {
      loose.push(n);
      continue;
    }
    const firstEnd = runEnd(n.p, 0);
    const first = n.p.slice(0, firstEnd);
    const k = runKey(n.p, 0, firstEnd);
    runBits[k >>> 5]! |= 1 << (k & 31);
    const group = byFirstRun.get(first);
    if (group) group.push(n);
    else byFirstRun.set(first, [n]);
  }
  compiledLists.set(list, (out = { needles, byFirstRun, runBits, loose }));
  return out;
}

/**
 * Calls `found` for each phrase of the list that occurs in `lower` as whole
 * words (a phrase found several times, several times) until it returns true.
 * Returns true when it did.
 */
function scanList(lower: string, c: CompiledList, found: (n: Needle) => boolean): boolean {
  for (const n of c.loose) if (findNeedle(lower, n, 0) !== -1 && found(n)) return true;
  if (c.byFirstRun.size === 0) return false;
  const { starts, keys, words } = wordRuns(lower);
  const len = lower.length;
  const bits = c.runBits;
  for (let k = 0; k < words.length; k++) {
    const key = keys[k]!;
    if ((bits[key >>> 5]! & (1 << (key & 31))) === 0) continue;
    const group = c.byFirstRun.get(words[k]!);
    if (!group) continue;
    const i = starts[k]!;
    for (const n of group) {
      if (lower.startsWith(n.p, i) && !(n.checkEnd && i + n.p.length < len && isWordUnit(lower.charCodeAt(i + n.p.length))) && found(n)) return true;
    }
  }
  return false;
}

/** The runs of letters and digits of a text, with their filter keys (`runKey`). */
interface WordRuns {
  text: string;
  starts: number[];
  keys: number[];
  words: string[];
}

/** The runs of the last text searched: several lists are searched in the same sentence. */
let lastRuns: WordRuns = { text: '', starts: [], keys: [], words: [] };

function wordRuns(lower: string): WordRuns {
  if (lastRuns.text === lower) return lastRuns;
  const starts: number[] = [];
  const keys: number[] = [];
  const words: string[] = [];
  const len = lower.length;
  let i = 0;
  while (i < len) {
    if (!isWordUnit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const j = runEnd(lower, i);
    starts.push(i);
    keys.push(runKey(lower, i, j));
    words.push(lower.slice(i, j));
    i = j;
  }
  lastRuns = { text: lower, starts, keys, words };
  return lastRuns;
}

/** The entries of `list` found in `lower` as whole words, in list order. */
export function findAll(lower: string, list: readonly string[]): string[] {
  const c = compiled(list);
  const hit = new Set<Needle>();
  scanList(lower, c, (n) => (hit.add(n), false));
  return c.needles.filter((n) => hit.has(n)).map((n) => n.entry);
}

/** True when any entry of `list` is found in `lower` as a whole word. */
export function containsAny(lower: string, list: readonly string[]): boolean {
  return scanList(lower, compiled(list), () => true);
}

/** The prefilters of the patterns `matchesAny` has met (see `PrefilterIndex`). */
const patternIndex = new PrefilterIndex();

/** Each pattern list's numbers in `patternIndex`, looked up once per list. */
const listNumbers = new WeakMap<readonly RegExp[], Int32Array>();

/**
 * True when any of the patterns matches `text`. A pattern with a literal
 * prefilter (`../prefilter.ts`) runs only on a text that contains one of its
 * strings: all prefilters are searched in one pass over the text, shared by
 * the lists asked about the same text, so on most texts most patterns do not
 * run (and a pattern never run is never compiled).
 */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  let numbers = listNumbers.get(patterns);
  if (!numbers) listNumbers.set(patterns, (numbers = Int32Array.from(patterns, (p) => patternIndex.number(p))));
  return patternIndex.matchesAny(patterns, numbers, text);
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Counts words in a piece of text (the words {@link tokenize} would give). */
export function wordCount(text: string): number {
  let count = 0;
  scanWords(text, () => count++);
  return count;
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
  const t = collapseWhiteSpace(text).trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
