/**
 * Stage 2: sentences.
 *
 * Splits the prose blocks of a document into sentences, tuned for news copy.
 * Headings and table cells are one sentence each. In a paragraph, a sentence
 * ends at `.`, `?`, `!` or an ellipsis (`...`, `…`), followed by any closing
 * quotes or brackets (`."`, `.)`, `.’`, `.”`) and then whitespace, unless:
 *
 * - the next word starts with a lower-case letter (`etc. and`, `"Why?" she
 *   asked`), unless it has an inner capital (`iPhone`);
 * - the period closes a known abbreviation that does not end sentences here
 *   (see {@link ABBREVIATIONS}) or an initial (`George W. Bush`);
 * - an ellipsis marks words left out (`them. … Democratic`, a free-standing
 *   `…`);
 * - a quotation closed by `?` or `!` is followed by a speaker (up to four
 *   capitalised words) and a speech verb (`"Is it over?" Mayor Diaz asked.`);
 * - the `?` or `!` ends one bracketed word, an editor's mark such as
 *   `[who?]` (which a fix inserts) or `[sic!]`.
 *
 * A line break is whitespace, never a boundary by itself. Decimals and money
 * (`3.14`, `$4.5bn`) are safe because a boundary needs whitespace after it,
 * and that whitespace must be prose, not markup the prose view masks as
 * spaces (`**`, an escaping backslash, a footnote reference, an HTML tag or
 * comment, even one with spaces inside): masked markup renders as nothing, so
 * `rose.**She said` is one sentence as `rose.She said` is. A `<br>` renders
 * as a line break and counts as whitespace. Otherwise an edit that only
 * changes how markup is read (a backslash escaping the `[` of an inserted
 * `[SOURCE]`, a `**` that can now close an emphasis) would move a boundary.
 *
 * Quotations spanning several sentences are split into their sentences, as the
 * editorial standard labels each of them.
 *
 * Linear time: each boundary candidate looks back at most one word (capped)
 * and forward over the whitespace that follows it.
 */
import { isWhitespaceCode, lowerBound } from './text';
import type { ProseBlock, ProseDocument, Sentence } from './types';

/**
 * How an abbreviation behaves before the next word.
 * - `title`: precedes a name, never ends a sentence (`Mr. Smith`).
 * - `number`: precedes a number (`No. 5`, `Jan. 5`); before anything else it
 *   ends a sentence like any word (`"No." Smith said`, `held in Sept. The`).
 * - `may-end`: can end a sentence (`etc.`, `Inc.`, `U.S.`): it does when the
 *   next word is a usual sentence opener ({@link SENTENCE_OPENERS}).
 * - `never-end`: introduces what follows (`e.g.`, `vs.`).
 */
export type AbbreviationKind = 'title' | 'number' | 'may-end' | 'never-end';

/**
 * Abbreviations that take a period in news copy, written without their final
 * period (inner periods kept). Compiled from the abbreviation entries of the
 * AP Stylebook (titles before names, months used with dates, corporate
 * suffixes, `No.`), the English abbreviation list of NLTK's Punkt model as
 * far as it occurs in news, and the usual country initialisms. Matching is
 * case-sensitive, so "No." (number) is not "no.".
 */
export const ABBREVIATIONS: Readonly<Record<string, AbbreviationKind>> = {
  // Titles and ranks before a name.
  Mr: 'title', Mrs: 'title', Ms: 'title', Messrs: 'title', Mmes: 'title', Dr: 'title', Prof: 'title',
  Gen: 'title', Lt: 'title', Col: 'title', Maj: 'title', Capt: 'title', Cpl: 'title', Sgt: 'title', Pvt: 'title',
  Adm: 'title', Cmdr: 'title', Cdr: 'title', Brig: 'title', Sen: 'title', Sens: 'title', Rep: 'title', Reps: 'title',
  Gov: 'title', Govs: 'title', Pres: 'title', Rev: 'title', Msgr: 'title', Fr: 'title', Hon: 'title',
  Supt: 'title', Det: 'title', Del: 'title', Asst: 'title', Insp: 'title', Atty: 'title', Amb: 'title', Sr: 'may-end', Jr: 'may-end', Mt: 'title', Ft: 'title',
  // Words before a number.
  No: 'number', Nos: 'number', Vol: 'number', Art: 'number', Fig: 'number', Figs: 'number', pp: 'number', p: 'number',
  Ch: 'number', Sec: 'number', Para: 'number', Ex: 'number',
  // Months as the AP Stylebook abbreviates them before a date.
  Jan: 'number', Feb: 'number', Mar: 'number', Apr: 'number', Jun: 'number', Jul: 'number', Aug: 'number',
  Sep: 'number', Sept: 'number', Oct: 'number', Nov: 'number', Dec: 'number',
  // Can end a sentence.
  etc: 'may-end', Inc: 'may-end', Corp: 'may-end', Ltd: 'may-end', Co: 'may-end', Cos: 'may-end', Bros: 'may-end',
  Plc: 'may-end', Assn: 'may-end', Dept: 'may-end', Univ: 'may-end', St: 'may-end', Ave: 'may-end', Blvd: 'may-end',
  Rd: 'may-end', 'a.m': 'may-end', 'p.m': 'may-end', 'U.S': 'may-end', 'U.K': 'may-end', 'U.N': 'may-end',
  'E.U': 'may-end', 'U.S.A': 'may-end', 'D.C': 'may-end', 'N.Y': 'may-end', 'L.A': 'may-end', 'Ph.D': 'may-end',
  // US states as the AP Stylebook abbreviates them after a city, above all in a
  // wire dateline ("LOUISVILLE, Ky. (AP) — …", "RENO, Nev. (AP) — …"), which
  // was cut in two before the agency's name. `Del` stays a title; "N.Y" is above.
  Ala: 'may-end', Ariz: 'may-end', Ark: 'may-end', Calif: 'may-end', Colo: 'may-end', Conn: 'may-end',
  Fla: 'may-end', Ga: 'may-end', Ill: 'may-end', Ind: 'may-end', Kan: 'may-end', Ky: 'may-end', La: 'may-end',
  Md: 'may-end', Mass: 'may-end', Mich: 'may-end', Minn: 'may-end', Miss: 'may-end', Mo: 'may-end', Mont: 'may-end',
  Neb: 'may-end', Nev: 'may-end', 'N.H': 'may-end', 'N.J': 'may-end', 'N.M': 'may-end', 'N.C': 'may-end',
  'N.D': 'may-end', Okla: 'may-end', Ore: 'may-end', Pa: 'may-end', 'R.I': 'may-end', 'S.C': 'may-end',
  'S.D': 'may-end', Tenn: 'may-end', Vt: 'may-end', Va: 'may-end', Wash: 'may-end', 'W.Va': 'may-end',
  Wis: 'may-end', Wyo: 'may-end',
  // Introduce what follows.
  vs: 'never-end', v: 'never-end', 'e.g': 'never-end', 'i.e': 'never-end', cf: 'never-end', approx: 'never-end',
  est: 'never-end', ca: 'never-end', viz: 'never-end',
};

/**
 * Words that usually open a sentence in news copy. After a `may-end`
 * abbreviation (`Apple Inc. The company…`) one of these marks a boundary;
 * a name or a noun (`U.S. Navy`, `Inc. Chief Executive`) does not.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'A An The This That These Those It Its He She They We I You His Her Their Our My There Here ' +
    'But And Or So Yet Nor For In On At By As If When While After Before Since Until Although Though ' +
    'However Meanwhile Moreover Instead Still Then Now Also Even Some Many Most Several Both Each Every ' +
    'No Not One Two Three Other Others Such What Who Whom Whose Why How Where Which According Under ' +
    'Despite During Officials Analysts Last Next Earlier Later Today Yesterday Tomorrow'
  ).split(' '),
);

/** Verbs that, after a quotation closed by `?` or `!` and a name, keep the sentence going. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says asked asks told tells added adds wrote writes replied replies shouted shouts cried cries recalled recalls insisted insists demanded demands wondered wonders'.split(
    ' ',
  ),
);

/** Splits every prose block into sentences. */
export function splitSentences(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  splitBlocks(doc, 0, doc.blocks.length, out);
  return out;
}

/** Splits blocks `[from, to)` of `doc`, appending their sentences to `out` (numbered on from its length). */
function splitBlocks(doc: ProseDocument, from: number, to: number, out: Sentence[]): void {
  const next = new TerminalFinder(doc.prose);
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === 'paragraph') splitParagraph(doc, b, out, next);
    else pushSentence(doc.prose, b, b.start, b.end, out);
  }
}

/**
 * The sentences of `doc` when only its blocks `[b0, b1)` differ from those of
 * the document `prev` was split from, whose blocks `[b0, oldB1)` they
 * replace, and the blocks after them moved by `delta` code units: each
 * block's sentences depend on its own prose only, so the others are kept
 * (those after the window renumbered and shifted). Equal to
 * `splitSentences(doc)`.
 */
export function splitSentencesAround(doc: ProseDocument, prev: readonly Sentence[], w: { b0: number; b1: number; oldB1: number; delta: number }): Sentence[] {
  const s0 = firstOfBlock(prev, w.b0);
  const s1 = firstOfBlock(prev, w.oldB1);
  const out = prev.slice(0, s0);
  splitBlocks(doc, w.b0, w.b1, out);
  const dS = out.length - s1;
  const dB = w.b1 - w.oldB1;
  for (let i = s1; i < prev.length; i++) {
    const s = prev[i]!;
    out.push({ index: s.index + dS, block: s.block + dB, start: s.start + w.delta, end: s.end + w.delta, open: s.open });
  }
  return out;
}

/** Index of the first sentence of `list` in block `block` or a later one. */
function firstOfBlock(list: readonly Sentence[], block: number): number {
  return lowerBound(list.length, (i) => list[i]!.block < block);
}

const isSpace = isWhitespaceCode;

/** Terminal punctuation: `.`, `?`, `!`, `…`, and the full-width and interrobang forms. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x203d || c === 0xff01 || c === 0xff1f;
}

/** Finds the code units {@link isTerminal} accepts. */
const TERMINAL_RE = /[.?!\u2026\u203d\uff01\uff1f]/g;

/** Closing quotes and brackets that may follow end punctuation. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x203a || c === 125;
}

/** Opening quotes and brackets that may precede the next sentence's first word (the splitter looks past them to the word). */
export function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x2018 || c === 0x201c || c === 0xab || c === 0x2039 || c === 123;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isSpace(c) && !(c >= 0x2000 && c <= 0x206f));
}

const LOWER_RE = /\p{Ll}/u;

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(s[i]!);
}

function isUpperAsciiOrCap(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(s[i]!);
}

/** Pushes the trimmed sentence `[start, end)` of block `b`. */
function pushSentence(prose: string, b: ProseBlock, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(prose.charCodeAt(start))) start++;
  while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  let k = end - 1;
  while (k > start && isCloser(prose.charCodeAt(k))) k--;
  out.push({ index: out.length, block: b.index, start, end, open: !isTerminal(prose.charCodeAt(k)) });
}

/** Reads the word ending at `end` (exclusive): letters, digits and inner periods, at most 24 code units. */
function wordBefore(s: string, end: number, min: number): string {
  let i = end;
  const limit = Math.max(min, end - 24);
  while (i > limit) {
    const c = s.charCodeAt(i - 1);
    if (isLetterOrDigit(c) || (c === 46 && i - 1 > limit && isLetterOrDigit(s.charCodeAt(i - 2)))) i--;
    else break;
  }
  // A word cut by the cap is not an abbreviation.
  if (i === limit && i > min && isLetterOrDigit(s.charCodeAt(i - 1))) return '';
  return s.slice(i, end);
}

/** Reads the word starting at `start`: letters, digits, hyphens and apostrophes. */
function wordAfter(s: string, start: number, max: number): string {
  let i = start;
  while (i < max && i - start < 24) {
    const c = s.charCodeAt(i);
    if (isLetterOrDigit(c) || c === 45 || c === 39 || c === 0x2019) i++;
    else break;
  }
  return s.slice(start, i);
}

/**
 * Finds the next end punctuation with a native scan, remembering the answer:
 * a scan may run past the end of its block, and the next blocks reuse it, so
 * the whole document is scanned once.
 */
class TerminalFinder {
  private found = -1;

  constructor(private readonly prose: string) {}

  /** Offset of the first end punctuation at or after `from` (the text length if none). */
  at(from: number): number {
    if (this.found >= from) return this.found;
    TERMINAL_RE.lastIndex = from;
    this.found = TERMINAL_RE.test(this.prose) ? TERMINAL_RE.lastIndex - 1 : this.prose.length;
    return this.found;
  }
}

/**
 * True when `[from, to)` of the document holds white space that is prose, or
 * a masked `<br>` (an HTML line break renders as one). Spaces inside masked
 * markup (a comment, a tag's attributes, a link title) render as nothing.
 */
export function hasProseSpace(doc: ProseDocument, from: number, to: number): boolean {
  const { source, kept } = doc;
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (kept[k] ? isSpace(c) : c === 60 && BR_RE.test(source.slice(k, k + 16))) return true;
  }
  return false;
}

/** An HTML line break: `<br>`, `<br/>`, `<br />`, any case. */
const BR_RE = /^<br\s*\/?>/i;

function splitParagraph(doc: ProseDocument, b: ProseBlock, out: Sentence[], next: TerminalFinder): void {
  const prose = doc.prose;
  const end = b.end;
  let sentenceStart = b.start;
  let i = b.start;
  while (i < end) {
    i = next.at(i);
    if (i >= end) break;
    const punctStart = i;
    while (i < end && isTerminal(prose.charCodeAt(i))) i++;
    const punctEnd = i;
    while (i < end && isCloser(prose.charCodeAt(i))) i++;
    const closeEnd = i;
    if (i < end && !isSpace(prose.charCodeAt(i))) continue;
    // Whitespace follows (or the block ends): find the next word.
    let j = i;
    while (j < end && isSpace(prose.charCodeAt(j))) j++;
    if (j >= end) break;
    // Only masked markup between the punctuation and the next word: glued.
    if (!hasProseSpace(doc, i, j)) {
      i = j;
      continue;
    }
    let w = j;
    while (w < end && isOpener(prose.charCodeAt(w))) w++;
    if (!isBoundary(prose, b.start, punctStart, punctEnd, closeEnd, w, end)) {
      i = j;
      continue;
    }
    pushSentence(prose, b, sentenceStart, closeEnd, out);
    sentenceStart = j;
    i = j;
  }
  pushSentence(prose, b, sentenceStart, end, out);
}

/** A dotted initialism as the word before its last period reads: "N.A.T.O", "U.A.E", "Ph.D". */
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Decides whether the punctuation `[punctStart, punctEnd)` (closers up to
 * `closeEnd`), followed by whitespace and the next word at `next`, ends a
 * sentence.
 */
function isBoundary(s: string, blockStart: number, punctStart: number, punctEnd: number, closeEnd: number, next: number, end: number): boolean {
  if (next >= end) return true;
  // An ellipsis marking words left out of a quotation continues the sentence:
  // "them. … Democratic groups" and a free-standing "…" in "them … Democratic".
  const n0 = s.charCodeAt(next);
  if (n0 === 0x2026 || (n0 === 46 && s.charCodeAt(next + 1) === 46)) return false;
  const mark0 = s.charCodeAt(punctStart);
  if ((mark0 === 0x2026 || (mark0 === 46 && punctEnd - punctStart > 1)) && punctStart > blockStart && isSpace(s.charCodeAt(punctStart - 1))) return false;
  const following = wordAfter(s, next, end);
  // A lower-case word continues the sentence, unless it is a brand with an
  // inner capital ("iPhone", "eBay").
  if (isLowerAt(s, next) && !/^\p{Ll}+\p{Lu}/u.test(following)) return false;
  const single = punctEnd - punctStart === 1;
  const mark = s.charCodeAt(punctStart);
  // An editor's mark in brackets ("[who?]", the mark a fix leaves, "[sic!]")
  // asks or exclaims inside the sentence; it ends nothing.
  if ((mark === 63 || mark === 33) && s.charCodeAt(punctEnd) === 93) {
    const word = wordBefore(s, punctStart, blockStart);
    if (word && s.charCodeAt(punctStart - word.length - 1) === 91) return false;
  }
  if ((mark === 63 || mark === 33) && closeEnd > punctEnd && isUpperAsciiOrCap(s, next)) {
    // "Is it over?" Smith asked. / "Will it hold?" Mayor Ana Diaz asked.
    let k = next;
    for (let words = 0; words < 4 && k < end && isUpperAsciiOrCap(s, k); words++) {
      k += Math.max(1, wordAfter(s, k, end).length);
      while (k < end && isSpace(s.charCodeAt(k))) k++;
      if (SPEECH_VERBS.has(wordAfter(s, k, end))) return false;
    }
  }
  if (!(single && mark === 46)) return true;
  // A single period: abbreviation or initial?
  if (closeEnd > punctEnd) return true; // `."` and `.)` end sentences.
  let word = wordBefore(s, punctStart, blockStart);
  if (!word) return true;
  // A word glued to the end of the sentence before ("concerns.Mr. Brown",
  // "rose.J. Smith") is read as it would be after a space: by its part after
  // the last inner period, unless the whole is an abbreviation or dotted
  // initialism ("U.S.", "Ph.D."). Read whole, "concerns.Mr" was no title,
  // so the sentence ended at "Mr."; a fix adding words before it
  // ("concerns among [SOURCE].Mr.") then joined the two sentences, and
  // fix-all did not settle (fuzz seed 10013, case 11802).
  const dot = word.lastIndexOf('.');
  if (dot > 0 && ABBREVIATIONS[word] === undefined && !DOTTED_INITIALISM.test(word)) word = word.slice(dot + 1);
  const kind = ABBREVIATIONS[word];
  const nextIsDigit = s.charCodeAt(next) >= 48 && s.charCodeAt(next) <= 57;
  const opener = SENTENCE_OPENERS.has(following);
  switch (kind) {
    case 'title':
    case 'never-end':
      return false;
    case 'number':
      return !nextIsDigit;
    case 'may-end':
      return opener;
  }
  // An initial: one capital letter (George W. Bush, J. R. R. Tolkien).
  if (word.length === 1 && isUpperAsciiOrCap(word, 0)) return opener;
  // Dotted initialisms not in the list (N.A.T.O., U.A.E.).
  if (word.indexOf('.') > 0 && DOTTED_INITIALISM.test(word)) return opener;
  return true;
}
