/**
 * YAML front matter: the block between a `---` first line and a closing `---`
 * or `...` line at the top of a draft.
 *
 * Decisions:
 * - The opening `---` must be the very first line (an optional byte order mark
 *   before it is allowed). Trailing spaces or tabs on the fence lines are allowed.
 * - An unclosed `---` is not front matter: the document is read as Markdown
 *   (where `---` is a thematic break), as Jekyll, Hugo and
 *   markdown-it-front-matter do. Guessing where a half-typed block ends would
 *   hide the rest of the draft.
 * - A block longer than {@link MAX_FRONT_MATTER_LENGTH} is masked but not
 *   read (reported in `error`), to keep the analysis fast.
 * - Invalid YAML never throws: the first line of the YAML library's message is
 *   returned in `error`, with the line number translated to the document's
 *   1-based line. A value that is not a mapping (a list, a scalar) is reported
 *   as an error too; an empty block is an empty mapping.
 */
import { parseDocument } from 'yaml';
import type { FrontMatter } from './types';

/** Where the front matter lies, in lines and offsets, with its parsed content. */
export interface FrontMatterBlock extends FrontMatter {
  /** Number of lines the block covers, fences included. */
  lineCount: number;
}

/** Length of a fence line `---`/`...` starting at `pos`, or -1 when the line is not one. */
function fenceLineEnd(text: string, pos: number, allowDots: boolean): number {
  const c = text.charCodeAt(pos);
  if (!(c === 45 || (allowDots && c === 46))) return -1;
  if (text.charCodeAt(pos + 1) !== c || text.charCodeAt(pos + 2) !== c) return -1;
  let i = pos + 3;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return i;
  return -1;
}

/** Offset just past the line break at `pos` (or `pos` at the end of the text). */
function skipBreak(text: string, pos: number): number {
  if (text.charCodeAt(pos) === 13) return text.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1;
  if (text.charCodeAt(pos) === 10) return pos + 1;
  return pos;
}

/**
 * Finds and parses the front matter of a document. Returns undefined when the
 * document has none (including an unclosed block). Never throws.
 */
export function readFrontMatter(source: string): FrontMatterBlock | undefined {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const openEnd = fenceLineEnd(source, start, false);
  if (openEnd < 0) return undefined;
  let lineStart = skipBreak(source, openEnd);
  if (lineStart === openEnd) return undefined;
  const bodyStart = lineStart;
  let lines = 1;
  while (lineStart < source.length) {
    lines++;
    const close = fenceLineEnd(source, lineStart, true);
    if (close >= 0) {
      const yamlText = source.slice(bodyStart, lineStart);
      return { start, end: close, lineCount: lines, ...parseYaml(yamlText) };
    }
    let i = lineStart;
    while (i < source.length && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
    const next = skipBreak(source, i);
    if (next === i) break;
    lineStart = next;
  }
  return undefined;
}

/**
 * Longest YAML text read (64 KiB, a thousand times a usual front matter). The
 * YAML library takes about a second per 50 KB; past the limit the block is
 * still masked but reported instead of read.
 */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;

/** Parses the YAML of a front matter block that starts on the document's second line. */
function parseYaml(yamlText: string): { data?: Record<string, unknown>; error?: string } {
  if (yamlText.length > MAX_FRONT_MATTER_LENGTH) {
    return { error: `front matter is too long to read (${Math.ceil(yamlText.length / 1024)} KiB; the limit is ${MAX_FRONT_MATTER_LENGTH / 1024} KiB)` };
  }
  try {
    // uniqueKeys is off: the YAML library checks it in quadratic time, and a
    // repeated key is harmless here (the last one wins).
    const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: false });
    const err = doc.errors[0];
    if (err) return { error: firstLine(err.message, err.linePos?.[0]?.line) };
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {} };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { error: `front matter must be a YAML mapping of keys to values, not ${Array.isArray(value) ? 'a list' : 'a single value'}` };
    }
    return { data: value as Record<string, unknown> };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}

/**
 * Keeps the first line of a YAML error message and rewrites its "at line N"
 * (1-based within the YAML text) to the document line (one more: the opening
 * fence is line 1).
 */
function firstLine(message: string, yamlLine: number | undefined): string {
  const first = message.split('\n')[0]!.replace(/:$/, '');
  if (yamlLine === undefined) return first;
  return first.replace(/ at line \d+/, ` at line ${yamlLine + 1}`);
}
