/**
 * A linear-time inline masker for CommonMark + GFM.
 *
 * markdown-it's inline parser is too slow for the whole-document budget (see
 * the figures at the top of `../markdown.ts`) and builds a token tree we do not
 * need. What the prose view needs is much less: for each code unit of an
 * inline run (a paragraph, a heading, a table cell), is it prose or markup?
 * This module answers that in one left-to-right pass, records the links,
 * footnote references, HTML comments and code spans it meets, and never
 * recurses.
 *
 * What is masked (set to 0 in `keep`):
 * - backslashes of backslash escapes and hard line breaks (the escaped
 *   character stays, as literal text);
 * - code spans, whole (backtick runs are matched by exact length, as in
 *   CommonMark; an unmatched run is literal text);
 * - autolinks `<https://…>` / `<a@b.org>`, whole (recorded as links whose text
 *   is the URL), and GFM bare URLs `https://…` / `www.…` (recorded likewise);
 * - raw HTML tags, processing instructions, declarations, CDATA and comments
 *   (comments are recorded);
 * - entity and numeric character references except their first character
 *   (`&amp;` keeps `&`, so the prose keeps a visible stand-in);
 * - footnote references `[^label]`, whole (recorded);
 * - links: the `[`, and the `](destination "title")`, `][label]`, `][]` or `]`
 *   after the text (the text stays; recorded with their destination);
 * - images `![alt](src)`, whole;
 * - emphasis, strong and strikethrough delimiters, paired as CommonMark's
 *   "process emphasis" pairs them (flanking rules, rule of three, emphasis
 *   inside link text pairing only there); `~`/`~~` runs of equal length pair
 *   as GFM strikethrough. Unpaired runs (`5 * 3`, `___`) stay text.
 *
 * Linear time: every construct that may look ahead (code spans, comments,
 * link destinations, HTML tags) either uses a cached forward search whose
 * cost is amortised over the whole scan, or charges the characters it scans to
 * a budget proportional to the run's length. When the budget is spent (only
 * adversarial input gets there), remaining link destinations and HTML tags are
 * read as plain text.
 */
import { ForwardFinder, isWhitespaceCode } from '../text';

/** A link reference definition, keyed by its normalized label. */
export interface ReferenceTable {
  [label: string]: { href: string } | undefined;
}

/** What the masker found, in coordinates of the string it was given. */
export interface InlineFindings {
  links: { start: number; end: number; textStart: number; textEnd: number; href: string }[];
  footnoteRefs: { start: number; end: number; label: string }[];
  comments: { start: number; end: number; body: string }[];
  /** Code spans, whole (from the opening backtick run to the end of the closing one), in order. */
  codeSpans: { start: number; end: number }[];
}

/** Options of one masking run. */
export interface InlineOptions {
  /** Link reference definitions of the document. */
  references: ReferenceTable | undefined;
  /** Normalizes a reference label the way the definitions were keyed. */
  normalizeLabel: (label: string) => string;
}

/** Longest reference label CommonMark allows. */
const MAX_LABEL = 999;
/** Deepest parenthesis nesting in a link destination (as markdown-it). */
const MAX_PAREN_DEPTH = 32;

const enum C {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Amp = 38,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Dot = 46,
  Slash = 47,
  Colon = 58,
  Semi = 59,
  Lt = 60,
  Gt = 62,
  Question = 63,
  At = 64,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Caret = 94,
  Underscore = 95,
  Backtick = 96,
  Tilde = 126,
}

/** ASCII punctuation as CommonMark defines it (what a backslash can escape). */
function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

const PUNCT_RE = /[\p{P}\p{S}]/u;

/** Unicode punctuation or symbol (CommonMark 0.31 flanking rules). */
function isPunctAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiPunct(c);
  return PUNCT_RE.test(s[i]!);
}

function isSpaceAt(s: string, i: number): boolean {
  return i < 0 || i >= s.length || isWhitespaceCode(s.charCodeAt(i));
}

/** `delimiterRole` bits: the run can open emphasis (strikethrough), can close it. */
export const CAN_OPEN = 1;
export const CAN_CLOSE = 2;

/**
 * Whether the run of "*", "_" or "~" at `s[i..j)` can open and can close
 * (CommonMark 0.31's flanking rules, GFM's for "~"; the ends of `s` count as
 * white space), as `CAN_OPEN | CAN_CLOSE` bits. The fixes ask it too: an
 * edit next to a run must not change what the run can do (rules/fixes.ts,
 * `movesEmphasis`).
 */
export function delimiterRole(s: string, i: number, j: number): number {
  const c = s.charCodeAt(i);
  const left = !isSpaceAt(s, j) && (!isPunctAt(s, j) || isSpaceAt(s, i - 1) || isPunctAt(s, i - 1));
  const right = !isSpaceAt(s, i - 1) && (!isPunctAt(s, i - 1) || isSpaceAt(s, j) || isPunctAt(s, j));
  let open = left;
  let close = right;
  if (c === C.Underscore) {
    open = left && (!right || isPunctAt(s, i - 1));
    close = right && (!left || isPunctAt(s, j));
  } else if (c === C.Tilde && j - i > 2) open = close = false;
  return (open ? CAN_OPEN : 0) | (close ? CAN_CLOSE : 0);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Code units that can start an inline construct (bare URLs are found apart). */
const SPECIAL_RE = /[\\`<!\[\]*_~&]/g;
/** Where a GFM bare URL may start. */
const URL_RE = /https?:\/\/|www\./gi;

/** Start of the next `http://`, `https://` or `www.` at or after `from`, or `n`. */
function nextUrlCandidate(s: string, from: number): number {
  URL_RE.lastIndex = from;
  if (!URL_RE.test(s)) return s.length;
  const e = URL_RE.lastIndex;
  if (s.charCodeAt(e - 1) === 46) return e - 4;
  const c = s.charCodeAt(e - 4);
  return c === 115 || c === 83 ? e - 8 : e - 7;
}

interface Opener {
  pos: number;
  image: boolean;
  seq: number;
  /** Length of the delimiter list when the bracket opened. */
  delimBottom: number;
}

/** A run of `*`, `_` or `~` that can open or close emphasis. */
interface Delim {
  ch: number;
  /** Start and length of what is left of the run (matches consume it). */
  start: number;
  len: number;
  /** Length of the run as written. */
  orig: number;
  open: boolean;
  close: boolean;
}

/** Scratch arrays of {@link processEmphasis}, reused: it runs once per block and per link. */
let prevScratch = new Int32Array(256);
const bottomScratch = new Int32Array(18);

/**
 * CommonMark's "process emphasis" over `delims[from..]`: each closer, left to
 * right, is paired with the nearest matching opener before it; the
 * characters a pair uses are masked, delimiters between them are dropped,
 * and runs left unmatched stay text. `~` (GFM strikethrough) pairs runs of
 * equal length. The openers-bottom table keeps failed searches from being
 * repeated, which keeps the whole linear.
 */
function processEmphasis(delims: Delim[], from: number, mask: (a: number, b: number) => void): void {
  const m = delims.length;
  if (m - from < 2) return;
  if (prevScratch.length < m) prevScratch = new Int32Array(Math.max(m, prevScratch.length * 2));
  const prev = prevScratch;
  for (let k = from; k < m; k++) prev[k] = k - 1;
  // Indexed by type (*, _, ~), whether the closer can open, and its length mod 3.
  const bottom = bottomScratch.fill(from - 1);
  for (let c = from; c < m; c++) {
    const closer = delims[c]!;
    if (!closer.close) continue;
    const type = closer.ch === C.Star ? 0 : closer.ch === C.Underscore ? 1 : 2;
    while (closer.len > 0) {
      const key = type * 6 + (closer.open ? 3 : 0) + (closer.orig % 3);
      let o = prev[c]!;
      let found = -1;
      while (o > bottom[key]!) {
        const d = delims[o]!;
        if (d.ch === closer.ch && d.open && d.len > 0) {
          if (type === 2) {
            if (d.len === closer.len) {
              found = o;
              break;
            }
          } else if (!((d.close || closer.open) && (d.orig + closer.orig) % 3 === 0 && !(d.orig % 3 === 0 && closer.orig % 3 === 0))) {
            found = o;
            break;
          }
        }
        o = prev[o]!;
      }
      if (found < 0) {
        bottom[key] = prev[c]!;
        if (!closer.open && c + 1 < m) prev[c + 1] = prev[c]!;
        break;
      }
      const opener = delims[found]!;
      const use = type === 2 ? closer.len : closer.len >= 2 && opener.len >= 2 ? 2 : 1;
      mask(opener.start + opener.len - use, opener.start + opener.len);
      mask(closer.start, closer.start + use);
      opener.len -= use;
      closer.start += use;
      closer.len -= use;
      prev[c] = opener.len > 0 ? found : prev[found]!;
      if (closer.len === 0 && c + 1 < m) prev[c + 1] = prev[c]!;
    }
  }
}

/**
 * Index of backtick runs by length, answering "first run of exactly length L
 * starting at or after x" with a pointer per length that only moves forward.
 */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(s: string) {
    let i = s.indexOf('`');
    while (i >= 0) {
      let j = i + 1;
      while (s.charCodeAt(j) === C.Backtick) j++;
      const len = j - i;
      let list = this.byLength.get(len);
      if (!list) this.byLength.set(len, (list = []));
      list.push(i);
      i = s.indexOf('`', j);
    }
  }

  /** First run of exactly `len` backticks starting at or after `from`, or -1. */
  next(len: number, from: number): number {
    const list = this.byLength.get(len);
    if (!list) return -1;
    let k = this.cursor.get(len) ?? 0;
    while (k < list.length && list[k]! < from) k++;
    this.cursor.set(len, k);
    return k < list.length ? list[k]! : -1;
  }
}

/**
 * Masks the inline markup of `s` in `keep` (`keep[offset + i]` is code unit
 * `i` of `s`; 1 = prose, 0 = markup; the caller initialises it to 1) and
 * returns what it found, in offsets into `s`.
 */
export function maskInline(s: string, keep: Uint8Array, options: InlineOptions, offset = 0): InlineFindings {
  const n = s.length;
  const found: InlineFindings = { links: [], footnoteRefs: [], comments: [], codeSpans: [] };
  let budget = 8 * n + 65_536;
  let runs: BacktickRuns | undefined;
  const finders = new Map<string, ForwardFinder>();
  const findFrom = (needle: string, pos: number): number => {
    let f = finders.get(needle);
    if (!f) finders.set(needle, (f = new ForwardFinder(s, needle)));
    return f.find(pos);
  };
  const mask = (a: number, b: number): void => {
    keep.fill(0, offset + a, offset + Math.min(b, n));
  };
  const openers: Opener[] = [];
  const delims: Delim[] = [];
  let seq = 0;
  /** Openers of plain links created before this sequence number are inactive. */
  let linkBarrier = 0;

  // ── Link destination and title, after `](`: returns the end after `)` or -1.
  const inlineLinkTail = (p: number): { end: number; href: string } | -1 => {
    if (budget <= 0) return -1;
    const start = p;
    let i = p + 1;
    const skipWs = (): void => {
      let breaks = 0;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c === C.Space || c === C.Tab) i++;
        else if (c === C.LF && breaks === 0) {
          breaks++;
          i++;
        } else break;
      }
    };
    const done = (r: { end: number; href: string } | -1): { end: number; href: string } | -1 => {
      budget -= i - start + 1;
      return r;
    };
    skipWs();
    let href = '';
    if (s.charCodeAt(i) === C.Lt) {
      const d = i + 1;
      i++;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c === C.Backslash && i + 1 < n) i += 2;
        else if (c === C.Gt) break;
        else if (c === C.Lt || c === C.LF) return done(-1);
        else i++;
      }
      if (i >= n) return done(-1);
      href = s.slice(d, i);
      i++;
    } else {
      const d = i;
      let depth = 0;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c === C.Backslash && i + 1 < n && isAsciiPunct(s.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        if (c <= 32 || c === 127) break;
        if (c === C.LParen) {
          depth++;
          if (depth > MAX_PAREN_DEPTH) return done(-1);
        } else if (c === C.RParen) {
          if (depth === 0) break;
          depth--;
        }
        i++;
      }
      if (depth !== 0) return done(-1);
      href = s.slice(d, i);
    }
    const afterDest = i;
    skipWs();
    const t = s.charCodeAt(i);
    if (i > afterDest && (t === C.DQuote || t === C.SQuote || t === C.LParen)) {
      const close = t === C.LParen ? C.RParen : t;
      i++;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c === C.Backslash && i + 1 < n) i += 2;
        else if (c === close) break;
        else if (t === C.LParen && c === C.LParen) return done(-1);
        else i++;
      }
      if (i >= n) return done(-1);
      i++;
      skipWs();
    }
    if (s.charCodeAt(i) !== C.RParen) return done(-1);
    i++;
    return done({ end: i, href: unescapeDest(href) });
  };

  // ── A `[label]` after a link text: returns the label end (after `]`) or -1.
  const bracketLabel = (p: number): { end: number; label: string } | -1 => {
    let i = p + 1;
    const limit = Math.min(n, p + 1 + MAX_LABEL + 1);
    while (i < limit) {
      const c = s.charCodeAt(i);
      if (c === C.Backslash && i + 1 < n) i += 2;
      else if (c === C.LBracket) return -1;
      else if (c === C.RBracket) return { end: i + 1, label: s.slice(p + 1, i) };
      else i++;
    }
    return -1;
  };

  const lookup = (label: string): string | undefined => {
    if (!options.references || label.length > MAX_LABEL || !label.trim()) return undefined;
    const ref = options.references[options.normalizeLabel(label)];
    return ref ? ref.href : undefined;
  };

  // ── HTML tags, comments, autolinks after `<`: returns the end or -1.
  const angle = (p: number): number => {
    const c1 = s.charCodeAt(p + 1);
    if (c1 === C.Bang) {
      if (s.startsWith('<!--', p)) {
        const empty = s.startsWith('<!-->', p) ? 5 : s.startsWith('<!--->', p) ? 6 : 0;
        if (empty) {
          found.comments.push({ start: p, end: p + empty, body: '' });
          return p + empty;
        }
        const e = findFrom('-->', p + 4);
        if (e < 0) return -1;
        found.comments.push({ start: p, end: e + 3, body: s.slice(p + 4, e).trim() });
        return e + 3;
      }
      if (s.startsWith('<![CDATA[', p)) {
        const e = findFrom(']]>', p + 9);
        return e < 0 ? -1 : e + 3;
      }
      if (isAlpha(s.charCodeAt(p + 2))) {
        const e = findFrom('>', p + 2);
        return e < 0 ? -1 : e + 1;
      }
      return -1;
    }
    if (c1 === C.Question) {
      const e = findFrom('?>', p + 2);
      return e < 0 ? -1 : e + 2;
    }
    const auto = autolink(p);
    if (auto >= 0) {
      const url = s.slice(p + 1, auto - 1);
      found.links.push({ start: p, end: auto, textStart: p + 1, textEnd: auto - 1, href: url });
      return auto;
    }
    return htmlTag(p);
  };

  /** `<scheme:…>` or `<user@host>`; returns the end after `>` or -1. */
  const autolink = (p: number): number => {
    let i = p + 1;
    if (isAlpha(s.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && j - i < 32) {
        const c = s.charCodeAt(j);
        if (isAlnum(c) || c === 43 || c === 45 || c === C.Dot) j++;
        else break;
      }
      if (j - i >= 2 && s.charCodeAt(j) === C.Colon) {
        j++;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === C.Gt) return j + 1;
          if (c <= 32 || c === C.Lt) return -1;
          j++;
        }
        return -1;
      }
    }
    // Email autolink.
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (isAlnum(c) || ".!#$%&'*+/=?^_`{|}~-".includes(s[j]!)) j++;
      else break;
    }
    if (j === i || s.charCodeAt(j) !== C.At) return -1;
    j++;
    const host = j;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (isAlnum(c) || c === 45 || c === C.Dot) j++;
      else break;
    }
    if (j === host || s.charCodeAt(j) !== C.Gt) return -1;
    return j + 1;
  };

  /** An open or closing HTML tag; returns the end after `>` or -1. Charged to the budget. */
  const htmlTag = (p: number): number => {
    if (budget <= 0) return -1;
    let i = p + 1;
    const done = (r: number): number => {
      budget -= i - p + 1;
      return r;
    };
    const closing = s.charCodeAt(i) === C.Slash;
    if (closing) i++;
    if (!isAlpha(s.charCodeAt(i))) return done(-1);
    while (i < n && (isAlnum(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
    const ws = (): boolean => {
      const from = i;
      while (i < n && (s.charCodeAt(i) === C.Space || s.charCodeAt(i) === C.Tab || s.charCodeAt(i) === C.LF)) i++;
      return i > from;
    };
    if (closing) {
      ws();
      return done(s.charCodeAt(i) === C.Gt ? i + 1 : -1);
    }
    for (;;) {
      const hadWs = ws();
      const c = s.charCodeAt(i);
      if (c === C.Gt) return done(i + 1);
      if (c === C.Slash) return done(s.charCodeAt(i + 1) === C.Gt ? i + 2 : -1);
      if (!hadWs) return done(-1);
      if (!(isAlpha(c) || c === C.Underscore || c === C.Colon)) return done(-1);
      i++;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (isAlnum(d) || d === C.Underscore || d === C.Colon || d === C.Dot || d === 45) i++;
        else break;
      }
      const save = i;
      ws();
      if (s.charCodeAt(i) !== 61) {
        i = save;
        continue;
      }
      i++;
      ws();
      const q = s.charCodeAt(i);
      if (q === C.DQuote || q === C.SQuote) {
        i++;
        while (i < n && s.charCodeAt(i) !== q) i++;
        if (i >= n) return done(-1);
        i++;
      } else {
        const from = i;
        while (i < n) {
          const d = s.charCodeAt(i);
          if (d <= 32 || d === C.DQuote || d === C.SQuote || d === 61 || d === C.Lt || d === C.Gt || d === C.Backtick) break;
          i++;
        }
        if (i === from) return done(-1);
      }
    }
  };

  /** A GFM bare URL (`https://…`, `http://…`, `www.…`) at `p`; returns its end or -1. */
  const bareUrl = (p: number): number => {
    const prev = p > 0 ? s.charCodeAt(p - 1) : C.Space;
    if (!(isWhitespaceCode(prev) || prev === C.Star || prev === C.Underscore || prev === C.Tilde || prev === C.LParen)) return -1;
    const lower = s.slice(p, p + 8).toLowerCase();
    const i0 = lower.startsWith('https://') ? p + 8 : lower.startsWith('http://') ? p + 7 : lower.startsWith('www.') ? p + 4 : -1;
    if (i0 < 0) return -1;
    let i = i0;
    const hostStart = i;
    // Inside a link text, `]` ends the URL so the link can still close.
    const inBrackets = openers.length > 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isWhitespaceCode(c) || c === C.Lt || (inBrackets && c === C.RBracket)) break;
      i++;
    }
    // Trailing punctuation is not part of the URL (GFM extended autolinks).
    let end = i;
    for (;;) {
      const c = s.charCodeAt(end - 1);
      if (end > hostStart && (c === 63 || c === C.Bang || c === C.Dot || c === 44 || c === C.Colon || c === C.Star || c === C.Underscore || c === C.Tilde || c === C.DQuote || c === C.SQuote || c === 0x2019 || c === 0x201d)) {
        end--;
        continue;
      }
      if (end > hostStart && c === C.RParen) {
        let open = 0;
        let close = 0;
        for (let k = p; k < end; k++) {
          const d = s.charCodeAt(k);
          if (d === C.LParen) open++;
          else if (d === C.RParen) close++;
        }
        if (close > open) {
          end--;
          continue;
        }
      }
      break;
    }
    if (end <= hostStart || s.charCodeAt(hostStart) === C.Dot) return -1;
    return end;
  };

  let i = 0;
  let url = nextUrlCandidate(s, 0);
  while (i < n) {
    // Jump to the next code unit that can start something.
    SPECIAL_RE.lastIndex = i;
    const special = SPECIAL_RE.test(s) ? SPECIAL_RE.lastIndex - 1 : n;
    if (url < i) url = nextUrlCandidate(s, i);
    if (url < special) {
      i = url;
      const e = bareUrl(i);
      if (e > 0) {
        found.links.push({ start: i, end: e, textStart: i, textEnd: e, href: s.slice(i, e) });
        mask(i, e);
        i = e;
      } else i++;
      continue;
    }
    if (special >= n) break;
    i = special;
    const c = s.charCodeAt(i);
    switch (c) {
      case C.Backslash: {
        const d = s.charCodeAt(i + 1);
        if (i + 1 < n && (isAsciiPunct(d) || d === C.LF)) {
          keep[offset + i] = 0;
          i += d === C.LF ? 1 : 2;
        } else i++;
        break;
      }
      case C.Backtick: {
        let j = i + 1;
        while (s.charCodeAt(j) === C.Backtick) j++;
        const len = j - i;
        runs ??= new BacktickRuns(s);
        // Runs in the index are maximal, so an exact-length match is a closer.
        const close = runs.next(len, j);
        if (close >= 0) {
          mask(i, close + len);
          found.codeSpans.push({ start: i, end: close + len });
          i = close + len;
        } else i = j;
        break;
      }
      case C.Lt: {
        const e = angle(i);
        if (e > i) {
          mask(i, e);
          i = e;
        } else i++;
        break;
      }
      case C.Bang: {
        if (s.charCodeAt(i + 1) === C.LBracket) {
          openers.push({ pos: i, image: true, seq: seq++, delimBottom: delims.length });
          i += 2;
        } else i++;
        break;
      }
      case C.LBracket: {
        if (s.charCodeAt(i + 1) === C.Caret) {
          let j = i + 2;
          const limit = Math.min(n, i + 2 + MAX_LABEL);
          while (j < limit) {
            const d = s.charCodeAt(j);
            if (d === C.RBracket || d === C.LBracket || isWhitespaceCode(d)) break;
            j++;
          }
          if (j > i + 2 && s.charCodeAt(j) === C.RBracket) {
            found.footnoteRefs.push({ start: i, end: j + 1, label: s.slice(i + 2, j) });
            mask(i, j + 1);
            i = j + 1;
            break;
          }
        }
        openers.push({ pos: i, image: false, seq: seq++, delimBottom: delims.length });
        i++;
        break;
      }
      case C.RBracket: {
        const op = openers.pop();
        if (!op || (!op.image && op.seq < linkBarrier)) {
          i++;
          break;
        }
        const textStart = op.image ? op.pos + 2 : op.pos + 1;
        let end = -1;
        let href = '';
        const next = s.charCodeAt(i + 1);
        if (next === C.LParen) {
          const tail = inlineLinkTail(i + 1);
          if (tail !== -1) {
            end = tail.end;
            href = tail.href;
          }
        }
        if (end < 0 && next === C.LBracket) {
          const lab = bracketLabel(i + 1);
          if (lab !== -1) {
            const ref = lookup(lab.label || s.slice(textStart, i));
            if (ref !== undefined) {
              end = lab.end;
              href = ref;
            }
          }
        }
        if (end < 0 && i - textStart <= MAX_LABEL) {
          const ref = lookup(s.slice(textStart, i));
          if (ref !== undefined) {
            end = i + 1;
            href = ref;
          }
        }
        if (end < 0) {
          i++;
          break;
        }
        // Emphasis inside the brackets pairs only within them.
        processEmphasis(delims, op.delimBottom, mask);
        delims.length = op.delimBottom;
        if (op.image) {
          mask(op.pos, end);
          while (found.links.length && found.links[found.links.length - 1]!.start >= op.pos) found.links.pop();
          while (found.footnoteRefs.length && found.footnoteRefs[found.footnoteRefs.length - 1]!.start >= op.pos) found.footnoteRefs.pop();
        } else {
          keep[offset + op.pos] = 0;
          mask(i, end);
          // Links do not nest: a URL written as the link text is not a link of its own.
          while (found.links.length && found.links[found.links.length - 1]!.start >= textStart) found.links.pop();
          found.links.push({ start: op.pos, end, textStart, textEnd: i, href });
          linkBarrier = seq;
        }
        i = end;
        break;
      }
      case C.Star:
      case C.Underscore:
      case C.Tilde: {
        let j = i + 1;
        while (s.charCodeAt(j) === c) j++;
        const role = delimiterRole(s, i, j);
        const open = (role & CAN_OPEN) !== 0;
        const close = (role & CAN_CLOSE) !== 0;
        if (open || close) delims.push({ ch: c, start: i, len: j - i, orig: j - i, open, close });
        i = j;
        break;
      }
      case C.Amp: {
        const e = entityEnd(s, i);
        if (e > 0) {
          mask(i + 1, e);
          i = e;
        } else i++;
        break;
      }
      default:
        i++;
    }
  }
  processEmphasis(delims, 0, mask);
  return found;
}

/** End of an entity or numeric character reference starting at `p` (`&`), or -1. */
function entityEnd(s: string, p: number): number {
  let i = p + 1;
  if (s.charCodeAt(i) === C.Hash) {
    i++;
    const hex = s.charCodeAt(i) === 120 || s.charCodeAt(i) === 88;
    if (hex) i++;
    const from = i;
    const max = hex ? 6 : 7;
    while (i - from < max) {
      const c = s.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (hex && ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)))) i++;
      else break;
    }
    if (i === from || s.charCodeAt(i) !== C.Semi) return -1;
    return i + 1;
  }
  const from = i;
  while (i - from < 32 && isAlnum(s.charCodeAt(i))) i++;
  if (i - from < 2 || !isAlpha(s.charCodeAt(from)) || s.charCodeAt(i) !== C.Semi) return -1;
  return i + 1;
}

/** Removes backslash escapes from a link destination, as written otherwise. */
function unescapeDest(href: string): string {
  return href.indexOf('\\') < 0 ? href : href.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
