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
  primeYaml();
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
      if (yamlText.length <= MAX_FRONT_MATTER_LENGTH && isPlainMapping(yamlText)) return withLazyData({ start, end: close, lineCount: lines }, yamlText);
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
 * The draft's `sourcetrace:` settings in its front matter, or undefined. Does
 * not parse a front matter that {@link isPlainMapping} vouched has none.
 */
export function settingsOf(fm: FrontMatter): unknown {
  return WITHOUT_SETTINGS.has(fm) ? undefined : fm.data?.['sourcetrace'];
}

/**
 * The front matter as a draft's analysis reports it (`ProseDocument.frontMatter`):
 * its span, its mapping and its error. The mapping of a block that
 * {@link isPlainMapping} vouched for is parsed when first read.
 */
export function frontMatterOf(block: FrontMatterBlock): FrontMatter {
  const yamlText = YAML_TEXT.get(block);
  if (yamlText !== undefined) return withLazyData({ start: block.start, end: block.end }, yamlText);
  const fm: FrontMatter = { start: block.start, end: block.end };
  if (block.data) fm.data = block.data;
  if (block.error !== undefined) fm.error = block.error;
  return fm;
}

/**
 * Blocks known to be valid YAML mappings with no `sourcetrace` key, with
 * their YAML text, which is parsed only when their `data` is first read.
 */
const WITHOUT_SETTINGS = new WeakSet<object>();
const YAML_TEXT = new WeakMap<object, string>();

/** Gives `target` a `data` property parsed from `yamlText` when first read. */
function withLazyData<T extends object>(target: T, yamlText: string): T & FrontMatter {
  let data: Record<string, unknown> | undefined;
  let parsed = false;
  Object.defineProperty(target, 'data', {
    enumerable: true,
    configurable: true,
    get(): Record<string, unknown> | undefined {
      if (!parsed) {
        data = parseYaml(yamlText).data;
        parsed = true;
      }
      return data;
    },
  });
  WITHOUT_SETTINGS.add(target);
  YAML_TEXT.set(target, yamlText);
  return target as T & FrontMatter;
}

/** A key of a plain mapping line: a letter, then letters, digits, `_` and `-`. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** A plain value: a letter or digit, then letters, digits, spaces and `.,_/()+-` (no `:` nor `#`). */
const PLAIN_VALUE = /^[\p{L}\p{N}][\p{L}\p{N} .,_/()+-]*$/u;
/** A double-quoted value with no escape, no control character and no line or paragraph separator. */
const QUOTED_VALUE = /^"[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*"$/;
/** A flow sequence of plain items: `[a, b c, 2024]`. */
const FLOW_LIST = /^\[(?:[\p{L}\p{N}][\p{L}\p{N} ._-]*(?:, *[\p{L}\p{N}][\p{L}\p{N} ._-]*)*)?\]$/u;

/**
 * True when `yamlText` is certainly a valid YAML mapping with no `sourcetrace`
 * key: every line is empty, a comment starting at the first column, or
 * `key: value` with a key of letters, digits, `_` and `-` and a value that is
 * empty, a plain scalar of letters, digits, spaces and `.,_/()+-`, a
 * double-quoted string with no escape, or a flow list of such plain items.
 * That is what news front matter usually holds (title, author, date, tags),
 * and then the YAML library need not run at all: only the `sourcetrace` key
 * matters to the analysis. Anything else returns false and is parsed
 * (`test/engine/frontmatter.plain.test.ts` holds this to the library).
 */
export function isPlainMapping(yamlText: string): boolean {
  let from = 0;
  const n = yamlText.length;
  while (from < n) {
    let to = yamlText.indexOf('\n', from);
    if (to < 0) to = n;
    const line = yamlText.charCodeAt(to - 1) === 13 && to - 1 >= from ? yamlText.slice(from, to - 1) : yamlText.slice(from, to);
    from = to + 1;
    if (line === '' || line.charCodeAt(0) === 35) continue;
    const colon = line.indexOf(':');
    if (colon < 0) return false;
    const key = line.slice(0, colon);
    // YAML allows an implicit key of at most 1,024 characters.
    if (colon > 1000 || key === 'sourcetrace' || !PLAIN_KEY.test(key)) return false;
    if (colon + 1 === line.length) continue;
    if (line.charCodeAt(colon + 1) !== 32) return false;
    const value = line.slice(colon + 2);
    if (!(PLAIN_VALUE.test(value) || QUOTED_VALUE.test(value) || FLOW_LIST.test(value))) return false;
  }
  return true;
}

/**
 * Longest YAML text read (64 KiB, a thousand times a usual front matter). The
 * YAML library takes about a second per 50 KB; past the limit the block is
 * still masked but reported instead of read.
 */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;

/**
 * A YAML document with the library's block and flow collections: a mapping
 * with a nested sequence, a flow sequence, a flow mapping and an explicit
 * key: the shapes of the items its parser builds.
 */
const YAML_PRIMER = 'a: b\nc:\n  - d\n  - [e, f]\ng: {h: i}\n? j\n: k\n';

let yamlPrimed = false;

/**
 * Runs the YAML library once, when the first draft of the process is read
 * (before anything is optimised), whether or not it has front matter. V8
 * gives object literals with the same property names one hidden class, and
 * the library's parser builds items such as `{ start: [], key, sep }` where
 * the engine's spans hold a number under `start`; the first parse therefore
 * changes how V8 stores that field, which throws away the optimised code of
 * every engine function that reads it (about twenty, among them the
 * largest: `addInline`, `pairQuotes`, `resolveSentence`), to be compiled
 * again. In a run over many drafts that cost each thread a burst of
 * recompilation at the first front matter the library had to read
 * (`isPlainMapping` spares it most), a hundred drafts or more into the run,
 * and the language server the same at the first such draft opened. Run
 * here, the change happens before anything is optimised, and costs one
 * small parse per process (a few milliseconds); results are unchanged (the
 * parse is discarded).
 */
function primeYaml(): void {
  if (yamlPrimed) return;
  yamlPrimed = true;
  parseYaml(YAML_PRIMER);
}

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
