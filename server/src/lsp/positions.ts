/**
 * The one place where engine offsets become LSP positions and back.
 *
 * The engine speaks in UTF-16 code unit offsets into the document; LSP speaks
 * in positions: a 0-based line and a 0-based UTF-16 character within that line.
 * Because both count UTF-16 code units, the character of a position is simply
 * the distance from the start of its line: surrogate pairs need no special
 * treatment (an astral character counts as two, in both worlds).
 *
 * Line breaks are `\r\n`, a lone `\r` and `\n`, as in the LSP specification.
 * A {@link LineIndex} is built once per text in one linear pass; every
 * conversion after that is a binary search over the line starts.
 *
 * Out-of-range input is clamped, never thrown: an offset below 0 or past the
 * end maps to the start or end of the text, a line past the last line maps to
 * the end of the text, and a character past the end of its line maps to the
 * end of that line (the LSP rule).
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { lineOfOffset } from '../engine/text';

/** The start offset of every line of one text, for fast offset↔position conversion. */
export interface LineIndex {
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /** Offset of the first code unit of each line; `lineStarts[0]` is always 0. */
  readonly lineStarts: readonly number[];
  /**
   * Offset just past the last character of each line, before its line break
   * (for the last line: the end of the text).
   */
  readonly lineEnds: readonly number[];
}

/** Builds the line index of a text in one pass over it. */
export function buildLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  const lineEnds: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineEnds.push(i);
      lineStarts.push(i + 1);
    } else if (c === 13 /* \r */) {
      lineEnds.push(i);
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  lineEnds.push(n);
  return { length: n, lineStarts, lineEnds };
}

/**
 * A sequence of changes as one: the text before `start` is untouched, and
 * `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one,
 * whose remainder is the old text's remainder.
 */
export interface CoveringChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The one change that covers a sequence of changes, each given in offsets of
 * the text just before it (`[start, end)` replaced by `length` code units).
 * Undefined for an empty sequence.
 */
export function coveringChange(changes: readonly { start: number; end: number; length: number }[]): CoveringChange | undefined {
  let cover: CoveringChange | undefined;
  for (const { start, end, length } of changes) {
    if (!cover) {
      cover = { start, oldEnd: end, newEnd: start + length };
      continue;
    }
    // The current text is old[0, cover.start) + changed + old[cover.oldEnd, …), the changed part ending at cover.newEnd.
    const reach = Math.max(cover.newEnd, end);
    cover = {
      start: Math.min(cover.start, start),
      oldEnd: cover.oldEnd + Math.max(0, end - cover.newEnd),
      newEnd: reach + length - (end - start),
    };
  }
  return cover;
}

/**
 * The line index of `text`, made from the index of the text before `change`
 * (see {@link coveringChange}): the lines before the change are kept, the
 * changed ones scanned again, and the ones after it shifted. Equals
 * `buildLineIndex(text)` at a cost that follows the change and the number of
 * lines, not the length of the text.
 */
export function updateLineIndex(prev: LineIndex, text: string, change: CoveringChange): LineIndex {
  const delta = change.newEnd - change.oldEnd;
  if (prev.length + delta !== text.length) return buildLineIndex(text);
  const n = text.length;
  // The line holding the character before the change: a line break there may pair with what follows it.
  const first = lineOfOffset(prev.lineStarts, Math.max(0, Math.min(prev.length, change.start - 1)));
  const lineStarts = prev.lineStarts.slice(0, first + 1);
  const lineEnds = prev.lineEnds.slice(0, first);
  for (let i = lineStarts[first]!; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lineEnds.push(i);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    const next = i + 1;
    if (next > change.newEnd) {
      // This break's last character is in the unchanged rest: from here on, lines are the old ones shifted.
      const j = lineOfOffset(prev.lineStarts, next - delta);
      if (prev.lineStarts[j] !== next - delta) return buildLineIndex(text);
      for (let k = j; k < prev.lineStarts.length; k++) {
        lineStarts.push(prev.lineStarts[k]! + delta);
        lineEnds.push(prev.lineEnds[k]! + delta);
      }
      return { length: n, lineStarts, lineEnds };
    }
    lineStarts.push(next);
  }
  lineEnds.push(n);
  return { length: n, lineStarts, lineEnds };
}

/** The number of lines of the indexed text (an empty text has one line). */
export function lineCount(index: LineIndex): number {
  return index.lineStarts.length;
}

/** The 0-based line that contains `offset` (clamped into the text). */
export function lineOf(index: LineIndex, offset: number): number {
  return lineOfOffset(index.lineStarts, clampOffset(index, offset));
}

/**
 * Converts a UTF-16 offset to an LSP position. An offset inside a `\r\n` pair
 * (between the two characters) maps to the end of its line, since LSP has no
 * position there.
 */
export function offsetToPosition(index: LineIndex, offset: number): Position {
  const o = clampOffset(index, offset);
  const line = lineOf(index, o);
  const character = Math.min(o, index.lineEnds[line]!) - index.lineStarts[line]!;
  return { line, character };
}

/**
 * Converts offsets to positions as {@link offsetToPosition} does, for offsets
 * that mostly come in document order (a report's claims, sentence by
 * sentence): the line of the last offset and the one after it are tried
 * before a binary search, and no object is made per offset.
 */
export class PositionCursor {
  /** The line of the last offset sought. */
  line = 0;
  /** Its character on that line. */
  character = 0;
  /** The offset where that line starts (so the position's own offset is `lineStart + character`). */
  lineStart = 0;

  constructor(private readonly index: LineIndex) {}

  /** Sets {@link line} and {@link character} to the position of `offset`. */
  seek(offset: number): void {
    const o = clampOffset(this.index, offset);
    const starts = this.index.lineStarts;
    let line = this.line;
    if (starts[line]! > o) line = lineOfOffset(starts, o);
    else if (line + 1 < starts.length && starts[line + 1]! <= o) {
      line++;
      if (line + 1 < starts.length && starts[line + 1]! <= o) line = lineOfOffset(starts, o);
    }
    this.line = line;
    this.lineStart = starts[line]!;
    this.character = Math.min(o, this.index.lineEnds[line]!) - this.lineStart;
  }
}

/** Converts an LSP position to a UTF-16 offset, clamping it into the text. */
export function positionToOffset(index: LineIndex, position: Position): number {
  const { line, character } = position;
  if (!(line >= 0)) return 0;
  if (line >= index.lineStarts.length) return index.length;
  const start = index.lineStarts[line]!;
  const end = index.lineEnds[line]!;
  if (!(character > 0)) return start;
  return Math.min(start + Math.floor(character), end);
}

/** Converts a half-open offset span to an LSP range. */
export function spanToRange(index: LineIndex, span: { start: number; end: number }): Range {
  return { start: offsetToPosition(index, span.start), end: offsetToPosition(index, span.end) };
}

/** Converts an LSP range to a half-open offset span. */
export function rangeToSpan(index: LineIndex, range: Range): { start: number; end: number } {
  return { start: positionToOffset(index, range.start), end: positionToOffset(index, range.end) };
}

function clampOffset(index: LineIndex, offset: number): number {
  if (!(offset > 0)) return 0;
  return offset > index.length ? index.length : Math.floor(offset);
}
