/**
 * Generic, pure text utilities shared by the engine stages and the fix
 * generator. Every offset is a UTF-16 code unit offset; every range is
 * half-open.
 *
 * Line breaks are `\r\n`, a lone `\r` and `\n`, exactly the breaks that
 * CommonMark (and markdown-it's normalize rule) recognise, so a line number
 * computed here is the line number markdown-it reports in `Token.map`.
 */

/**
 * A closing mark that may follow a sentence's final punctuation: a quotation
 * mark, a bracket or emphasis. A fix adding words at a sentence's end puts its
 * comma in front of them (`appendBeforePunctuation`), and the classifier reads
 * such a comma as ending the reported words before a tag: one class, so that
 * what a fix writes is what is read.
 */
export const CLOSING_MARK = /["'”’»)\]*_]/;

/**
 * Returns the offset at which each line of `text` starts. The first entry is
 * always 0; a text ending with a line break has a last, empty line.
 */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // Fast path: only `\n` breaks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Returns the offset where the line that starts at `lineStart` ends, before
 * its line break (or the text length for the last line).
 */
export function lineEndOffset(text: string, lineStart: number): number {
  const n = text.length;
  for (let i = lineStart; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return n;
}

/**
 * Returns the offset where line `line` ends, before its line break, given the
 * line starts of the text (see {@link lineStartOffsets}).
 */
export function lineEndOf(text: string, starts: readonly number[], line: number): number {
  const next = starts[line + 1];
  if (next === undefined) return text.length;
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

/**
 * Returns the 0-based line that contains `offset`, given the line starts of
 * the text (see {@link lineStartOffsets}). Offsets past the end map to the
 * last line. Binary search: O(log lines).
 */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * True for code units that count as whitespace between words: the ASCII
 * whitespace, no-break space and the Unicode space separators, plus U+FEFF.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `s.replace(/\s+/g, ' ')`: every run of white space made one space. Most
 * texts (a cue, a source, a message's quotation) have nothing to replace, and
 * come back as they are without running the pattern.
 */
export function collapseWhiteSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isWhitespaceCode(s.charCodeAt(i + 1)) : isWhitespaceCode(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Shrinks `[start, end)` of `text` so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Finds the next occurrence of a fixed string at or after a position, caching
 * the last answer so that a left-to-right scan asking again and again costs
 * linear time overall (each `indexOf` starts past the previous hit).
 */
export class ForwardFinder {
  private next = -2;
  private from = 0;

  /** `needle` is searched in `text`. */
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Offset of the first occurrence at or after `pos`, or -1. */
  find(pos: number): number {
    if (this.next === -1 && pos >= this.from) return -1;
    if (this.next >= pos && pos >= this.from) return this.next;
    this.from = pos;
    this.next = this.text.indexOf(this.needle, pos);
    return this.next;
  }
}

/**
 * The first index in `[0, length)` for which `before(index)` is false, where
 * `before` is true for a prefix of the indexes and false after it (binary search).
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many texts each pool keeps before it starts again. The pools live as
 * long as the process, so what they hold stays after every draft is closed:
 * at 4,096 and 8,192 texts the server's heap after closing its drafts grew
 * round after round (test/reliability/memory.test.ts: 25.8, 26.3, 27.1 MB
 * against a 24.0 MB baseline), at 512 it stays flat (24.7, 24.7, 24.5 against
 * 23.6). Starting again loses little: a frequent text is shared again from
 * its next use, so one analysis of the 10 MB benchmark draft keeps 143.6 MB
 * against 142.5 MB with the larger pools (heap after collection, in process).
 */
export const POOL_SIZE = 512;

/**
 * One string kept for each distinct text passed to `share`, so that equal
 * texts made again and again (a finding's message, a claim's reason: a long
 * draft has a few hundred distinct ones among tens of thousands) are held
 * once instead of each as its own string. At most `max` texts are kept; when
 * full, the pool starts again empty, so a long-running process holds little
 * and a text is only ever shared, never changed.
 */
export class TextPool {
  private readonly texts = new Map<string, string>();

  constructor(private readonly max: number) {}

  /** How many texts the pool holds. */
  get size(): number {
    return this.texts.size;
  }

  /** The pool's string equal to `text`, `text` itself when there is none yet. */
  share(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size >= this.max) this.texts.clear();
    this.texts.set(text, text);
    return text;
  }
}
