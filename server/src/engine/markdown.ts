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
import { readFrontMatter } from './frontmatter';
import { FOOTNOTE_DEF, normalizeLabel, PARAGRAPH, parseBlocks, type FootnoteDefMeta, type LineStartsMeta, type TableRowMeta } from './markdown/blocks';
import { maskInline, type InlineFindings } from './markdown/inline';
import type { Token } from 'markdown-it';
import { ForwardFinder, isWhitespaceCode, lineEndOf, lineOfOffset, lineStartOffsets } from './text';
import type { BlockKind, FootnoteDef, FootnoteRef, HtmlComment, LinkRef, ProseBlock, ProseDocument } from './types';

/** Builds the prose view of a Markdown document. Never throws on any text. */
export function extractProse(source: string): ProseDocument {
  const n = source.length;
  const lineStarts = lineStartOffsets(source);
  const lineEnd = (line: number): number => lineEndOf(source, lineStarts, line);

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
  const blocks: ProseBlock[] = [];
  const links: LinkRef[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const footnoteDefs: FootnoteDef[] = [];
  const comments: HtmlComment[] = [];
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
    blocks.push({ index: blocks.length, start: first, end: last, kind, level, quoteDepth, inList: listDepth > 0 });
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

  const doc: ProseDocument = { source, prose: buildProse(source, keep, lineStarts), kept: keep, blocks, links, footnoteRefs, footnoteDefs, comments };
  if (fm) {
    const frontMatter: ProseDocument['frontMatter'] = { start: fm.start, end: fm.end };
    if (fm.data) frontMatter.data = fm.data;
    if (fm.error !== undefined) frontMatter.error = fm.error;
    doc.frontMatter = frontMatter;
  }
  return doc;
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
function buildProse(source: string, keep: Uint8Array, lineStarts: readonly number[]): string {
  for (let l = 1; l < lineStarts.length; l++) {
    const ls = lineStarts[l]!;
    keep[ls - 1] = 1;
    if (source.charCodeAt(ls - 1) === 10 && source.charCodeAt(ls - 2) === 13) keep[ls - 2] = 1;
  }
  const n = source.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const v = keep[i]!;
    // Short runs are walked; long ones left to the native search.
    let j = i + 1;
    while (j < n && keep[j] === v && j - i < 16) j++;
    if (j < n && keep[j] === v) {
      j = keep.indexOf(v ^ 1, j);
      if (j < 0) j = n;
    }
    if (v) out.push(i === 0 && j === n ? source : source.slice(i, j));
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
