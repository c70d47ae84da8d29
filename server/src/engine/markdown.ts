/**
 * Stage 1: Markdown to prose.
 *
 * Builds the prose view of a draft (see `ProseDocument` in types.ts): a copy
 * of the text of the same length where everything that is not prose is a
 * space and line breaks stay, so every offset into the prose is an offset into
 * the document.
 *
 * Why this design. Measured on a 10 MB draft on the project machine (2 cores,
 * Node 20): a full markdown-it 15 parse takes about 1.0–1.8 s, too slow for
 * the 1 s budget of a whole `sourcetrace check`; micromark with GFM takes
 * about 28 s. markdown-it with only its block rules (core rules `inline`,
 * `linkify`, `replacements`, `smartquotes` and `text_join` disabled) takes
 * about 120–280 ms. So block structure comes from markdown-it
 * (`./markdown/blocks.ts`: paragraphs, headings, lists, block quotes, tables,
 * code, HTML blocks, link reference definitions, with exact line ranges) and
 * inline markup is masked by our own linear-time scanner run on the original
 * text (`./markdown/inline.ts`).
 *
 * Block-only markdown-it is still most of this stage's cost, so the parser is
 * trimmed further (`./markdown/blocks.ts`): block state and tokens built with
 * plain field assignments and an `indexOf` line table, a paragraph rule that
 * does not copy the paragraph's text, one token per paragraph and per table
 * row, and no normalize pass on text without `\r` or NUL. Measured on
 * 2026-11-27, CPU time, median of warm runs, on the shared 2-core machine at
 * load average ~14 (so absolute figures are inflated): on the seeded 10 MB
 * bench draft (dense markup, 94,000 blocks) extractProse took 587 ms where a
 * plain block-only markdown-it parse took 519 ms in the same process (1 MB:
 * 54 ms against 53 ms); on 10 MB of plain news paragraphs, 150 ms against
 * 99 ms. splitSentences took 91 ms and 41 ms on the same 10 MB drafts.
 *
 * Offsets never drift: markdown-it normalizes line breaks and NUL, but line
 * numbers survive, so every position is computed as "document line start +
 * column", and all inline scanning reads the original text.
 *
 * Decisions (beyond CommonMark + GFM):
 * - Front matter: see `./frontmatter.ts` (unclosed `---` is not front matter).
 * - A byte order mark is masked and read as a space by the block parser.
 * - Blocks whose prose is empty after masking (a paragraph that is only an
 *   image, say) are not listed.
 * - Footnote references are recorded whether or not their definition exists;
 *   footnote definitions are masked whole (they are sources, not prose).
 * - Past markdown-it's nesting limit (100 levels of block quotes or lists),
 *   markdown-it drops the rest of the document; `parseBlocks` resumes at the
 *   next blank line, so only the over-deep paragraph stays masked.
 */
import { frontMatterOf, readFrontMatter } from './frontmatter';
import { FOOTNOTE_DEF, isBlankLine, normalizeLabel, PARAGRAPH, parseBlockRange, parseBlocks, type FootnoteDefMeta, type LineStartsMeta, type TableRowMeta } from './markdown/blocks';
import { maskInline, type InlineFindings } from './markdown/inline';
import type { Token } from 'markdown-it';
import { ForwardFinder, isWhitespaceCode, lineEndOf, lineOfOffset, lineStartOffsets, lowerBound } from './text';
import type { BlockKind, FootnoteDef, FootnoteRef, HtmlComment, LinkRef, ProseBlock, ProseDocument, Span } from './types';

/** Builds the prose view of a Markdown document. Never throws on any text. */
export function extractProse(source: string): ProseDocument {
  return parseProse(source).doc;
}

/**
 * The prose view of a draft and what a later re-parse of a window of it
 * needs (see {@link reparseProse}).
 */
export interface ProseParse {
  doc: ProseDocument;
  lineStarts: number[];
  /** Per line: 1 when a top-level block (its token's line range) covers it, so a parse cannot restart after it. */
  cover: Uint8Array;
  /** Where the body starts after any front matter (0 when there is none). */
  bodyStart: number;
  /** False when the parse took more than one round (nesting past markdown-it's limit): windows are not re-parsed then. */
  windowed: boolean;
  /** The link reference definitions of the whole draft. */
  references: References;
  /**
   * Set by `reparseProse`: the window `[start, end)` was `[start, oldEnd)` in
   * the previous text; its blocks `[b0, b1)` replace the previous parse's
   * blocks `[b0, oldB1)`, and everything after the window moved by `delta`
   * code units.
   */
  window?: { start: number; oldEnd: number; end: number; b0: number; b1: number; oldB1: number; delta: number };
}

type References = Parameters<typeof maskInline>[2]['references'];

/** Lines a window may reach beyond the edit, each way, before the whole draft is parsed instead. */
const MAX_WINDOW_LINES = 400;

/**
 * The parse of `source`, which is `prev`'s text with `[start, oldEnd)`
 * replaced by what is now `[start, newEnd)`, made by re-parsing a window of
 * whole top-level blocks around the edit and reusing the rest of `prev`
 * (shifted). Equal to `parseProse(source)`; undefined when a window cannot be
 * proven to parse as in the whole draft (the caller then parses it all).
 *
 * The window starts at a line that follows a blank line no top-level block of
 * `prev` spans, and that ends before the edit: the text before it is
 * unchanged, and the parse was between blocks there. It ends before such a
 * line after the edit whose first character cannot continue anything (not
 * indented, no list or quote marker), and the window's own blocks must all
 * close before its last, blank, line. What reaches across a whole draft
 * makes it parse everything: front matter that may open or close, link
 * reference and footnote definitions (in the window, before or after the
 * edit), nesting past markdown-it's limit.
 */
export function reparseProse(prev: ProseParse, source: string, edit: { start: number; oldEnd: number; newEnd: number }): ProseParse | undefined {
  const old = prev.doc;
  const oldSource = old.source;
  const n = source.length;
  const delta = n - oldSource.length;
  if (!prev.windowed || edit.newEnd - edit.oldEnd !== delta) return undefined;
  if (prev.bodyStart > 0 ? edit.start <= prev.bodyStart : mayOpenFrontMatter(oldSource) || mayOpenFrontMatter(source)) return undefined;
  const ols = prev.lineStarts;
  // The first line of the window.
  let first = lineOfOffset(ols, edit.start) - 1;
  const lowest = Math.max(1, first - MAX_WINDOW_LINES);
  while (first >= lowest && !(ols[first + 1]! < edit.start && ols[first]! >= prev.bodyStart && prev.cover[first - 1] === 0 && isBlankLine(oldSource, ols, first - 1) && startsAfresh(oldSource, ols[first]!))) first--;
  if (first < lowest) return undefined;
  // The line after the window, in the previous text's lines (or the end of the text).
  let after = Math.min(ols.length, lineOfOffset(ols, edit.oldEnd) + 2);
  const highest = Math.min(ols.length, after + MAX_WINDOW_LINES);
  while (after < highest && !(ols[after - 1]! - 1 >= edit.oldEnd && prev.cover[after - 1] === 0 && isBlankLine(oldSource, ols, after - 1) && startsAfresh(oldSource, ols[after]!))) after++;
  if (after >= highest && highest < ols.length) return undefined;
  const ws = ols[first]!;
  const oldWe = after < ols.length ? ols[after]! : oldSource.length;
  const we = oldWe + delta;
  // A link reference definition in the window, before or after the edit, may change how other blocks read
  // (footnote definitions do not: they are listed like blocks). Only text with a `]:` can hold one.
  if (oldSource.slice(ws, oldWe).includes(']:')) {
    const before = parseBlockRange(oldSource, ols, first, after);
    if (!before || (before.references && Object.keys(before.references).length > 0)) return undefined;
  }
  // The new text's lines: the previous ones before the window and after it (shifted), the window's own.
  const lineStarts = ols.slice(0, first + 1);
  const own = lineStartOffsets(source.slice(ws, we));
  // (A line that starts where the window ends is the previous text's line `after`, unless the window runs to the end.)
  for (let k = 1; k < own.length; k++) if (ws + own[k]! < we || after === ols.length) lineStarts.push(ws + own[k]!);
  const last = lineStarts.length;
  for (let l = after; l < ols.length; l++) lineStarts.push(ols[l]! + delta);
  const parsed = parseBlockRange(source, lineStarts, first, last);
  if (!parsed || (parsed.references && Object.keys(parsed.references).length > 0)) return undefined;
  if (we < n) for (const tok of parsed.tokens) if (tok.level === 0 && tok.nesting !== -1 && tok.map && tok.map[1] > last - 1) return undefined;
  // Masks: the previous ones outside the window, the window's own.
  const keep = new Uint8Array(n);
  keep.set(old.kept.subarray(0, ws), 0);
  keep.set(old.kept.subarray(oldWe), we);
  const b0 = firstAt(old.blocks, ws);
  const b1 = firstAt(old.blocks, oldWe);
  const parts = collect(source, lineStarts, keep, prev.references, [parsed.tokens], b0);
  const prose = old.prose.slice(0, ws) + buildProse(source, keep, lineStarts, ws, we, first + 1, Math.min(last + 1, lineStarts.length)) + old.prose.slice(oldWe);
  const dB = b0 + parts.blocks.length - b1;
  const splice = <T extends { start: number }>(list: T[], mine: T[], move: (x: T) => T): T[] => {
    const i0 = firstAt(list, ws);
    const i1 = firstAt(list, oldWe);
    const out = list.slice(0, i0);
    for (const x of mine) out.push(x);
    for (let i = i1; i < list.length; i++) out.push(move(list[i]!));
    return out;
  };
  const doc: ProseDocument = {
    source,
    prose,
    kept: keep,
    blocks: splice(old.blocks, parts.blocks, (b) => ({ index: b.index + dB, start: b.start + delta, end: b.end + delta, kind: b.kind, level: b.level, quoteDepth: b.quoteDepth, inList: b.inList })),
    links: splice(old.links, parts.links, (l) => ({ start: l.start + delta, end: l.end + delta, text: { start: l.text.start + delta, end: l.text.end + delta }, href: l.href })),
    footnoteRefs: splice(old.footnoteRefs, parts.footnoteRefs, (f) => ({ start: f.start + delta, end: f.end + delta, label: f.label })),
    footnoteDefs: splice(old.footnoteDefs, parts.footnoteDefs, (f) => ({ start: f.start + delta, end: f.end + delta, label: f.label, text: f.text })),
    comments: splice(old.comments, parts.comments, (c) => ({ start: c.start + delta, end: c.end + delta, body: c.body })),
    codeSpans: splice(old.codeSpans, parts.codeSpans, (c) => ({ start: c.start + delta, end: c.end + delta })),
  };
  if (old.frontMatter) doc.frontMatter = old.frontMatter;
  const cover = new Uint8Array(lineStarts.length);
  cover.set(prev.cover.subarray(0, first), 0);
  coverLines(cover, parsed.tokens, 0);
  cover.set(prev.cover.subarray(after), last);
  return { doc, lineStarts, cover, bodyStart: prev.bodyStart, windowed: true, references: prev.references, window: { start: ws, oldEnd: oldWe, end: we, b0, b1: b0 + parts.blocks.length, oldB1: b1, delta } };
}

/** True when `text` opens with a front matter fence (after any byte order mark), closed or not. */
function mayOpenFrontMatter(text: string): boolean {
  const p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith('---', p);
}

/** True when the line at `p` starts with a character that continues no block before it: not indented, no list or quote marker, not blank. */
function startsAfresh(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 43 || c === 42 || c === 62 || (c >= 48 && c <= 57)) return false;
  return true;
}

/** Index of the first item of `list` (sorted by start) that starts at or after `at`. */
function firstAt(list: readonly { start: number }[], at: number): number {
  return lowerBound(list.length, (i) => list[i]!.start < at);
}

/** Builds the prose view of a Markdown document, with what a windowed re-parse needs. Never throws on any text. */
export function parseProse(source: string): ProseParse {
  const n = source.length;
  const lineStarts = lineStartOffsets(source);

  // ── Front matter and the text markdown-it sees (same lines, same columns).
  const fm = readFrontMatter(source);
  let mdSource: string;
  if (fm) {
    // Blanked to spaces, breaks kept: same length, same lines, blank to markdown-it.
    const bodyStart = lineStarts[fm.lineCount] ?? n;
    mdSource = source.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(bodyStart);
  } else if (source.charCodeAt(0) === 0xfeff) {
    mdSource = ' ' + source.slice(1);
  } else mdSource = source;

  const { rounds, references } = parseBlocks(mdSource, lineStarts);
  const keep = new Uint8Array(n);
  const parts = collect(source, lineStarts, keep, references, rounds, 0);
  const doc: ProseDocument = { source, prose: buildProse(source, keep, lineStarts, 0, n, 1, lineStarts.length), kept: keep, ...parts };
  if (fm) doc.frontMatter = frontMatterOf(fm);
  const cover = new Uint8Array(lineStarts.length);
  for (const round of rounds) coverLines(cover, round, 0);
  return { doc, lineStarts, cover, bodyStart: fm ? (lineStarts[fm.lineCount] ?? n) : 0, windowed: rounds.length === 1, references };
}

/** What `collect` finds in the tokens of a parse. */
type Collected = Pick<ProseDocument, 'blocks' | 'links' | 'footnoteRefs' | 'footnoteDefs' | 'comments' | 'codeSpans'>;

/**
 * Walks markdown-it's tokens (one list per parse round): masks each block's
 * inline markup into `keep` and lists the blocks (numbered from
 * `firstIndex`), links, footnote references and definitions, comments and
 * code spans.
 */
function collect(source: string, lineStarts: number[], keep: Uint8Array, references: References, rounds: Token[][], firstIndex: number): Collected {
  const lineEnd = (line: number): number => lineEndOf(source, lineStarts, line);
  const blocks: ProseBlock[] = [];
  const links: LinkRef[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const footnoteDefs: FootnoteDef[] = [];
  const comments: HtmlComment[] = [];
  const codeSpans: Span[] = [];
  const commentFinder = new ForwardFinder(source, '<!--');
  const commentEndFinder = new ForwardFinder(source, '-->');

  let quoteDepth = 0;
  let listDepth = 0;
  let tokens: Token[] = [];

  /**
   * Masks the inline markup of one block given as segments of document text
   * (one per line), records what it holds and lists the block.
   */
  let scratch = new Uint8Array(0);
  const addInline = (kind: BlockKind, level: number, segStarts: number[], segEnds: number[]): void => {
    // Lines joined by a bare `\n` with nothing masked between them (no
    // container prefix, no indentation) are read in place.
    let contiguous = true;
    for (let k = 1; k < segStarts.length && contiguous; k++) contiguous = segEnds[k - 1]! + 1 === segStarts[k] && source.charCodeAt(segEnds[k - 1]!) === 10;
    if (contiguous && segStarts.length > 1) {
      segStarts = [segStarts[0]!];
      segEnds = [segEnds[segEnds.length - 1]!];
    }
    let found: InlineFindings;
    const vStarts: number[] = [0];
    if (segStarts.length === 1) {
      const a = segStarts[0]!;
      keep.fill(1, a, segEnds[0]);
      found = maskInline(source.slice(a, segEnds[0]), keep, { references, normalizeLabel }, a);
    } else {
      // Otherwise the lines are joined into one string, masked in a scratch
      // buffer and copied back line by line.
      const parts: string[] = [source.slice(segStarts[0], segEnds[0])];
      let v = segEnds[0]! - segStarts[0]!;
      for (let k = 1; k < segStarts.length; k++) {
        parts.push('\n', source.slice(segStarts[k], segEnds[k]));
        vStarts.push(++v);
        v += segEnds[k]! - segStarts[k]!;
      }
      if (scratch.length < v) scratch = new Uint8Array(Math.max(v, scratch.length * 2));
      scratch.fill(1, 0, v);
      found = maskInline(parts.join(''), scratch, { references, normalizeLabel }, 0);
      for (let k = 0; k < segStarts.length; k++) keep.set(scratch.subarray(vStarts[k]!, vStarts[k]! + segEnds[k]! - segStarts[k]!), segStarts[k]!);
    }
    // Virtual offset → document offset (an end offset maps from its last code unit).
    const at = (vp: number): number => {
      const k = lineOfOffset(vStarts, vp);
      return segStarts[k]! + Math.min(vp - vStarts[k]!, segEnds[k]! - segStarts[k]!);
    };
    const atEnd = (vp: number): number => (vp === 0 ? at(0) : at(vp - 1) + 1);
    for (const l of found.links) {
      links.push({ start: at(l.start), end: atEnd(l.end), text: { start: at(l.textStart), end: l.textEnd > l.textStart ? atEnd(l.textEnd) : at(l.textStart) }, href: l.href });
    }
    for (const f of found.footnoteRefs) footnoteRefs.push({ start: at(f.start), end: atEnd(f.end), label: f.label });
    for (const c of found.comments) comments.push({ start: at(c.start), end: atEnd(c.end), body: c.body });
    for (const c of found.codeSpans) codeSpans.push({ start: at(c.start), end: atEnd(c.end) });
    // The block spans its first to its last prose code unit.
    let first = -1;
    let last = -1;
    for (let k = 0; k < segStarts.length && first < 0; k++) {
      for (let p = segStarts[k]!; p < segEnds[k]!; p++) {
        if (keep[p] && !isWhitespaceCode(source.charCodeAt(p))) {
          first = p;
          break;
        }
      }
    }
    for (let k = segStarts.length - 1; k >= 0 && last < 0; k--) {
      for (let p = segEnds[k]! - 1; p >= segStarts[k]!; p--) {
        if (keep[p] && !isWhitespaceCode(source.charCodeAt(p))) {
          last = p + 1;
          break;
        }
      }
    }
    if (first < 0) return;
    blocks.push({ index: firstIndex + blocks.length, start: first, end: last, kind, level, quoteDepth, inList: listDepth > 0 });
  };

  /** Records the HTML comments in a range of document text that is not inline content. */
  const scanComments = (from: number, to: number): void => {
    let p = commentFinder.find(from);
    while (p >= 0 && p < to) {
      let end: number;
      if (source.startsWith('<!-->', p)) end = p + 5;
      else if (source.startsWith('<!--->', p)) end = p + 6;
      else {
        const e = commentEndFinder.find(p + 4);
        if (e < 0 || e + 3 > to) return;
        end = e + 3;
      }
      comments.push({ start: p, end, body: end - p <= 6 ? '' : source.slice(p + 4, end - 3).trim() });
      p = commentFinder.find(end);
    }
  };

  // Container depths restart with each parse round (see parseBlocks).
  for (const round of rounds) {
    tokens = round;
    quoteDepth = 0;
    listDepth = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t]!;
      switch (tok.type) {
        case 'blockquote_open':
          quoteDepth++;
          break;
        case 'blockquote_close':
          quoteDepth--;
          break;
        case 'list_item_open':
          listDepth++;
          break;
        case 'list_item_close':
          listDepth--;
          break;
        case PARAGRAPH:
        case 'heading_open': {
          const meta = tok.meta as unknown as LineStartsMeta | null;
          const inline = tok.type === PARAGRAPH ? tok : tokens[t + 1];
          if (!tok.map || !meta || !inline || (inline !== tok && inline.type !== 'inline')) break;
          const setext = tok.type === 'heading_open' && (tok.markup === '=' || tok.markup === '-');
          const lastLine = setext ? tok.map[1] - 1 : tok.map[1];
          const starts: number[] = [];
          const ends: number[] = [];
          if (tok.type === 'heading_open' && !setext) {
            let p = meta.starts[0]!;
            while (source.charCodeAt(p) === 35) p++;
            while (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9) p++;
            starts.push(p);
            ends.push(Math.min(p + inline.content.length, lineEnd(tok.map[0])));
          } else {
            for (let l = tok.map[0]; l < lastLine; l++) {
              starts.push(meta.starts[l - tok.map[0]]!);
              ends.push(lineEnd(l));
            }
          }
          // A GFM task list box opens the first paragraph of a list item.
          if (tok.type === PARAGRAPH && tokens[t - 1]?.type === 'list_item_open') {
            const p = starts[0]!;
            const box = source.charCodeAt(p + 1);
            if (source.charCodeAt(p) === 91 && (box === 32 || box === 120 || box === 88) && source.charCodeAt(p + 2) === 93 && (p + 3 === ends[0] || isWhitespaceCode(source.charCodeAt(p + 3)))) {
              starts[0] = Math.min(p + 3, ends[0]!);
            }
          }
          addInline(tok.type === 'heading_open' ? 'heading' : 'paragraph', tok.type === 'heading_open' ? Number(tok.tag.slice(1)) || 0 : 0, starts, ends);
          break;
        }
        case 'tr_open': {
          const meta = tok.meta as unknown as TableRowMeta | null;
          if (!tok.map || !meta) break;
          for (const [a, b] of tableCells(source, meta.starts[0]!, lineEnd(tok.map[0])).slice(0, meta.cells)) addInline('table-cell', 0, [a], [b]);
          break;
        }
        case 'html_block':
          if (tok.map) scanComments(lineStarts[tok.map[0]]!, lineEnd(tok.map[1] - 1));
          break;
        case FOOTNOTE_DEF: {
          const meta = tok.meta as unknown as FootnoteDefMeta;
          if (!tok.map) break;
          let end = lineEnd(tok.map[1] - 1);
          while (end > meta.start && isWhitespaceCode(source.charCodeAt(end - 1))) end--;
          const textStart = meta.start + meta.label.length + 4;
          footnoteDefs.push({ start: meta.start, end, label: meta.label, text: source.slice(textStart, Math.max(textStart, end)).trim() });
          break;
        }
      }
    }
  }

  return { blocks, links, footnoteRefs, footnoteDefs, comments, codeSpans };
}

/** Marks in `cover` the lines (shifted by `shift`) that the top-level blocks among `tokens` span. */
function coverLines(cover: Uint8Array, tokens: Token[], shift: number): void {
  for (const tok of tokens) if (tok.level === 0 && tok.nesting !== -1 && tok.map) cover.fill(1, tok.map[0] + shift, tok.map[1] + shift);
}

/**
 * Splits a table row `[start, end)` into cell spans (trimmed), the way
 * markdown-it's `escapedSplit` does: on every `|` not preceded by a backslash,
 * dropping the empty first and last cells of a row written with outer pipes.
 */
export function tableCells(source: string, start: number, end: number): [number, number][] {
  while (end > start && (source.charCodeAt(end - 1) === 32 || source.charCodeAt(end - 1) === 9)) end--;
  const cells: [number, number][] = [];
  let cellStart = start;
  let escaped = false;
  for (let p = start; p < end; p++) {
    const c = source.charCodeAt(p);
    if (c === 124 && !escaped) {
      cells.push([cellStart, p]);
      cellStart = p + 1;
    }
    escaped = c === 92;
  }
  cells.push([cellStart, end]);
  if (cells.length && cells[0]![0] === cells[0]![1]) cells.shift();
  if (cells.length && cells[cells.length - 1]![0] === cells[cells.length - 1]![1]) cells.pop();
  return cells.map(([a, b]) => {
    while (a < b && (source.charCodeAt(a) === 32 || source.charCodeAt(a) === 9)) a++;
    while (b > a && (source.charCodeAt(b - 1) === 32 || source.charCodeAt(b - 1) === 9)) b--;
    return [a, b];
  });
}

const SPACES = ' '.repeat(4096);

/**
 * Builds the prose string: kept code units as they are, others spaces. Line
 * breaks are marked kept first, so a masked run is only spaces; runs are
 * found with the typed array's native `indexOf`.
 */
function buildProse(source: string, keep: Uint8Array, lineStarts: readonly number[], from: number, n: number, firstLine: number, endLine: number): string {
  // The line breaks before lines [firstLine, endLine), which lie in [from, n).
  for (let l = firstLine; l < endLine; l++) {
    const ls = lineStarts[l]!;
    keep[ls - 1] = 1;
    if (source.charCodeAt(ls - 1) === 10 && source.charCodeAt(ls - 2) === 13) keep[ls - 2] = 1;
  }
  const out: string[] = [];
  let i = from;
  while (i < n) {
    const v = keep[i]!;
    // Short runs are walked; long ones left to the native search.
    let j = i + 1;
    while (j < n && keep[j] === v && j - i < 16) j++;
    if (j < n && keep[j] === v) {
      j = keep.indexOf(v ^ 1, j);
      if (j < 0 || j > n) j = n;
    }
    if (v) out.push(i === 0 && j === source.length ? source : source.slice(i, j));
    else pushSpaces(out, j - i);
    i = j;
  }
  return out.length === 1 ? out[0]! : out.join('');
}

/** Space strings of every short length, shared (a masked run is most often a few characters). */
const SHORT_SPACES = Array.from({ length: 65 }, (_, k) => ' '.repeat(k));

function pushSpaces(out: string[], len: number): void {
  while (len > SPACES.length) {
    out.push(SPACES);
    len -= SPACES.length;
  }
  out.push(len < SHORT_SPACES.length ? SHORT_SPACES[len]! : SPACES.slice(0, len));
}
