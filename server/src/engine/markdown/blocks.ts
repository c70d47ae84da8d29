/**
 * Block structure from markdown-it, with exact document offsets.
 *
 * markdown-it runs with its block rules only (see `../markdown.ts` for why).
 * Its tokens carry line ranges (`map`) but not the column where a line's
 * content starts inside its containers (after `>`, list markers and
 * indentation). So the rules that create inline content are wrapped: right
 * after heading, setext heading or table has run, while the block state still
 * holds the container-adjusted line marks, the wrapper stores the document
 * offset where each line's content starts in the token's `meta`. The
 * paragraph rule is replaced by an equivalent that records the same and skips
 * building the paragraph's text.
 *
 * markdown-it normalizes `\r\n` and a lone `\r` to `\n` and NUL to U+FFFD
 * before parsing. Line numbers survive that, so a normalized offset is turned
 * into a document offset as "document line start + column in the normalized
 * line". Nothing is ever computed from normalized offsets directly.
 *
 * Footnote definitions are read by a small block rule of our own (placed
 * before `reference`, like markdown-it-footnote's) so that `[^1]: https://…`
 * is not taken for a link reference definition.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance, StateBlock, Token } from 'markdown-it';
import { lineStartOffsets } from '../text';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** What the parse shares with the wrapped rules through markdown-it's `env`. */
export interface BlockEnv {
  /** Line starts of the original document. */
  docLineStarts: number[];
  /** Line starts of markdown-it's normalized source, computed on first use. */
  normLineStarts?: number[];
  /** The normalized source those line starts belong to. */
  normSrc?: string;
  /** The first document line of the text being parsed (see `parseBlocks`). */
  lineOffset: number;
  /** True when a normalized offset plus `base` is a document offset (no `\r` in the text). */
  identity: boolean;
  /** Document offset of the text being parsed. */
  base: number;
  /** Link reference definitions, filled by markdown-it. */
  references?: Record<string, { href: string; title: string }>;
}

/** Line-start offsets (in the document) stored on paragraph, heading and table-row tokens. */
export interface LineStartsMeta {
  /** For each line of the token's `map`, the document offset where its content starts. */
  starts: number[];
}

/** The meta of a table row's `tr_open` token. */
export interface TableRowMeta extends LineStartsMeta {
  /** How many cells markdown-it made for the row (the header's column count). */
  cells: number;
}

/** The meta of our footnote definition token. */
export interface FootnoteDefMeta {
  label: string;
  /** Document offset of the `[` that opens the definition. */
  start: number;
}

/** Token type of a paragraph: a single token whose meta holds its line starts. */
export const PARAGRAPH = 'sourcetrace_paragraph';

/** Token type of a footnote definition. */
export const FOOTNOTE_DEF = 'sourcetrace_footnote_def';

/** Converts a normalized offset on line `line` to a document offset. */
function toDoc(state: StateBlock, line: number, normOffset: number): number {
  const env = state.env as unknown as BlockEnv;
  if (env.identity) return env.base + normOffset;
  if (env.normSrc !== state.src || !env.normLineStarts) {
    env.normSrc = state.src;
    env.normLineStarts = lineStartOffsets(state.src);
  }
  return env.docLineStarts[line + env.lineOffset]! + (normOffset - env.normLineStarts[line]!);
}

/** Wraps a block rule so the tokens it creates learn where each line's content starts. */
function withLineStarts(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const before = state.tokens.length;
    const ok = rule(state, startLine, endLine, silent);
    if (!ok || silent) return ok;
    for (let t = before; t < state.tokens.length; t++) {
      const tok = state.tokens[t]!;
      if (!tok.map || !(tok.type === 'heading_open' || tok.type === 'tr_open')) continue;
      const starts: number[] = [];
      for (let l = tok.map[0]; l < tok.map[1]; l++) starts.push(toDoc(state, l, state.bMarks[l]! + state.tShift[l]!));
      tok.meta = { starts } satisfies LineStartsMeta;
    }
    return ok;
  };
}

/**
 * Wraps the table rule: besides line starts, each row keeps only its
 * `tr_open` token, with the number of cells markdown-it made in its meta
 * ({@link TableRowMeta}); the table, section, cell and inline tokens (three
 * per cell, kept alive to the end of the parse) are dropped.
 */
function compactTable(rule: BlockRule): BlockRule {
  const inner = withLineStarts(rule);
  return (state, startLine, endLine, silent) => {
    const before = state.tokens.length;
    const ok = inner(state, startLine, endLine, silent);
    if (!ok || silent) return ok;
    const tokens = state.tokens;
    let out = before;
    let row: Token | undefined;
    let cells = 0;
    for (let t = before; t < tokens.length; t++) {
      const tok = tokens[t]!;
      if (tok.type === 'tr_open') {
        row = tok;
        cells = 0;
      } else if (tok.type === 'inline') cells++;
      else if (tok.type === 'tr_close' && row) {
        (row.meta as unknown as TableRowMeta).cells = cells;
        tokens[out++] = row;
        row = undefined;
      }
    }
    tokens.length = out;
    return ok;
  };
}

/**
 * markdown-it's paragraph rule, line for line, except that it does not build
 * the paragraph's text (`getLines` joins and trims a copy of every line, the
 * largest allocation of a block-only parse, and the prose stage reads the
 * document itself) and pushes one {@link PARAGRAPH} token recording where each
 * line's content starts. (markdown-it's list rule marks the paragraphs of a
 * tight list hidden by looking for `paragraph_open`; it finds none, and the
 * prose stage does not read `hidden`.)
 */
const paragraph: BlockRule = (state, startLine, endLine) => {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! - state.blkIndent > 3) continue;
    if (state.sCount[nextLine]! < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i]!(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  state.line = nextLine;
  const starts: number[] = [];
  for (let l = startLine; l < nextLine; l++) starts.push(toDoc(state, l, state.bMarks[l]! + state.tShift[l]!));
  // One token instead of open, inline and close: a block parse keeps every
  // token alive to its end, and paragraphs are the most numerous blocks.
  const token = state.push(PARAGRAPH, 'p', 0);
  token.map = [startLine, nextLine];
  token.meta = { starts } satisfies LineStartsMeta;
  state.parentType = oldParentType;
  return true;
};

/** The block rule for footnote definitions `[^label]: text`, with indented continuation lines. */
const footnoteDef: BlockRule = (state, startLine, endLine, silent) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (src.charCodeAt(start) !== 91 || src.charCodeAt(start + 1) !== 94) return false;
  let pos = start + 2;
  while (pos < max) {
    const c = src.charCodeAt(pos);
    if (c === 93 || c === 91 || c === 32 || c === 9) break;
    pos++;
  }
  if (pos === start + 2 || pos >= max || src.charCodeAt(pos) !== 93 || src.charCodeAt(pos + 1) !== 58) return false;
  if (silent) return true;
  const label = src.slice(start + 2, pos);
  const terminators = state.md.block.ruler.getRules('paragraph');
  let next = startLine + 1;
  let last = next;
  while (next < endLine) {
    if (state.isEmpty(next)) {
      let k = next + 1;
      while (k < endLine && state.isEmpty(k)) k++;
      if (k < endLine && state.sCount[k]! >= state.blkIndent + 4) {
        next = k;
        continue;
      }
      break;
    }
    if (state.sCount[next]! >= state.blkIndent + 4) {
      next++;
      last = next;
      continue;
    }
    if (state.sCount[next]! < state.blkIndent) break;
    // A lazy continuation line, unless it starts another block.
    if (last !== next) break;
    let terminate = false;
    for (const rule of terminators) {
      if (rule(state, next, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
    next++;
    last = next;
  }
  const token = state.push(FOOTNOTE_DEF, '', 0);
  token.map = [startLine, last];
  token.meta = { label, start: toDoc(state, startLine, start) } satisfies FootnoteDefMeta;
  state.line = last;
  return true;
};

/** The fields of a markdown-it token, in the order its constructor sets them. */
interface TokenFields {
  type: string;
  tag: string;
  attrs: null;
  map: null;
  nesting: number;
  level: number;
  children: null;
  content: string;
  markup: string;
  info: string;
  meta: null;
  block: boolean;
  hidden: boolean;
}

/** The fields markdown-it 15's block state constructor sets. */
interface StateFields {
  src: string;
  md: MarkdownItInstance;
  env: unknown;
  tokens: Token[];
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  bsCount: number[];
  blkIndent: number;
  line: number;
  lineMax: number;
  tight: boolean;
  listIndent: number;
  parentType: string;
  level: number;
  Token: unknown;
}

/**
 * Makes markdown-it's block state and tokens cheaper to build, on this parser
 * instance only. The published markdown-it 15 build sets every field of a
 * token and of the block state with `Object.defineProperty` (a transpiled
 * class-field helper), and the state's constructor walks the text a code
 * unit at a time to build its line table. The replacements assign the same
 * fields plainly, find line ends with `indexOf` and read only each line's
 * indentation, and share markdown-it's prototypes, so every rule sees exactly
 * the state and tokens it would otherwise.
 */
function installFastState(md: MarkdownItInstance): void {
  const FastToken = function (this: TokenFields, type: string, tag: string, nesting: number) {
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.map = null;
    this.nesting = nesting;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.meta = null;
    this.block = false;
    this.hidden = false;
  } as unknown as new (type: string, tag: string, nesting: number) => Token;
  FastToken.prototype = MarkdownIt.Token.prototype;

  const FastState = function (this: StateFields, src: string, parser: MarkdownItInstance, env: unknown, tokens: Token[]) {
    this.bMarks = [];
    this.eMarks = [];
    this.tShift = [];
    this.sCount = [];
    this.bsCount = [];
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
    this.Token = MarkdownIt.Token;
    this.src = src;
    this.md = parser;
    this.env = env;
    this.tokens = tokens;
    // The same line table as markdown-it's constructor, including its quirk:
    // a last line of only spaces and tabs with no line break is not a line.
    const len = src.length;
    let start = 0;
    while (start < len) {
      const nl = src.indexOf('\n', start);
      const end = nl < 0 ? len : nl;
      let pos = start;
      let offset = 0;
      for (; pos < end; pos++) {
        const ch = src.charCodeAt(pos);
        if (ch === 32) offset++;
        else if (ch === 9) offset += 4 - (offset % 4);
        else break;
      }
      if (nl < 0 && pos === end) break;
      this.bMarks.push(start);
      this.eMarks.push(end);
      this.tShift.push(pos - start);
      this.sCount.push(offset);
      this.bsCount.push(0);
      start = end + 1;
    }
    this.bMarks.push(len);
    this.eMarks.push(len);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  } as unknown as typeof md.block.State;
  FastState.prototype = Object.create(md.block.State.prototype) as StateBlock;
  FastState.prototype.push = function (this: StateBlock, type: string, tag: string, nesting: Parameters<StateBlock['push']>[2]): Token {
    const token = new FastToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  };
  md.block.State = FastState;
}

/** Builds the block-only markdown-it instance used by the prose stage. */
function createParser(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join', 'strip_references']);
  // Destinations are kept as written: no percent-encoding, no scheme filter
  // (a `javascript:` definition is still a definition, and still masked).
  md.normalizeLink = (url: string) => url;
  md.validateLink = () => true;
  md.block.ruler.at('paragraph', paragraph, { alt: md.block.ruler.__rules__.find((r) => r.name === 'paragraph')?.alt ?? [] });
  for (const name of ['heading', 'lheading', 'table']) {
    const entry = md.block.ruler.__rules__.find((r) => r.name === name);
    if (!entry) throw new Error(`markdown-it has no block rule "${name}"`);
    const fn = entry.fn as BlockRule;
    md.block.ruler.at(name, name === 'table' ? compactTable(fn) : withLineStarts(fn), { alt: entry.alt });
  }
  md.block.ruler.before('reference', 'sourcetrace_footnote_def', footnoteDef, { alt: ['paragraph', 'reference'] });
  installFastState(md);
  // The normalize rule runs two whole-text regular expression replacements;
  // most drafts have neither `\r` nor NUL, which two native searches tell.
  const normalize = md.core.ruler.__rules__.find((r) => r.name === 'normalize');
  if (normalize) {
    const original = normalize.fn;
    md.core.ruler.at('normalize', (state) => {
      if (state.src.indexOf('\r') >= 0 || state.src.indexOf('\0') >= 0) original(state);
    });
  }
  return md;
}

let parser: MarkdownItInstance | undefined;

/** Normalizes a reference label the way markdown-it keys its definitions. */
export function normalizeLabel(label: string): string {
  return (parser ??= createParser()).utils.normalizeReference(label);
}

/** True when line `line` of `text` holds only spaces and tabs. */
/** True when line `line` of `text` holds only spaces and tabs (markdown-it's blank line). */
export function isBlankLine(text: string, starts: readonly number[], line: number): boolean {
  const end = line + 1 < starts.length ? starts[line + 1]! : text.length;
  for (let i = starts[line]!; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** How many times a parse cut short by the nesting limit is resumed. */
const MAX_RESUMES = 16;

/**
 * Parses the block structure of `mdSource` (a copy of the document of the
 * same length and lines, front matter blanked to spaces) and returns
 * markdown-it's flat token lists (one per round, see below; container tokens
 * balance only within a round), with maps in document lines, and the link
 * reference definitions.
 *
 * Past `maxNesting` (100) levels of containers, markdown-it stops and drops
 * the rest of the document. Then the parse resumes at the first blank line
 * after the one that went too deep (up to {@link MAX_RESUMES} times, which
 * bounds the cost on adversarial input), so a pathological quote or list only
 * masks its own paragraph.
 */
export function parseBlocks(mdSource: string, docLineStarts: number[]): { rounds: Token[][]; references: BlockEnv['references'] } {
  const md = (parser ??= createParser());
  const maxNesting = md.options.maxNesting ?? 100;
  const identity = mdSource.indexOf('\r') < 0;
  const rounds: Token[][] = [];
  let references: BlockEnv['references'];
  let lineOffset = 0;
  for (let round = 0; round <= MAX_RESUMES && lineOffset < docLineStarts.length; round++) {
    const base = docLineStarts[lineOffset]!;
    const env: BlockEnv = { docLineStarts, lineOffset, identity, base, references };
    const part = md.parse(base ? mdSource.slice(base) : mdSource, env as unknown as Record<string, unknown>);
    references = env.references;
    let deepest = -1;
    for (const tok of part) {
      if (tok.map) tok.map = [tok.map[0] + lineOffset, tok.map[1] + lineOffset];
      if (tok.nesting === 1 && tok.level >= maxNesting - 1 && tok.map && deepest < 0) deepest = tok.map[0];
    }
    rounds.push(part);
    if (deepest < 0) break;
    // Resume at the first blank line after the over-deep one: the lines up to
    // it most likely continue the deep container. What this round read from
    // there on is read again by the next round, so it is cut off here.
    let next = deepest + 1;
    while (next < docLineStarts.length && !isBlankLine(mdSource, docLineStarts, next)) next++;
    const cut = part.findIndex((tok) => tok.map !== null && tok.map[0] >= next);
    if (cut >= 0) part.length = cut;
    lineOffset = next;
  }
  return { rounds, references };
}

/**
 * Parses the lines `[fromLine, toLine)` of `mdSource` on their own, as
 * `parseBlocks` parses a round that resumes at `fromLine`: tokens with maps in
 * document lines, and the link reference definitions found there. Undefined
 * when the lines nest containers past markdown-it's limit (the caller then
 * parses the whole document).
 */
export function parseBlockRange(mdSource: string, docLineStarts: number[], fromLine: number, toLine: number): { tokens: Token[]; references: BlockEnv['references'] } | undefined {
  const md = (parser ??= createParser());
  const maxNesting = md.options.maxNesting ?? 100;
  const base = docLineStarts[fromLine]!;
  const end = toLine < docLineStarts.length ? docLineStarts[toLine]! : mdSource.length;
  const text = mdSource.slice(base, end);
  const env: BlockEnv = { docLineStarts, lineOffset: fromLine, identity: text.indexOf('\r') < 0, base, references: undefined };
  const tokens = md.parse(text, env as unknown as Record<string, unknown>);
  for (const tok of tokens) {
    if (tok.map) tok.map = [tok.map[0] + fromLine, tok.map[1] + fromLine];
    if (tok.nesting === 1 && tok.level >= maxNesting - 1) return undefined;
  }
  return { tokens, references: env.references };
}
