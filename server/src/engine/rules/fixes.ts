/**
 * Fixes as data, shared by the rules. Every fix edits only the sentence it is
 * about, except the two kinds of edit the brief allows outside it: a footnote
 * definition appended at the end of the document, and a suppression comment
 * on its own line. Edits are sorted and never overlap; line breaks follow the
 * document's own (CRLF documents get CRLF).
 */
import { CLOSING_MARK, isWhitespaceCode, lineOfOffset, lineStartOffsets, lowerBound } from '../text';
import { delimiterRole } from '../markdown/inline';
import { hasProseSpace, isOpener } from '../sentences';
import type { Fix, ProseBlock, ProseDocument, Quote, RuleId, Sentence, Span, TextEdit } from '../types';

/** The placeholder every fix leaves where a source's name must go. */
export const SOURCE = '[SOURCE]';
/** The placeholder for a quotation's speaker. */
export const SPEAKER = '[SPEAKER]';
/** The marker that asks "who?" without rewording the sentence. */
export const WHO = '[who?]';

/** The document's line break: CRLF when it uses CRLF anywhere, LF otherwise. */
export function eolOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * What every fix of a document needs and is the same for all of them,
 * worked out once per document (a long draft has thousands of findings).
 */
interface DocFacts {
  eol: string;
  footnoteLabel: string;
  /** Offsets of line starts: the parse's, given by `prepare()` (`carryFacts`); built on first use for a document made otherwise. */
  lineStarts?: number[];
  /** Per block, the comments a "-->" put in the block could close (`openComments`), built on first use. */
  openComments?: Map<number, number[]>;
  /** Per rule, the fix that disables it in the whole file (`disableFileFix`), made on first use. */
  fileFixes?: Map<RuleId, Fix>;
}
const facts = new WeakMap<ProseDocument, DocFacts>();

function factsOf(doc: ProseDocument): DocFacts {
  let f = facts.get(doc);
  if (!f) {
    f = { eol: eolOf(doc.source), footnoteLabel: computeFootnoteLabel(doc) };
    facts.set(doc, f);
  }
  return f;
}

/**
 * Gives `doc` the facts its fixes read without reading the whole draft for
 * them: its line starts (`lineStarts`, the parse's, equal to
 * `lineStartOffsets(doc.source)`), and, when `prev` is the document it was
 * re-parsed from in a window (`ProseParse.window`: `[start, oldEnd)` of the
 * previous text became `[start, end)`, everything else kept or moved), the
 * line break and the next free footnote label of `prev` where the window
 * shows they cannot differ: no CRLF made or unmade around the window, the
 * same footnote labels in it. Otherwise they are worked out on first use, as
 * before. A keystroke in a long draft made a new document each time, and
 * every one of them read the whole text for these (1 MB: a CRLF search, a
 * set of 610 footnote labels and 20,000 line starts).
 */
export function carryFacts(doc: ProseDocument, lineStarts: number[], prev?: { doc: ProseDocument; window: { start: number; oldEnd: number; end: number } }): void {
  if (facts.has(doc)) return;
  const was = prev && facts.get(prev.doc);
  const w = prev?.window;
  if (!was || !w) {
    facts.set(doc, { eol: eolOf(doc.source), footnoteLabel: computeFootnoteLabel(doc), lineStarts });
    return;
  }
  const from = Math.max(0, w.start - 1);
  // A CRLF that the window may have made or unmade lies in it or across one of its ends.
  const crlf = was.eol === '\r\n' ? !prev.doc.source.slice(from, w.oldEnd + 1).includes('\r\n') || eolOf(doc.source) === '\r\n' : doc.source.slice(from, w.end + 1).includes('\r\n');
  const sameLabels = <T extends { start: number; label: string }>(o: readonly T[], n: readonly T[]): boolean => {
    const o0 = firstAt(o, w.start);
    const n0 = firstAt(n, w.start);
    const o1 = firstAt(o, w.oldEnd);
    const n1 = firstAt(n, w.end);
    if (o1 - o0 !== n1 - n0) return false;
    for (let i = 0; i < o1 - o0; i++) if (o[o0 + i]!.label !== n[n0 + i]!.label) return false;
    return true;
  };
  const same = sameLabels(prev.doc.footnoteRefs, doc.footnoteRefs) && sameLabels(prev.doc.footnoteDefs, doc.footnoteDefs);
  facts.set(doc, { eol: crlf ? '\r\n' : '\n', footnoteLabel: same ? was.footnoteLabel : computeFootnoteLabel(doc), lineStarts });
}

/** Index of the first item of `list` (sorted by start) that starts at or after `at`. */
function firstAt(list: readonly { start: number }[], at: number): number {
  return lowerBound(list.length, (i) => list[i]!.start < at);
}

const TERMINAL = /[.!?…:;]/;

const COMBINING = /\p{M}/u;

/**
 * The end of a span, split: `end` past the last character that is not white
 * space or a trailing backslash, `closers` where the closing quotes and
 * brackets start, `punct` where the final punctuation starts. "It fell."
 * gives punct < closers = end. A combining mark goes with the character before
 * it ("fell.́" ends in punctuation), and a backslash at the very end is left
 * after any insertion: text added after it would be escaped by it ("42\[^1]"
 * is no footnote reference); so is one escaping the final mark ("charge.\?").
 * The gap before a free-standing ellipsis is read as the sentence splitter
 * reads it: masked markup there (a comment, a tag) is space when the draft
 * has white space in it.
 */
function endParts(doc: ProseDocument, span: Span): { end: number; closers: number; punct: number } {
  const source = doc.source;
  let end = span.end;
  while (end > span.start && (/\s/.test(source[end - 1]!) || source[end - 1] === '\\')) end--;
  /** The start of the character ending at `i`, with its combining marks. */
  const base = (i: number): number => {
    let k = i;
    while (k > span.start + 1 && COMBINING.test(source[k - 1]!)) k--;
    return k - 1;
  };
  let closers = end;
  while (closers > span.start && CLOSING_MARK.test(source[base(closers)]!)) closers = base(closers);
  let punct = closers;
  while (punct > span.start && TERMINAL.test(source[base(punct)]!)) punct = base(punct);
  // A free-standing ellipsis after the end punctuation ("killing three. …")
  // closes the same sentence: text put between them would follow a full stop
  // and a space, and start a sentence of its own. So it does before closing
  // marks ("42. …]"): the comma put at `punct` would open a new sentence.
  // The gap is read as the sentence splitter reads it: masked markup with
  // white space of the draft in it ("last year.<!-- … -->\n…") ends the
  // sentence as white space alone does, and the ellipsis closes it too.
  // Masked markup alone (an escaping backslash, "charge.\?") glues. Opening
  // marks between the space and the ellipsis ("three.\n(…") are looked past,
  // as the splitter looks past them to the next word.
  let opened = punct;
  while (opened > span.start && isOpener(doc.prose.charCodeAt(opened - 1))) opened--;
  let spaced = opened;
  while (spaced > span.start && /\s/.test(doc.prose[spaced - 1]!)) spaced--;
  if (!hasProseSpace(doc, spaced, opened)) {
    spaced = opened;
    while (spaced > span.start && /\s/.test(source[spaced - 1]!)) spaced--;
  }
  if (spaced === opened) spaced = punct;
  if (spaced < punct && spaced > span.start && TERMINAL.test(source[base(spaced)]!)) {
    punct = spaced;
    while (punct > span.start && TERMINAL.test(source[base(punct)]!)) punct = base(punct);
  } else if (spaced < punct && closers === end) {
    // So after end punctuation inside closing marks ("“Nobody knew.” …"):
    // the span's end is taken to be those marks, and the ellipsis stays
    // after all that is added ("“Nobody knew,” according to [SOURCE]. …").
    let marks = spaced;
    while (marks > span.start && CLOSING_MARK.test(source[base(marks)]!)) marks = base(marks);
    if (marks < spaced && marks > span.start && TERMINAL.test(source[base(marks)]!)) return endParts(doc, { start: span.start, end: spaced });
  }
  // Text put at `punct` goes before a backslash escaping the final mark
  // (see `beforeEscape`); with closers after the mark, text goes after them.
  if (closers === end && punct < closers) punct = beforeEscape(source, punct, span.start);
  return { end, closers, punct };
}

/**
 * `i`, or the offset of the backslash right before it when that backslash
 * escapes the character at `i` (an odd run of them): text inserted between
 * them would be what the backslash escapes ("charge.\?" with "[^1]" before the
 * "?" gives "charge.\[^1]?", no footnote reference), so it goes before the
 * backslash, which keeps escaping its mark.
 */
function beforeEscape(source: string, i: number, floor: number): number {
  let k = i;
  while (k > floor && source[k - 1] === '\\') k--;
  return (i - k) % 2 === 1 ? i - 1 : i;
}

/**
 * Edits that add `addition` (e.g. ", according to [SOURCE]") at the end of a
 * span, before its final punctuation: "It fell." → "It fell, according to
 * [SOURCE]." When the punctuation sits inside closing quotes (`"a failure."`)
 * it moves in front of them, American style: `"a failure," according to …`.
 */
export function appendBeforePunctuation(doc: ProseDocument, span: Span, addition: string): TextEdit[] {
  const source = doc.source;
  const { end, closers, punct } = endParts(doc, span);
  if (punct === closers) return [{ start: end, end, newText: addition }];
  if (closers === end) return [{ start: punct, end: punct, newText: addition }];
  const mark = source.slice(punct, closers);
  const rest = addition.replace(/^,\s*/, ' ');
  return [{ start: punct, end, newText: `,${source.slice(closers, end)}${rest}${mark === '?' || mark === '!' ? mark : '.'}` }];
}

/** The preferred fix for an unsourced claim: "…, according to [SOURCE]." */
export function accordingToFix(doc: ProseDocument, span: Span): Fix {
  return { title: `Add “according to ${SOURCE}”`, kind: 'insert', edits: appendBeforePunctuation(doc, span, `, according to ${SOURCE}`), preferred: true };
}

/** A `<!-- source: -->` note right after the span, for the writer to fill. */
export function sourceNoteFix(doc: ProseDocument, span: Span): Fix | undefined {
  let at = trimmedEnd(doc.source, span);
  // A literal "<!--" at the end of the sentence (never closed, so it is text)
  // would turn the note into the tail of a comment it opens: the note goes
  // before it. When nothing of the sentence is before it, there is no place
  // for a note: before it, the note would follow the sentence before.
  // There the note is inside the sentence, glued to what it follows: a space
  // after end punctuation ("…<!--" → "… <!-- source: --><!--") would end the
  // sentence at the note. Each unclosed "<!--" at the end is stepped over in
  // turn ("…<!--<!--": a note between the two would close the first).
  let glue = ' ';
  for (;;) {
    const open = doc.source.slice(span.start, at).lastIndexOf('<!--');
    if (open < 0 || doc.source.slice(span.start + open, at).includes('-->')) break;
    at = trimmedEnd(doc.source, { start: span.start, end: span.start + open });
    if (at === span.start) return undefined;
    glue = at === span.start + open ? '' : ' ';
  }
  // Glued right after a backslash, the note's "<" would be what it escapes
  // ("1969.\<!--" → "1969.\<!-- source: --><!--", no comment): the note goes
  // before the backslash, which keeps escaping the literal's "<".
  if (glue === '') {
    at = beforeEscape(doc.source, at, span.start);
    if (at === span.start) return undefined;
  }
  // An unclosed "<!--" earlier in the block, before the sentence or in its
  // clause before this one ("died.<!--\n… last year."), is text too, but the
  // note's "-->" would close it and turn all between into a comment: there is
  // no place for a note in this paragraph.
  const block = blockAt(doc.blocks, span.start);
  const before = doc.source.slice(Math.min(block?.start ?? span.start, span.start), at);
  const open = before.lastIndexOf('<!--');
  if (open >= 0 && !before.slice(open).includes('-->')) return undefined;
  return { title: 'Add a <!-- source: --> note after the sentence', kind: 'insert', edits: [{ start: at, end: at, newText: `${glue}<!-- source: -->` }] };
}

/**
 * The block holding `offset`, by binary search: the blocks are in document
 * order and do not overlap. (A scan from the first block, once per finding,
 * made a 10 MB draft's fixes quadratic: 17 s of its 30.)
 */
function blockAt(blocks: readonly ProseBlock[], offset: number): ProseBlock | undefined {
  const b = blocks[lowerBound(blocks.length, (k) => blocks[k]!.start <= offset) - 1];
  return b && offset < b.end ? b : undefined;
}

/** The next footnote label that is a free number. */
export function nextFootnoteLabel(doc: ProseDocument): string {
  return factsOf(doc).footnoteLabel;
}

function computeFootnoteLabel(doc: ProseDocument): string {
  const used = new Set([...doc.footnoteRefs, ...doc.footnoteDefs].map((f) => f.label));
  let max = 0;
  for (const label of used) if (/^\d+$/.test(label)) max = Math.max(max, Number(label));
  let n = max + 1;
  while (used.has(String(n))) n++;
  return String(n);
}

/**
 * A footnote on the span, `[^n]` before its final punctuation, with the
 * definition `[^n]: [SOURCE]` appended at the end of the document after a
 * blank line.
 */
export function footnoteFix(doc: ProseDocument, span: Span): Fix {
  const label = nextFootnoteLabel(doc);
  const eol = factsOf(doc).eol;
  const src = doc.source;
  const gap = src.endsWith(eol + eol) || src.length === 0 ? '' : src.endsWith(eol) || src.endsWith('\n') ? eol : eol + eol;
  // Before the final punctuation ("fell[^2]."), or after closing quotes ("… failure."[^2]).
  const { end, closers, punct } = endParts(doc, span);
  let at = punct === closers ? end : closers === end ? punct : end;
  // Before a colon that opens its line, "[^2]:" would be a footnote
  // definition, not a reference: the reference goes after the marks then.
  if (src[at] === ':' && /(^|\n)[ \t>]*$/.test(src.slice(Math.max(0, at - 80), at))) at = end;
  const ref: TextEdit = { start: at, end: at, newText: `[^${label}]` };
  return {
    title: `Add footnote [^${label}] with a source to fill`,
    kind: 'insert',
    edits: [ref, { start: src.length, end: src.length, newText: `${gap}[^${label}]: ${SOURCE}${eol}` }],
  };
}

/**
 * True when the span holds markup the prose view masks, other than white
 * space and emphasis marks: a link's "](https://…)", a tag, a footnote
 * reference. A source phrase read across it ("charge.42](https://…)Officials")
 * runs over text that is no part of it, and replacing the phrase would delete
 * the markup.
 */
export function spansMarkup(doc: ProseDocument, span: Span): boolean {
  const { source, kept } = doc;
  for (let k = span.start; k < span.end; k++) {
    if (kept[k]) continue;
    const c = source.charCodeAt(k);
    if (c !== 42 && c !== 95 && !isWhitespaceCode(c)) return true;
  }
  return false;
}

/**
 * True when an HTML comment overlaps the span. A fix must not delete one: it
 * may be a source note or a suppression comment, and deleting it would change
 * what the engine reports elsewhere.
 */
export function spansComment(doc: ProseDocument, span: Span): boolean {
  const list = doc.comments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const c = list[lo];
  return c !== undefined && c.start < span.end;
}

/** Where a span ends once trailing white space is left out. */
function trimmedEnd(source: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(source[end - 1]!)) end--;
  return end;
}

/** The container prefix (indentation and block-quote markers) of the line holding `offset`. */
const LINE_PREFIX = /[ \t]*(?:>[ \t]?)*/y;

/** The indentation and block-quote markers at the start of the line at `lineStart`. */
function linePrefix(source: string, lineStart: number): string {
  // Sticky, so the match starts at the line and never reads past it: neither
  // part of the pattern matches a line break.
  LINE_PREFIX.lastIndex = lineStart;
  const m = LINE_PREFIX.exec(source);
  let prefix = m ? m[0] : '';
  // A list item's continuation lines are indented; its first line has a
  // marker, which the comment must not repeat (that would start a new item).
  if (!prefix.includes('>')) prefix = prefix.replace(/\t/g, '    ');
  return prefix;
}

/** How many columns a line prefix takes, a tab reaching the next multiple of four. */
function columns(prefix: string): number {
  let n = 0;
  for (const c of prefix) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}

/** How many block-quote markers a line prefix holds. */
function countQuoteMarks(prefix: string): number {
  let n = 0;
  for (const c of prefix) if (c === '>') n++;
  return n;
}

/**
 * `<!-- sourcetrace-disable-next-line RULE -->` on its own line before the line
 * the sentence starts on, with the same indentation and block-quote markers.
 *
 * Where such a line cannot go is decided by the special cases below, each
 * found by a fuzz seed, not by parsing the edited text. One mechanism was
 * weighed in the tenth session (parse the block with the line inserted, offer
 * the fix when the directive parses and the blocks and sentences are
 * otherwise unchanged) and measured on the 10 MB bench draft: a third of its
 * 52,289 findings (15,093 lines in 13,162 blocks) start on a line that no
 * cheap argument clears (not the first line of a top-level block after a
 * blank line), and one parse of those blocks costs about 400 ms of CPU,
 * 40-60 % of runRules (700-1,000 ms under load), far above the few percent
 * a fix may cost. So the special cases stay, and what the parser already
 * decides is read from the prose view (`ProseDocument.codeSpans`).
 */
export function disableLineFix(doc: ProseDocument, rule: RuleId, sentence: Sentence): Fix | undefined {
  const block = doc.blocks[sentence.block];
  // A line inserted inside a table would break the table.
  if (block?.kind === 'table-cell') return undefined;
  const src = doc.source;
  // One line table per document, searched in O(log lines): scanning back for
  // the line start per finding was quadratic on a long single-line paragraph.
  const facts = factsOf(doc);
  const starts = (facts.lineStarts ??= lineStartOffsets(src));
  const lineStart = starts[lineOfOffset(starts, sentence.start)]!;
  const blockLineStart = block ? starts[lineOfOffset(starts, block.start)]! : -1;
  // Inside a comment that a literal "<!--" earlier in the paragraph opens
  // (never closed, so it was text, or closed only after this line), the
  // directive's "-->" would close that comment, and the directive would be
  // its tail, not a comment of its own: the line has no place for one.
  if (block && insideOpenComment(src, (facts.openComments ??= new Map()), block, blockLineStart, lineStart)) return undefined;
  // Inside a code span opened on an earlier line of the paragraph, the
  // comment line would be code, no directive (fuzz seed 9913, case 15654).
  if (insideCodeSpan(doc.codeSpans, lineStart)) return undefined;
  const prefix = linePrefix(src, lineStart);
  // A lazy continuation line of a block quote (fewer '>' than the quote is
  // deep): a comment line before it ends the quote, and the lines after it
  // are read outside it, where a "===" that was paragraph text underlines a
  // heading, which splits the sentence the directive was to cover (fuzz seed
  // 777, case 37873). No prefix keeps them inside: the line has no place for one.
  // (The block's first line may hold a list marker before its '>'s, which
  // the prefix does not take in; a continuation line never does.)
  if (block && block.quoteDepth > 0 && countQuoteMarks(prefix) < block.quoteDepth && blockLineStart < lineStart) return undefined;
  // More '>' than the block is deep in quotes: some are text ("\t> > 1." after
  // a paragraph line, its lazy continuation), and the comment line with them
  // is paragraph text too, no directive (random drafts, seed 15).
  if (countQuoteMarks(prefix) > (block?.quoteDepth ?? 0)) return undefined;
  // So with a lazy continuation line of a list item (indented less than the
  // item's text starts on its first line): a comment line before it ends the
  // list, and a "===" later in the paragraph underlines a heading, which
  // splits the sentence (fuzz seed 7, case 676).
  if (block && block.inList && blockLineStart < lineStart && columns(prefix) < columns(src.slice(blockLineStart, block.start))) return undefined;
  return {
    title: disableLineFixTitle(rule),
    kind: 'insert',
    edits: [{ start: lineStart, end: lineStart, newText: `${prefix}<!-- sourcetrace-disable-next-line ${rule} -->${facts.eol}` }],
  };
}

/**
 * True when `at` lies inside one of the document's code spans (as the
 * Markdown stage paired their backtick runs, `ProseDocument.codeSpans`): a
 * line inserted there would be code. The spans are in order and do not
 * overlap, so the last one starting before `at` is the only one that can hold it.
 */
function insideCodeSpan(spans: readonly Span[], at: number): boolean {
  const k = lowerBound(spans.length, (m) => spans[m]!.start < at);
  return k > 0 && spans[k - 1]!.end > at;
}

/**
 * True when `at` lies after the "<!--" of a comment in the block that is not
 * closed before `at`, read as the Markdown parser reads inline comments
 * ("<!-->" and "<!--->" are empty ones). The block's comments are listed once
 * (`cache`, by block index), as pairs of opening and end (Infinity when never
 * closed), so a paragraph with many findings is scanned once, not per finding.
 */
function insideOpenComment(src: string, cache: Map<number, number[]>, block: ProseBlock, from: number, at: number): boolean {
  let spans = cache.get(block.index);
  if (!spans) {
    spans = [];
    for (let p = src.indexOf('<!--', from); p >= 0 && p < block.end; ) {
      let end: number;
      if (src.startsWith('<!-->', p)) end = p + 5;
      else if (src.startsWith('<!--->', p)) end = p + 6;
      else {
        const e = src.indexOf('-->', p + 4);
        end = e < 0 ? Infinity : e + 3;
      }
      spans.push(p, end);
      if (end === Infinity) break;
      p = src.indexOf('<!--', end);
    }
    cache.set(block.index, spans);
  }
  // The last comment opening before `at`.
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[2 * mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[2 * lo - 1]! > at;
}

/**
 * The title of the fix that disables a rule on the finding's line. Like the
 * file-wide one, front ends recognise the suppression fixes by their titles:
 * every rule offers them, so a front end may build them from the analysis
 * instead of carrying a copy with every finding.
 */
export function disableLineFixTitle(rule: RuleId): string {
  return suppressionTitles(rule)[0];
}

/**
 * The title of the fix that disables a rule in the whole file. That fix is the
 * same for every finding of the rule, so front ends recognise it by this title
 * and may offer it once per rule instead of carrying a copy with every finding.
 */
export function disableFileFixTitle(rule: RuleId): string {
  return suppressionTitles(rule)[1];
}

const titlesByRule = new Map<RuleId, readonly [string, string]>();

/**
 * The titles of a rule's two suppression fixes, made once per rule: every
 * finding of a long draft carries them, and one string shared by all of them
 * is compared and kept far more cheaply than thousands of equal copies.
 */
function suppressionTitles(rule: RuleId): readonly [string, string] {
  let t = titlesByRule.get(rule);
  if (!t) {
    t = [`Ignore ${rule} on this line`, `Ignore ${rule} in this file`];
    titlesByRule.set(rule, t);
  }
  return t;
}

/**
 * `<!-- sourcetrace-disable-file RULE -->` at the top of the draft, after any
 * front matter. It is the same for every finding of the rule, so it is made
 * once per rule and document and the findings share it (every finding carries
 * it: 52,289 copies on the 10 MB benchmark draft). Nothing changes it in
 * place: `finding` in rule.ts leaves its texts as they are (`isSharedFix`) and
 * the incremental analyzer copies a fix it moves (`finding` in incremental.ts).
 */
export function disableFileFix(doc: ProseDocument, rule: RuleId): Fix {
  const facts = factsOf(doc);
  const byRule = (facts.fileFixes ??= new Map());
  let fix = byRule.get(rule);
  if (!fix) {
    fix = makeDisableFileFix(doc, rule, facts.eol);
    byRule.set(rule, fix);
    sharedFixes.add(fix);
  }
  return fix;
}

/** The fixes made once and shared by many findings (`disableFileFix`): no holder may change them. */
const sharedFixes = new WeakSet<Fix>();

/** True for a fix that many findings share (see `disableFileFix`), which no holder may change in place. */
export function isSharedFix(fix: Fix): boolean {
  return sharedFixes.has(fix);
}

function makeDisableFileFix(doc: ProseDocument, rule: RuleId, eol: string): Fix {
  const src = doc.source;
  const comment = `<!-- sourcetrace-disable-file ${rule} -->`;
  const fm = doc.frontMatter;
  let edit: TextEdit;
  if (!fm) edit = { start: 0, end: 0, newText: comment + eol };
  else if (src[fm.end - 1] === '\n') edit = { start: fm.end, end: fm.end, newText: comment + eol };
  else {
    // Front matter that ends at the closing fence, before its line break.
    const at = src.startsWith('\r\n', fm.end) ? fm.end + 2 : src.startsWith('\n', fm.end) ? fm.end + 1 : fm.end;
    edit = at === fm.end ? { start: at, end: at, newText: eol + comment + eol } : { start: at, end: at, newText: comment + eol };
  }
  return { title: disableFileFixTitle(rule), kind: 'insert', edits: [edit] };
}

/** The two suppression fixes every rule offers, in menu order. */
export function suppressionFixes(doc: ProseDocument, rule: RuleId, sentence: Sentence | undefined): Fix[] {
  const line = sentence ? disableLineFix(doc, rule, sentence) : undefined;
  return [...(line ? [line] : []), disableFileFix(doc, rule)];
}

/**
 * True when `at` lies strictly inside a quotation that has its closing mark.
 * The list is in document order; checking one block at a time, the
 * incremental analyzer leaves the slots of earlier blocks empty, and those
 * count as before `at`.
 */
export function insideClosedQuote(quotes: readonly (Quote | undefined)[], at: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const q = quotes[mid];
    if (!q || q.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.start < at && at < q.end && (q as Quote & { closed?: boolean }).closed !== false;
}

/** What a run of "*", "_" or "~" can do between the characters `before` and `after` ('' for none). */
function roleBetween(before: string, run: string, after: string): number {
  return delimiterRole(before + run + after, before.length, before.length + run.length);
}

function isDelimiter(ch: string | undefined): boolean {
  return ch === '*' || ch === '_' || ch === '~';
}

/**
 * Whether a run whose role goes from `was` to `now` may pair differently:
 * a run the Markdown stage paired (some of it masked) that can no longer do
 * what it could, or a run left as text (some of it kept) that can do more.
 * A paired run that only gains a role (the closing "_" of "_sources_"
 * before "," can open too once "sources" is "[SOURCE]") pairs as before.
 */
function repairs(doc: ProseDocument, start: number, end: number, was: number, now: number): boolean {
  if (was === now) return false;
  let masked = false;
  let kept = false;
  for (let i = start; i < end; i++) {
    if (doc.kept[i]) kept = true;
    else masked = true;
  }
  return (masked && (was & ~now) !== 0) || (kept && (now & ~was) !== 0);
}

/**
 * True when an edit may change how a run of "*", "_" or "~" right before or
 * after it pairs, by changing the character on that side of the run
 * (CommonMark's flanking rules look at one character each side) so that the
 * run loses a role it was paired in or, left as text, gains one; or when a
 * deletion joins two runs into one. The words around the run would then be
 * masked or unmasked and read differently, and a second fix-all round would
 * find more to do: "matter***She" → "matter***[SOURCE]" stopped a paired run
 * from opening (property generator seed 2037), ".**Reportedly, the" →
 * ".**, the" let a run of text close (fuzz seed 10046, case 9662).
 */
export function movesEmphasis(doc: ProseDocument, edits: readonly TextEdit[]): boolean {
  const source = doc.source;
  for (const e of edits) {
    const ch = source[e.start - 1];
    if (isDelimiter(ch)) {
      if (e.newText === '' && source[e.end] === ch) return true;
      let k = e.start - 1;
      while (k > 0 && source[k - 1] === ch) k--;
      const run = source.slice(k, e.start);
      const before = source[k - 1] ?? '';
      const next = e.newText !== '' ? e.newText[0]! : (source[e.end] ?? '');
      if (repairs(doc, k, e.start, roleBetween(before, run, source[e.start] ?? ''), roleBetween(before, run, next))) return true;
    }
    const ch2 = source[e.end];
    if (isDelimiter(ch2)) {
      let m = e.end + 1;
      while (source[m] === ch2) m++;
      const run = source.slice(e.end, m);
      const after = source[m] ?? '';
      const prev = e.newText !== '' ? e.newText[e.newText.length - 1]! : (source[e.start - 1] ?? '');
      if (repairs(doc, e.end, m, roleBetween(source[e.end - 1] ?? '', run, after), roleBetween(prev, run, after))) return true;
    }
  }
  return false;
}
