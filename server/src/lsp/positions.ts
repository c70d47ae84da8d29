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
